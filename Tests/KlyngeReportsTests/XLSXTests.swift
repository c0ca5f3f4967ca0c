import Foundation
import KlyngeReports
import KlyngeTestSupport
import Testing

/// xlsx workbooks, checked by an independent reader: openpyxl, run by
/// Fixtures/check_xlsx.py with the python of Scripts/.venv (`make test` creates it).
@Suite("xlsx workbooks")
struct XLSXTests {
    static let hostile = Table(
        columns: ["name", "score", "k", "note"],
        rows: [
            [.text("Tromsø"), .number(0.1234567890123456), .integer(3), .text("")],
            [.text("a,b \"quoted\" <tag> & 'x'"), .number(2), .integer(-10), .text("two\nlines")],
            [.text(" padded "), .number(1.5e-7), .integer(0), .text("bell\u{7}and\u{1B}escape")],
            [.text("tab\there"), .number(.nan), .integer(1_000_000_000_000), .text("🙂 ÆØÅ")],
            [.text("=SUM(A1:A2)"), .number(-.infinity), .integer(7), .text(String(repeating: "x", count: 80))],
            [.text("last"), .number(-3.25e12), .integer(42), .text("ok")],
        ]
    )

    /// The oracle's view of `cell`: text without the control characters XML 1.0 cannot
    /// hold (all below U+0020 but tab, line feed and carriage return), empty text and
    /// non-finite numbers as empty cells.
    static func expected(_ cell: Table.Cell) -> Any {
        switch cell {
        case .text(let s):
            let kept = String(
                String.UnicodeScalarView(
                    s.unicodeScalars.filter { $0.value >= 0x20 || "\t\n\r".unicodeScalars.contains($0) }
                )
            )
            return kept.isEmpty ? NSNull() : ["s": kept]
        case .integer(let i): return ["n": i]
        case .number(let x): return x.isFinite ? ["n": x] as Any : NSNull()
        }
    }

    static func expected(_ sheets: [(name: String, table: Table)]) -> [String: Any] {
        [
            "sheets": sheets.map { name, table in
                ["name": name, "columns": table.columns, "rows": table.rows.map { $0.map(expected) }] as [String: Any]
            }
        ]
    }

    /// Runs the openpyxl checker on `data` against `expected`; its exit status and output.
    static func oracle(_ data: Data, _ expected: [String: Any]) throws -> (Int32, String) {
        let python = Klynge.root.appendingPathComponent("Scripts/.venv/bin/python")
        let hasOpenpyxl =
            FileManager.default.isExecutableFile(atPath: python.path)
            && (try? Tool.run(python, ["-c", "import openpyxl"]).status) == 0
        try #require(
            hasOpenpyxl,
            "openpyxl is needed for this test: `make test` installs it into Scripts/.venv (python3 -m venv, pip install openpyxl)"
        )
        let dir = try Klynge.temporaryFolder()
        let book = dir.appendingPathComponent("book.xlsx")
        let json = dir.appendingPathComponent("expected.json")
        try data.write(to: book)
        try JSONSerialization.data(withJSONObject: expected).write(to: json)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/check_xlsx.py")
        return try Tool.run(python, [script.path, book.path, json.path])
    }

    @Test("openpyxl reads back every cell: numbers as numbers, text escaped, header bold and frozen, widths fitted")
    func hostileTable() throws {
        let data = try XLSXWorkbook([("Scores", Self.hostile)]).xlsx()
        let (status, output) = try Self.oracle(data, Self.expected([("Scores", Self.hostile)]))
        #expect(status == 0, "\(output)")
        #expect(output.hasPrefix("ok: 1 sheets"))
    }

    @Test("a report is a Summary sheet (lead and findings) and one sheet per section")
    func report() throws {
        var report = Report(
            title: "Board report",
            highlights: ["Bergen bridges the most pairs.", "Two members are isolated."],
            sections: [
                Report.Section(key: "a", title: "Members by kind", table: Self.hostile),
                Report.Section(
                    key: "b",
                    title: "What: the [merger]/gain? *",
                    table: Table(columns: ["x"], rows: [[.integer(1)], [.integer(2)]])
                ),
                Report.Section(key: "c", title: "members BY KIND", table: Table(columns: ["y"], rows: [[.text("z")]])),
            ]
        )
        report.lead = "530 members in 4 clusters."
        let workbook = XLSXWorkbook(report)
        #expect(
            workbook.sheets.map(\.name) == [
                "Summary", "Members by kind", "What  the  merger  gain", "members BY KIND (2)",
            ]
        )
        let summary = Table(
            columns: ["Board report"],
            rows: [
                [.text("530 members in 4 clusters.")], [.text("Bergen bridges the most pairs.")],
                [.text("Two members are isolated.")],
            ]
        )
        let expected = Self.expected(
            [
                ("Summary", summary), ("Members by kind", Self.hostile),
                ("What  the  merger  gain", report.sections[1].table),
                ("members BY KIND (2)", report.sections[2].table),
            ]
        )
        let (status, output) = try Self.oracle(try workbook.xlsx(), expected)
        #expect(status == 0, "\(output)")
    }

    @Test("the same workbook gives the same bytes, a ZIP archive")
    func deterministic() throws {
        let a = try XLSXWorkbook([("Scores", Self.hostile)]).xlsx()
        let b = try XLSXWorkbook([("Scores", Self.hostile)]).xlsx()
        #expect(a == b)
        #expect(a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test(
        "sheet names: forbidden characters, 31 characters, apostrophes, empty, duplicates",
        arguments: [
            ("Brokers", [String](), "Brokers"),
            ("a/b\\c?d*e[f]g:h", [], "a b c d e f g h"),
            ("'quoted'", [], "quoted"),
            ("", [], "Sheet"),
            ("[]", [], "Sheet"),
            ("Public-private mix and cross-cluster ties", [], "Public-private mix and cross-cl"),
            ("Brokers", ["brokers"], "Brokers (2)"),
            ("Brokers", ["Brokers", "Brokers (2)"], "Brokers (3)"),
            (
                String(repeating: "x", count: 40), [String(repeating: "x", count: 31)],
                String(repeating: "x", count: 27) + " (2)"
            ),
        ]
    )
    func sheetNames(name: String, taken: [String], expected: String) {
        #expect(XLSXWorkbook.sheetName(name, taken: taken) == expected)
    }
}
