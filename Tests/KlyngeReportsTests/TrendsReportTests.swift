import Foundation
import KlyngeEcosystem
import KlyngeReports
import KlyngeTestSupport
import Testing

/// The trends report's tables and the SVG line chart.
@Suite("trends report and line chart")
struct TrendsReportTests {
    static let small = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KlyngeEcosystemTests/Fixtures/trends/small").path

    /// `true` when `text` holds the word `nan` (not inside another word: `dominant`).
    static func hasNaN(_ text: String) -> Bool { text.split(whereSeparator: { !$0.isLetter }).contains("nan") }

    /// xmllint's verdict on `svg` as a standalone XML document.
    static func wellFormed(_ svg: String) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "klynge-chart-\(UUID().uuidString).svg"
        )
        try svg.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Tool.run(URL(fileURLWithPath: "/usr/bin/env"), ["xmllint", "--noout", "--nonet", file.path])
    }

    @Test("a chart is well-formed XML, escapes its texts, breaks at gaps and shows values on hover")
    func chart() throws {
        let chart = LineChart(
            title: "Ties <R&D> \"quoted\" 'x'",
            unit: "ties & pairs",
            style: .count,
            points: [(2018, 3), (2019, 1200), (2020, nil), (2021, 7), (2022, 9)]
        )
        let svg = chart.svg()
        let (status, out) = try Self.wellFormed(svg)
        #expect(status == 0, "\(out)")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("Ties &lt;R&amp;D&gt; &quot;quoted&quot; &apos;x&apos;"))
        #expect(!svg.contains("<R&D>"))
        #expect(svg.contains(">ties &amp; pairs</text>"))
        #expect(svg.contains("<title>2019: 1,200 ties &amp; pairs</title>"))
        #expect(svg.contains("<title>2020: undefined</title>"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)  // 2018–2019 and 2021–2022
        #expect(svg.components(separatedBy: "<circle").count - 1 == 4)
        for year in 2018...2022 { #expect(svg.contains(">\(year)</text>")) }
        #expect(!Self.hasNaN(svg))
    }

    @Test("shares read as percentages, distances with decimals")
    func chartStyles() throws {
        let share = LineChart(title: "Share", unit: "% of ties", style: .share, points: [(2020, 0.425), (2021, 0.5)])
            .svg()
        #expect(share.contains("<title>2020: 42.5 % of ties</title>"))
        #expect(share.contains(">50</text>") && share.contains(">0</text>") && share.contains(">% of ties</text>"))
        let distance = LineChart(title: "Distance", unit: "steps", style: .decimal, points: [(2020, 2.8412)]).svg()
        #expect(distance.contains("<title>2020: 2.84 steps</title>"))
        #expect(try Self.wellFormed(distance).0 == 0)
    }

    @Test("axis ticks: 0 up to the first rounded step at or above the highest value")
    func ticks() {
        #expect(LineChart.ticks(upTo: 7, whole: true) == [0, 2, 4, 6, 8])
        #expect(LineChart.ticks(upTo: 3, whole: true) == [0, 1, 2, 3])
        #expect(LineChart.ticks(upTo: 2.84, whole: false) == [0, 0.5, 1, 1.5, 2, 2.5, 3])
        #expect(LineChart.ticks(upTo: 100, whole: false) == [0, 20, 40, 60, 80, 100])
        #expect(LineChart.ticks(upTo: 1614, whole: true) == [0, 500, 1000, 1500, 2000])
        #expect(LineChart.ticks(upTo: 0, whole: true) == [0, 1])
    }

    /// Values of Fixtures/trends/trends.json (NetworkX) for the small dataset, 2017 and 2018.
    @Test("the year table: percentages, words for undefined values, a chart per measure")
    func report() throws {
        let eco = try DatasetLoader().load(folder: Self.small)
        let trends = try eco.trends(TrendOptions(years: 2017...2024, compareYear: 2021))
        let report = trendsReport(trends, ecosystem: eco)
        #expect(report.sections.map(\.key) == ["years", "betweenness_movers", "comparison"])
        let years = report.sections[0]
        #expect(
            years.table.columns == [
                "year", "active members", "first-project members", "ties", "new ties",
                "new ties across clusters (%)", "public–private ties (%)",
                "largest connected (%)",
                "mean distance (steps)",
            ]
        )
        #expect(
            years.table.rows[0] == [
                .integer(2017), .integer(0), .integer(0), .integer(0), .integer(0), .text("no new tie"),
                .text("no tie"),
                .text("no member"), .text("no tie"),
            ]
        )
        #expect(
            years.table.rows[1] == [
                .integer(2018), .integer(5), .integer(5), .integer(4), .integer(4), .number(50), .number(75),
                .number(60),
                .number(1),
            ]
        )
        #expect(years.figures.count == 8)
        #expect(report.lead.contains("1 project has an unknown start and is left out."))
        let html = report.renderHTML()
        #expect(html.components(separatedBy: "<svg").count - 1 == 8)
        for format in [OutputFormat.table, .csv, .json, .md] {
            let text = report.render(format)
            #expect(!Self.hasNaN(text) && !text.contains("<svg"), "\(format)")
        }
        #expect(!Self.hasNaN(html))
        let verdicts = report.sections[2].table.rows.map { $0.last }
        #expect(
            verdicts.allSatisfy { [.text("yes"), .text("no"), .text("too few years"), .text("no value")].contains($0) }
        )
    }

    @Test("without clusters the share is across kinds; a window adds the years counted")
    func kindsAndWindow() throws {
        let plain = Self.small.replacingOccurrences(of: "/small", with: "/small-no-clusters")
        let eco = try DatasetLoader().load(folder: plain)
        let report = trendsReport(try eco.trends(TrendOptions(window: 2)), ecosystem: eco)
        let columns = report.sections[0].table.columns
        #expect(columns[1] == "years counted" && columns.contains("new ties across kinds (%)"))
        #expect(report.sections[0].table.rows[0][1] == .text("2017–2018"))
        #expect(report.lead.contains("different kinds"))
    }
}
