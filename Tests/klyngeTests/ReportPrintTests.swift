import Foundation
import KlyngeTestSupport
import Testing

/// The HTML report as a board reads it, checked in headless Chromium (the oracle): no table
/// wider than the page at 1400 pixels nor at an A4 page's width with the print stylesheet,
/// and printed to A4 with the map and the key findings on page 1 (read back by pdftotext).
@Suite("report in the browser and on paper")
struct ReportPrintTests {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Appended to the page: once loaded, the page's scroll width, its client width, and every
    /// table that overflows its box or the page, written to `data-probe` for --dump-dom.
    static let probe = """
        <script>window.addEventListener("load",function(){var w=[];document.querySelectorAll("table").forEach(function(t){\
        if(t.scrollWidth>t.clientWidth+1||t.getBoundingClientRect().right>document.documentElement.clientWidth+1)\
        w.push(t.closest("section").id)});document.body.setAttribute("data-probe",\
        document.documentElement.scrollWidth+" "+document.documentElement.clientWidth+" ["+w.join(",")+"]")});</script>
        """

    /// The probe's verdict on `page` in a window `width` pixels wide.
    static func probe(_ page: String, width: Int, in dir: URL, chromium: String) throws -> String {
        let file = dir.appendingPathComponent("probe-\(width).html")
        try page.replacingOccurrences(of: "</body>", with: Self.probe + "</body>")
            .write(to: file, atomically: true, encoding: .utf8)
        let (_, out) = try Tool.run(
            URL(fileURLWithPath: chromium),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + dir.appendingPathComponent("profile").path, "--window-size=\(width),1000",
                "--virtual-time-budget=5000", "--dump-dom", file.absoluteString,
            ]
        )
        guard let r = out.range(of: "data-probe=\""), let end = out[r.upperBound...].firstIndex(of: "\"") else {
            return "no probe in: " + String(out.prefix(300))
        }
        return String(out[r.upperBound..<end])
    }

    @Test("tables fit the page at 1400 px and at A4 width with the print stylesheet; map and findings on page 1")
    func fitsAndPrints() throws {
        let chromium = try #require(Self.chromium, "Chromium is needed: `make browser` installs it")
        let dir = try Klynge.temporaryFolder()
        let html = dir.appendingPathComponent("report.html")
        for lang in ["en", "nb"] {
            let r = try Klynge.run([
                "report", "Datasets/norwegian-health-supercluster", "--lang", lang, "-o", html.path,
            ])
            #expect(r.status == 0, "\(r.stderr)")
            let page = try String(contentsOf: html, encoding: .utf8)
            let screen = try Self.probe(page, width: 1400, in: dir, chromium: chromium)
            let parts = screen.split(separator: " ")
            #expect(parts.count == 3 && parts[0] == parts[1] && parts[2] == "[]", "\(lang) at 1400 px: \(screen)")
            // 190 mm of A4 content at 96 px per inch is 718 px; the print rules applied on screen.
            let printed = page.replacingOccurrences(of: "@media print{", with: "@media all{")
            let paper = try Self.probe(printed, width: 718, in: dir, chromium: chromium)
            #expect(paper.hasSuffix("[]"), "\(lang) at A4 width: \(paper)")
        }
        // Printed to A4 (the English page): the board page first, with the map.
        _ = try Klynge.run(["report", "Datasets/norwegian-health-supercluster", "-o", html.path])
        let pdf = dir.appendingPathComponent("report.pdf")
        _ = try Tool.run(
            URL(fileURLWithPath: chromium),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.appendingPathComponent("profile").path, "--print-to-pdf=" + pdf.path,
                html.absoluteString,
            ]
        )
        let pdftotext = try #require(
            ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            },
            "pdftotext is needed: `make browser` installs poppler-utils"
        )
        let (status, first) = try Tool.run(URL(fileURLWithPath: pdftotext), ["-f", "1", "-l", "1", pdf.path, "-"])
        #expect(status == 0)
        #expect(first.contains("The supercluster map") && first.contains("Key findings"))
        #expect(first.contains("Norway Health Tech"))  // a cluster's name, drawn in the map's SVG
        let (_, info) = try Tool.run(URL(fileURLWithPath: "/usr/bin/env"), ["pdfinfo", pdf.path])
        #expect(info.contains("(A4)"))
    }
}
