import Foundation
import Testing

@testable import KlyngeEcosystem

/// Klynge's delimited-text reader against Python's `csv` module on hostile inputs: quotes,
/// doubled quotes, line breaks inside quotes (LF, CR LF, CR), byte-order marks, UTF-16 LE/BE,
/// Windows-1252, `;` and tab, ragged rows, empty fields, blank lines, a missing final newline,
/// stray and unbalanced quotes. Fixtures/csv/make_csv_fixtures.py wrote the inputs and, from
/// Python, the expected header, rows (with the line each starts on) and notes; where Python's
/// strict mode raises, or is lenient about a stray quote, the error Klynge must report was
/// written by hand in that script.
@Suite("Delimited reader against Python's csv module")
struct DelimitedReaderPythonTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csv")

    struct Row: Decodable {
        let line: Int
        let fields: [String]
    }

    struct Expect: Decodable {
        let line: Int
        let column: String
        let message_starts: String
    }

    struct Case: Decodable {
        let file: String
        let delimiter: String
        let note: String?
        let header: [String]?
        let rows: [Row]?
        let error: String?
        let python_lenient: Bool?
        let expect: Expect?
    }

    static let cases: [String: Case] = {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("expected.json").path)
        else { return [:] }
        return (try? JSONDecoder().decode([String: Case].self, from: data)) ?? [:]
    }()

    @Test("the fixtures are there") func present() {
        #expect(Self.cases.count >= 30)
        #expect(Self.cases.values.contains { $0.error != nil })
        #expect(Self.cases.values.contains { $0.python_lenient == true })
    }

    @Test("each case reads as Python reads it, or gives the error written for it", arguments: cases.keys.sorted())
    func matches(_ name: String) throws {
        let c = try #require(Self.cases[name])
        let path = Self.folder.appendingPathComponent("cases").appendingPathComponent(c.file).path
        var problems: [DatasetProblem] = []
        let table = CSVTable.read(path: path, file: c.file, problems: &problems)
        if let expect = c.expect {
            #expect(problems.count == 1, "\(problems)")
            let p = try #require(problems.first)
            #expect(p.file == c.file)
            #expect(p.line == expect.line)
            #expect(p.column == expect.column)
            #expect(p.message.hasPrefix(expect.message_starts), "\(p.message)")
        } else {
            #expect(problems.isEmpty, "\(problems)")
        }
        // Where Python reads the file (well formed, or lenient about a stray quote), the rows are
        // the same: a faulty field is taken as it stands, never changed.
        if let header = c.header, let rows = c.rows {
            let t = try #require(table)
            #expect(t.header == header)
            #expect(t.rows.map(\.line) == rows.map(\.line))
            #expect(t.rows.map(\.fields) == rows.map(\.fields))
            #expect(t.notes == (c.note.map { ["\(c.file): \($0)"] } ?? []))
        }
    }
}
