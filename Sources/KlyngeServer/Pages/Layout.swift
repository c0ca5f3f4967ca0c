import Hummingbird
import KlyngeEcosystem
import NIOCore

/// The shell around every page: the navigation (Map, Match, Brokers, Consortium, Report), the
/// dataset's name, a SYNTHETIC banner when the dataset's README says so, and the footer. The
/// page links only `/assets/site.css` and `/assets/site.js` (plus what it asks for): no inline
/// script, no `style=` attribute, so the Content-Security-Policy `script-src 'self'; style-src
/// 'self'` holds.
///
/// ```swift
/// let html = Layout.page(title: "Brokers", section: .brokers, served: served, body: "<h1>Brokers</h1>")
/// return HTMLPage(html)
/// ```
enum Layout {
    /// The sections of the navigation bar, in its order.
    enum Section: String, CaseIterable, Sendable {
        case map, match, brokers, consortium, report

        var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
        var path: String { self == .map ? "/" : "/" + rawValue }
    }

    /// A whole HTML document: `body` inside the shell, `section` marked current in the navigation,
    /// `stylesheets` and `scripts` (paths under `/assets/`) linked after the site's own.
    /// - Complexity: O(length of `body`).
    static func page(
        title: String,
        section: Section?,
        served: ServedDataset,
        stylesheets: [String] = [],
        scripts: [String] = [],
        body: String
    ) -> String {
        let eco = served.ecosystem
        var out =
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(HTML.text(title)) · Klynge · \(HTML.text(eco.name))</title>\n"
            + "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n"
        for s in stylesheets { out += "<link rel=\"stylesheet\" href=\"\(HTML.text(s))\">\n" }
        out += "<script src=\"/assets/site.js\" defer></script>\n"
        for s in scripts { out += "<script src=\"\(HTML.text(s))\" defer></script>\n" }
        out += """
            </head>
            <body>
            <a class="skip" href="#content">Skip to the content</a>
            <header class="site"><a class="brand" href="/">Klynge</a>
            <span class="dataset">Dataset: \(HTML.text(eco.name))</span>
            <nav class="site" aria-label="Main"><ul>
            """
        for s in Section.allCases {
            out += "<li><a href=\"\(s.path)\"\(s == section ? " aria-current=\"page\"" : "")>\(s.title)</a></li>"
        }
        out += "</ul></nav></header>\n"
        if eco.isSynthetic {
            out +=
                "<p class=\"synthetic\" role=\"note\"><strong>SYNTHETIC</strong> \(HTML.text(syntheticWords(eco)))</p>\n"
        }
        out += "<main id=\"content\">\n" + body + "\n</main>\n"
        out += """
            <footer class="site">Klynge · dataset \(HTML.text(eco.name)): \
            \(HTML.count(eco.members.count, "member")), \(HTML.count(eco.projects.count, "project")), \
            \(HTML.count(eco.clusters.count, "cluster")) · <a href="/api/dataset">the data as JSON</a> · \
            <a href="/openapi.json">the API</a></footer>
            </body>
            </html>

            """
        return out
    }

    /// The banner's words after "SYNTHETIC": the dataset's own notice without its first word.
    static func syntheticWords(_ eco: Ecosystem) -> String {
        let notice = eco.syntheticNotice
        return notice.hasPrefix("SYNTHETIC ") ? String(notice.dropFirst("SYNTHETIC ".count)) : notice
    }

    /// A page that says what went wrong, in the shell, with `status` (404 for an unknown member,
    /// 400 for a bad parameter…). `message` is plain text; `more` is markup already escaped.
    /// - Complexity: O(length of the message).
    static func errorPage(
        status: HTTPResponse.Status,
        title: String,
        message: String,
        more: String = "",
        served: ServedDataset
    ) -> HTMLPage {
        let body =
            "<h1>\(HTML.text(title))</h1>\n<p class=\"error\">\(HTML.text(message))</p>\n\(more)"
            + "<p><a href=\"/\">Back to the map</a></p>"
        return HTMLPage(page(title: title, section: nil, served: served, body: body), status: status)
    }
}

/// An HTML document as a response: `text/html; charset=utf-8`, pages are not cached (they
/// follow the query).
struct HTMLPage: ResponseGenerator, Sendable {
    let html: String
    var status: HTTPResponse.Status = .ok

    init(_ html: String, status: HTTPResponse.Status = .ok) {
        self.html = html
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html))
        )
    }
}
