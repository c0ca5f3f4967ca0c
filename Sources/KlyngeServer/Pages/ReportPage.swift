import KlyngeEcosystem
import KlyngeReports

/// `/report`: the board report as `klynge report --format html` writes it, inside the site's
/// shell. The report's own page carries inline CSS and script (it is one file to mail); here
/// only its content is kept (title, contents, key findings, sections and their tables, all
/// escaped by ``Report/renderHTML(mapFigure:generator:)``), its tables sort with the site's script,
/// and the board page's map is the API's supercluster SVG.
///
/// ```swift
/// let report = ComputedOnce { try ReportPage.compute(served.ecosystem) }
/// let html = ReportPage(served: served, report: try await report.value()).html
/// ```
struct ReportPage {
    let served: ServedDataset
    let report: Report

    /// The report `klynge report` writes, computed on one thread (the server's requests keep
    /// the others).
    /// - Complexity: dominated by betweenness and the community searches, O(V·E).
    static func compute(_ eco: Ecosystem) throws -> Report {
        var options = EcosystemReportOptions()
        options.threads = 1
        return try ecosystemReport(eco, options: options)
    }

    /// - Complexity: O(size of the report).
    var html: String {
        Layout.page(title: "Report", section: .report, served: served, body: body)
    }

    var body: String {
        let map = HTML.url("/api/map.svg", [("kind", "supercluster")])
        let figure =
            "<a href=\"\(map)\"><img src=\"\(map)\" alt=\"\(Escape.html(report.text("board.map")))\" loading=\"lazy\"></a>"
        let full = report.renderHTML(mapFigure: figure, generator: "klynge serve \(served.ecosystem.name)")
        guard let start = full.range(of: "<header>"), let end = full.range(of: "</main>") else { return "" }
        let content = String(full[start.lowerBound..<end.upperBound])
            .replacingOccurrences(of: "<header>", with: "<div class=\"report-head\">")
            .replacingOccurrences(of: "</header>", with: "</div>")
            .replacingOccurrences(of: "<nav>", with: "<nav class=\"toc\" aria-label=\"Contents of the report\">")
            .replacingOccurrences(of: "<main>", with: "")
            .replacingOccurrences(of: "</main>", with: "")
            .replacingOccurrences(of: "<table>", with: "<div class=\"table-wrap\"><table class=\"sortable\">")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
        return """
            <div class="report">\(content)
            <p class="note">The interactive map is on <a href="/">the map page</a>.</p>
            </div>
            <p class="note">Click a column heading to sort a table.</p>
            """
    }
}
