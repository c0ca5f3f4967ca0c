import Hummingbird
import KlyngeRender
import NIOCore

/// The files `/assets/{name}` serves: a fixed table of Swift string constants (the site's own,
/// and the interactive map's ``InteractiveMapAssets``), looked up by
/// exact name. A request never reaches the file system: a name not in the table (`../x`,
/// `site.css.bak`, an encoded slash) is a 404.
///
/// ```swift
/// let css = AssetTable.named["site.css"]!    // text/css, SiteStyle.css
/// AssetTable.named["../Package.swift"]       // nil
/// ```
enum AssetTable {
    /// One served file: its media type and its bytes.
    struct Asset: Sendable {
        let contentType: String
        let body: String
    }

    /// How long a browser may keep an asset: an hour (the texts change only with the binary).
    static let cacheControl = "public, max-age=3600"

    /// Every asset by its name under `/assets/`.
    static let named: [String: Asset] = [
        "site.css": Asset(contentType: "text/css; charset=utf-8", body: SiteStyle.css),
        "site.js": Asset(contentType: "text/javascript; charset=utf-8", body: SiteScript.javascript),
        "map.css": Asset(contentType: "text/css; charset=utf-8", body: InteractiveMapAssets.style),
        "map.js": Asset(contentType: "text/javascript; charset=utf-8", body: InteractiveMapAssets.script),
    ]

    /// The response for `/assets/name`, or nil when the table has no such name.
    /// - Complexity: O(1) expected to find it, O(size) to copy it into the response.
    static func response(for name: String) -> Response? {
        guard let asset = named[name] else { return nil }
        return Response(
            status: .ok,
            headers: [.contentType: asset.contentType, .cacheControl: cacheControl],
            body: ResponseBody(byteBuffer: ByteBuffer(string: asset.body))
        )
    }
}
