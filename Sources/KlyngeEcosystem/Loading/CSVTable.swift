import Foundation

/// A delimited text file read whole: its header and its rows, each with the physical line
/// it starts on. The file may be UTF-8 (with or without byte-order mark), UTF-16 with a
/// byte-order mark, or Windows-1252 (``TextDecoding``); its fields separated by `,`, `;` or tab
/// (``FieldDelimiter``, decided from the header line); its quoting is RFC 4180, strictly
/// (``DelimitedReader``). Blank lines are skipped; line numbers are physical lines.
package struct CSVTable {
    let file: String
    package let header: [String]
    /// Column name → index (first occurrence).
    let columns: [String: Int]
    package let rows: [(line: Int, fields: [String])]
    /// What was converted while reading, said once per file, e.g.
    /// `members.csv: read as Windows-1252, ';'-separated`. Empty for UTF-8 with commas (a
    /// byte-order mark alone is not mentioned: it changes nothing), and for tables made from
    /// rows read elsewhere.
    package var notes: [String] = []
    /// For each column, whether some cell of it may have spaces to trim (from
    /// ``DelimitedReader/readTable(_:problems:)``; a column beyond the array has none); nil
    /// for a table made from rows read elsewhere, whose every cell is trimmed when read. Cells
    /// of a column known to need no trimming are read as they are.
    var mayTrim: [Bool]?

    /// Reads `path`, reporting problems under the name `file` (also the name notes use).
    /// Returns nil (after adding a problem) when the file cannot be used at all: missing,
    /// empty, or in no encoding Klynge reads. Quoting problems are added too, but the table is
    /// still returned (each faulty field taken as it stands) so the rest of it can be checked.
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let t = CSVTable.read(path: "register/members.csv", file: "register/members.csv", problems: &problems)
    /// print(t?.header ?? [], t?.notes ?? [])  // ["Navn", "Type"] ["register/members.csv: read as Windows-1252, ';'-separated"]
    /// ```
    ///
    /// - Complexity: O(n) for a file of n bytes, plus one `String` per field.
    package static func read(path: String, file: String, problems: inout [DatasetProblem]) -> CSVTable? {
        guard let data = readFileBytes(atPath: path) else {
            problems.append(DatasetProblem(file: file, message: "missing file"))
            return nil
        }
        let text: DecodedText
        do {
            text = try TextDecoding.decode([UInt8](data), file: file)
        } catch {
            problems.append(error)
            return nil
        }
        let empty = DatasetProblem(file: file, message: "empty file (expected a header row)")
        if text.utf8.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            problems.append(empty)
            return nil
        }
        let (delimiter, header, rows) = text.utf8.withUnsafeBufferPointer { bytes in
            let delimiter = FieldDelimiter.detect(in: bytes)
            let (header, rows, mayTrim) = DelimitedReader(delimiter: delimiter, file: file)
                .readTable(bytes, problems: &problems)
            return (delimiter, header, (rows, mayTrim))
        }
        guard let header else {
            problems.append(empty)
            return nil
        }
        var table = CSVTable(file: file, header: header, rows: rows.0, problems: &problems)
        table.mayTrim = rows.1
        if text.encoding != .utf8 || delimiter != .comma {
            table.notes.append("\(file): read as \(text.encoding), \(delimiter)")
        }
        return table
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
        value(at: columns[column], in: fields)
    }

    /// The index of `column` in every row (its first occurrence in the header), or nil when the
    /// header lacks it. Row loops look each column up once, then read cells with
    /// ``value(at:in:)``, so that no row hashes a column name.
    ///
    /// ```swift
    /// let name = table.index(of: "name")
    /// for (_, fields) in table.rows { print(table.value(at: name, in: fields) ?? "-") }
    /// ```
    ///
    /// - Complexity: O(1) expected.
    package func index(of column: String) -> Int? { columns[column] }

    /// The trimmed cell at `index` (from ``index(of:)``) in `fields`, or nil when `index` is nil,
    /// beyond the row, or the cell is empty: ``value(_:in:)`` with the column looked up already.
    ///
    /// - Complexity: O(1) when there is nothing to trim.
    package func value(at index: Int?, in fields: [String]) -> String? {
        guard let i = index, i < fields.count else { return nil }
        let v = cell(i, fields)
        return v.isEmpty ? nil : v
    }

    /// The trimmed cell `i` of `fields` (`i` within them): the cell as it is when its column
    /// has nothing to trim (``mayTrim``).
    ///
    /// - Complexity: O(1) when there is nothing to trim.
    @inline(__always)
    func cell(_ i: Int, _ fields: [String]) -> String {
        if let mayTrim, i >= mayTrim.count || !mayTrim[i] { return fields[i] }
        return Self.trimmed(fields[i])
    }

    /// `s` without leading and trailing spaces and tabs (and the other Unicode spaces
    /// Foundation's `.whitespaces` covers). Returns `s` itself when there is nothing to
    /// trim, the common case, without Foundation's UTF-16 round trip.
    func trimmed(_ s: String) -> String { Self.trimmed(s) }

    /// `s` without leading and trailing spaces and tabs (and the other Unicode spaces
    /// Foundation's `.whitespaces` covers), `s` itself when there is nothing to trim.
    ///
    /// - Complexity: O(1) when there is nothing to trim, else O(length).
    static func trimmed(_ s: String) -> String {
        // An ASCII first and last byte are the first and last scalars: when neither is a space
        // or a tab there is nothing to trim (most cells), known without decoding any scalar.
        guard let (firstByte, lastByte) = endBytes(s) else { return s }
        if firstByte < 0x80 && lastByte < 0x80 && firstByte != 0x20 && firstByte != 0x09 && lastByte != 0x20
            && lastByte != 0x09
        {
            return s
        }
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        let isSpace = { (u: Unicode.Scalar) in
            u == " " || u == "\t"
                || (u.value > 127 && u.properties.isWhitespace && u != "\u{2028}" && u != "\u{2029}" && u != "\u{85}")
        }
        if !isSpace(first) && !isSpace(last) { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// The first and last byte of `s` (nil when it is empty), read from its UTF-8 storage
    /// without walking its indices.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func endBytes(_ s: String) -> (first: UInt8, last: UInt8)? {
        if let ends = s.utf8.withContiguousStorageIfAvailable({ b in
            b.isEmpty ? nil : (first: b[0], last: b[b.count - 1])
        }) {
            return ends
        }
        guard let first = s.utf8.first, let last = s.utf8.last else { return nil }
        return (first, last)
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

    /// The named columns other than `known` (first occurrences, in header order): compute it
    /// once per table and pass it to ``attributes(_:columns:)`` for each row, so that no row
    /// looks its column names up again.
    ///
    /// ```swift
    /// let extra = table.attributeColumns(known: ["id", "name", "kind"])
    /// for (_, fields) in table.rows { print(table.attributes(fields, columns: extra)) }  // ["country": "NO"]
    /// ```
    ///
    /// - Complexity: O(header).
    package func attributeColumns(known: Set<String>) -> [(name: String, index: Int)] {
        header.indices.compactMap { i in
            let name = header[i]
            return columns[name] == i && !known.contains(name) ? (name, i) : nil
        }
    }

    /// The trimmed cells of `columns` (from ``attributeColumns(known:)``) in every row, kept once
    /// for the table: row `r`'s attributes are `AttributeCells(table: result, row: r)`, the same
    /// as ``attributes(_:columns:)`` of its fields, with no dictionary made per row.
    ///
    /// - Complexity: O(rows · columns).
    func attributeTable(columns: [(name: String, index: Int)]) -> AttributeTable {
        var cells: [String] = []
        if !columns.isEmpty {
            cells.reserveCapacity(rows.count * columns.count)
            for (_, fields) in rows {
                for (_, i) in columns { cells.append(i < fields.count ? cell(i, fields) : "") }
            }
        }
        return AttributeTable(names: columns.map(\.name), cells: cells)
    }

    /// The non-empty trimmed cells of `columns` (from ``attributeColumns(known:)``) in `fields`,
    /// by column name.
    ///
    /// - Complexity: O(columns) per row.
    package func attributes(_ fields: [String], columns: [(name: String, index: Int)]) -> [String: String] {
        var out: [String: String] = [:]
        for (name, i) in columns where i < fields.count && !fields[i].isEmpty {
            let v = trimmed(fields[i])
            if !v.isEmpty { out[name] = v }
        }
        return out
    }
}
