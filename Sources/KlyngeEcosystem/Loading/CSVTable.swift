import CSV
import Foundation

/// A CSV file read whole: its header and its rows, each with the physical line
/// it starts on. Parsing is done by yaslab/CSV.swift (RFC 4180: quoted fields,
/// doubled quotes, line breaks inside quotes); this type adds what a validator
/// needs around it: UTF-8 checked with the line of the first bad byte, a
/// byte-order mark accepted, blank lines skipped, line numbers kept.
package struct CSVTable {
    let file: String
    package let header: [String]
    /// Column name → index (first occurrence).
    let columns: [String: Int]
    package let rows: [(line: Int, fields: [String])]

    /// Reads `path`, reporting problems under the name `file`.
    /// Returns nil (after adding a problem) when the file cannot be used at all.
    package static func read(path: String, file: String, problems: inout [DatasetProblem]) -> CSVTable? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(DatasetProblem(file: file, message: "missing file"))
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // byte-order mark: accepted
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            problems.append(
                DatasetProblem(file: file, line: line, message: "malformed UTF-8 (the file must be UTF-8 encoded)")
            )
            return nil
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            problems.append(DatasetProblem(file: file, message: "empty file (expected a header row)"))
            return nil
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            problems.append(DatasetProblem(file: file, message: "cannot be parsed as CSV"))
            return nil
        }
        var line = 1
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        while let row = reader.next() {
            let start = line
            line += 1 + row.reduce(0) { $0 + lineBreaks(in: $1) }
            if row.count == 1 && row[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }  // blank line
            if header == nil {
                header = row
            } else {
                rows.append((start, row))
            }
        }
        guard let header else {
            problems.append(DatasetProblem(file: file, message: "empty file (expected a header row)"))
            return nil
        }
        return CSVTable(file: file, header: header, rows: rows, problems: &problems)
    }

    /// A table from rows read elsewhere (an Excel sheet, a register being imported): `header`
    /// trimmed, each row with the line (or sheet row) it came from. An unnamed or repeated header
    /// column is a problem (the first of a repeated name is kept).
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let t = CSVTable(file: "members.xlsx[Medlemmer]", header: ["id", "name", "kind"],
    ///                  rows: [(2, ["m1", "Bergen kommune", "municipality"])], problems: &problems)
    /// ```
    ///
    /// - Complexity: O(header + rows).
    package init(
        file: String,
        header: [String],
        rows: [(line: Int, fields: [String])],
        problems: inout [DatasetProblem]
    ) {
        let header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty {
                problems.append(DatasetProblem(file: file, line: 1, message: "header column \(i + 1) has no name"))
            } else if columns[name] != nil {
                problems.append(
                    DatasetProblem(file: file, line: 1, column: name, message: "column appears twice in the header")
                )
            } else {
                columns[name] = i
            }
        }
        self.file = file
        self.header = header
        self.columns = columns
        self.rows = rows
    }

    /// Checks that the header has `required` columns; adds a problem per missing one.
    package func require(_ required: [String], problems: inout [DatasetProblem]) -> Bool {
        var ok = true
        for c in required where columns[c] == nil {
            problems.append(
                DatasetProblem(
                    file: file,
                    line: 1,
                    column: c,
                    message: "missing required column (header has: \(header.joined(separator: ", ")))"
                )
            )
            ok = false
        }
        return ok
    }

    /// The trimmed cell of `column` in `fields`, or nil when the column is absent or the cell empty.
    package func value(_ column: String, in fields: [String]) -> String? {
        guard let i = columns[column], i < fields.count else { return nil }
        let v = trimmed(fields[i])
        return v.isEmpty ? nil : v
    }

    /// `s` without leading and trailing spaces and tabs (and the other Unicode spaces
    /// Foundation's `.whitespaces` covers). Returns `s` itself when there is nothing to
    /// trim, the common case, without Foundation's UTF-16 round trip.
    func trimmed(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        let isSpace = { (u: Unicode.Scalar) in
            u == " " || u == "\t"
                || (u.value > 127 && u.properties.isWhitespace && u != "\u{2028}" && u != "\u{2029}" && u != "\u{85}")
        }
        if !isSpace(first) && !isSpace(last) { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// Cells of columns other than `known`, non-empty, by column name.
    func attributes(_ fields: [String], known: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for (name, i) in columns where !known.contains(name) && i < fields.count {
            let v = trimmed(fields[i])
            if !v.isEmpty { out[name] = v }
        }
        return out
    }

    private static func lineBreaks(in s: String) -> Int {
        // Fast path: most fields have no line break.
        if !s.utf8.contains(10) && !s.utf8.contains(13) { return 0 }
        var n = 0
        var previousCR = false
        for u in s.unicodeScalars {
            if u == "\n" {
                if !previousCR { n += 1 }
                previousCR = false
            } else if u == "\r" {
                n += 1
                previousCR = true
            } else {
                previousCR = false
            }
        }
        return n
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
                line += 1
                start = i + 1
            }
        }
        return line
    }
}
