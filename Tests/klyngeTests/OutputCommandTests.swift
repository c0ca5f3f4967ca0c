import Foundation
import KlyngeTestSupport
import Testing

/// `-o FILE` writes the format its extension names, in every command; a wrong or
/// contradicted extension is a usage error (exit 64) that names the writable extensions.
@Suite("outputs by extension")
struct OutputCommandTests {
    static let dataset = "Datasets/norwegian-health-supercluster"

    static func file(_ name: String) throws -> String {
        try Klynge.temporaryFolder().appendingPathComponent(name).path
    }

    @Test("report -o report.html writes the HTML page, -o report.md Markdown, -o report.xlsx a workbook")
    func reportByExtension() throws {
        let html = try Self.file("report.html")
        let r = try Klynge.run(["report", Self.dataset, "--no-map", "-o", html])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let md = try Self.file("report.md")
        #expect(try Klynge.run(["report", Self.dataset, "-o", md]).status == 0)
        #expect(
            try String(contentsOfFile: md, encoding: .utf8).hasPrefix(
                "# SYNTHETIC default dataset: report for the board\n"
            )
        )  // its README title
        let xlsx = try Self.file("report.xlsx")
        #expect(try Klynge.run(["report", Self.dataset, "-o", xlsx]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test("centrality -o top20.xlsx writes a workbook, the same bytes each run and with --format xlsx")
    func tableWorkbook() throws {
        let args = ["centrality", Self.dataset, "--measures", "degree,betweenness", "--top", "20"]
        let a = try Self.file("top20.xlsx")
        let b = try Self.file("top20.xlsx")
        #expect(try Klynge.run(args + ["-o", a]).status == 0)
        #expect(try Klynge.run(args + ["--format", "xlsx", "-o", b]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: b))))
    }

    @Test("-o x.csv writes CSV, not an aligned table")
    func csvByExtension() throws {
        let path = try Self.file("x.csv")
        let r = try Klynge.run(["brokers", Self.dataset, "--top", "2", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("node,name,"))
        #expect(text.split(separator: "\n").count == 3)
    }

    @Test("--format csv --excel: byte-order mark, ';', decimal comma, CRLF")
    func excelCSV() throws {
        let r = try Klynge.run([
            "centrality", "Datasets/sna-classic/florentine.edges", "--measures", "degree", "--top", "2", "--format",
            "csv", "--excel",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        // Medici has 6 of 14 possible ties (degree 0.42857142857142855), Guadagni and Strozzi 4.
        #expect(r.stdout == "\u{FEFF}node;degree\r\nMedici;0,42857142857142855\r\nGuadagni;0,2857142857142857\r\n")
    }

    @Test(
        "an extension the command cannot write, or one that contradicts --format, is a usage error",
        arguments: [
            (
                ["report", dataset, "-o", "r.csv"],
                "r.csv: cannot write a .csv file here; use .md, .html, .json, .txt or .xlsx"
            ),
            (
                ["map", dataset, "-o", "m.csv"],
                "m.csv: cannot write a .csv file here; use .svg, .png, .pdf, .dot or .html"
            ),
            (
                ["centrality", "Datasets/sna-classic/florentine.edges", "--format", "csv", "-o", "x.txt"],
                "x.txt: the extension .txt says table but --format says csv; rename the file or drop --format"
            ),
            (
                ["stats", dataset, "-o", "stats.dat"],
                "stats.dat: cannot tell the format from '.dat'; use .txt, .csv, .json, .md, .html or .xlsx, or --format"
            ),
            (
                ["export", dataset, "-o", "g.svg"],
                "g.svg: cannot write a .svg file here; use .graphml, .gexf, .dot or .edges"
            ),
            (["stats", dataset, "--excel"], "--excel is for CSV: add --format csv or name the file .csv"),
            (["stats", dataset, "--format", "xlsx"], "xlsx is binary: give -o FILE.xlsx"),
            (
                ["match", dataset, "--for", "m0001", "--map", "m.html"],
                "m.html: cannot write a .html file here; use .svg, .png, .pdf or .dot"
            ),
        ]
    )
    func usageErrors(args: [String], message: String) throws {
        let r = try Klynge.run(args)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: " + message + "\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("export -o FILE.graphml needs no --to")
    func exportByExtension() throws {
        let path = try Self.file("g.graphml")
        let tiny = try Klynge.run(["export", Self.dataset, "-o", path])
        #expect(tiny.status == 0, "\(tiny.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<graphml"))
    }
}
