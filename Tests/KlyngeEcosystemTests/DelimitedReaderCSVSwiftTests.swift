import CSV
import Foundation
import Testing

@testable import KlyngeEcosystem

/// Klynge's delimited-text reader against yaslab/CSV.swift (the parser it replaced) on every
/// committed dataset CSV: the same header and the same rows, each starting on the same line.
/// Line numbers are counted from CSV.swift's fields as the old reader did (one per row, plus the
/// line breaks inside fields), blank lines skipped.
@Suite("Delimited reader against CSV.swift")
struct DelimitedReaderCSVSwiftTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let files: [String] = {
        let datasets = root.appendingPathComponent("Datasets")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: datasets.path)) ?? []
        return folders.sorted().flatMap { folder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: datasets.path + "/" + folder)) ?? []
            return names.filter { $0.hasSuffix(".csv") }.sorted().map { "Datasets/\(folder)/\($0)" }
        }
    }()

    @Test("every dataset CSV is there") func present() {
        #expect(Self.files.count >= 10)
    }

    @Test("same header and rows as CSV.swift", arguments: files)
    func same(_ file: String) throws {
        let path = Self.root.appendingPathComponent(file).path
        var problems: [DatasetProblem] = []
        let table = try #require(CSVTable.read(path: path, file: file, problems: &problems))
        #expect(problems.isEmpty)
        let oracle = try Self.oracle(path)
        #expect(table.header == oracle.header.map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(table.rows.count == oracle.rows.count)
        for (ours, theirs) in zip(table.rows, oracle.rows)
        where ours.line != theirs.line || ours.fields != theirs.fields {
            Issue.record("\(file): line \(ours.line) \(ours.fields) ≠ CSV.swift's line \(theirs.line) \(theirs.fields)")
            break
        }
    }

    /// CSV.swift's parse of a file, with line numbers and blank lines as the old reader had them.
    /// The text is UTF-8, else Windows-1252 (decoded by Foundation); the delimiter is the one of
    /// `,` `;` and tab that gives CSV.swift the widest header.
    static func oracle(_ path: String) throws -> (header: [String], rows: [(line: Int, fields: [String])]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var best: (header: [String], rows: [(line: Int, fields: [String])]) = ([], [])
        for delimiter: Unicode.Scalar in [",", ";", "\t"] {
            let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
            var line = 1
            var header: [String]?
            var rows: [(line: Int, fields: [String])] = []
            while let row = reader.next() {
                let start = line
                line += 1 + row.reduce(0) { $0 + lineBreaks($1) }
                if row.count == 1 && row[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                if header == nil { header = row } else { rows.append((start, row)) }
            }
            if let header, header.count > best.header.count { best = (header, rows) }
        }
        return best
    }

    static func lineBreaks(_ s: String) -> Int {
        var n = 0
        var previousCR = false
        for u in s.unicodeScalars {
            if u == "\n" && !previousCR || u == "\r" { n += 1 }
            previousCR = u == "\r"
        }
        return n
    }
}
