import Foundation
import KlyngeEcosystem

/// The small pieces of markup every page is built from: escaped text, and links whose paths and
/// queries are percent-encoded and then escaped for the attribute. Every name from a dataset goes
/// through ``text(_:)`` (``Escape/html(_:)``), so `<script>alert(1)</script>` or
/// `" onmouseover="x` shows as itself and is never markup.
///
/// ```swift
/// HTML.text("<b>")                                      // &lt;b&gt;
/// HTML.url("/match", [("for", "m1"), ("top", "10")])    // /match?for=m1&amp;top=10
/// HTML.memberURL("a b/c")                               // /members/a%20b%2Fc
/// ```
enum HTML {
    /// `s` as HTML text or a quoted attribute value.
    /// - Complexity: O(length of `s`).
    static func text(_ s: String) -> String { Escape.html(s) }

    /// What a URL component may hold unencoded: RFC 3986's unreserved characters.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )

    /// `s` percent-encoded as one path segment or query key or value.
    /// - Complexity: O(length of `s`).
    static func percent(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }

    /// `path?key=value&…` with every key and value percent-encoded, escaped for an attribute;
    /// pairs with an empty value are left out.
    /// - Complexity: O(total length).
    static func url(_ path: String, _ query: [(String, String)] = []) -> String {
        let pairs = query.filter { !$0.1.isEmpty }.map { percent($0.0) + "=" + percent($0.1) }
        return text(pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&"))
    }

    /// The member page of the member with id `id`, escaped for an attribute.
    static func memberURL(_ id: String) -> String { text("/members/" + percent(id)) }

    /// `<a href="/members/ID">name</a>` for member `m`.
    static func memberLink(_ m: Member) -> String { "<a href=\"\(memberURL(m.id))\">\(text(m.name))</a>" }

    /// `1 234` style thousands are not used: plain digits, then a word in the singular or plural.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// A number with at most `digits` decimals, trailing zeros dropped (`0.25`, `3`, `0.1235`).
    static func number(_ x: Double, digits: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "–" : (x > 0 ? "∞" : "−∞") }
        var s = String(format: "%.\(digits)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// A table inside its own scrolling box (no page-wide horizontal scroll on a phone).
    static func table(_ inner: String, caption: String? = nil, sortable: Bool = false) -> String {
        "<div class=\"table-wrap\"><table\(sortable ? " class=\"sortable\"" : "")>"
            + (caption.map { "<caption class=\"note\">\(text($0))</caption>" } ?? "") + inner + "</table></div>"
    }
}
