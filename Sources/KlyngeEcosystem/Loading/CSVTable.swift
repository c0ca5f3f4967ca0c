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
    /// The rows' cells, kept as spans of the file's text until a value is needed.
    let store: CellStore
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
        guard let bytes = readFileByteArray(atPath: path) else {
            problems.append(DatasetProblem(file: file, message: "missing file"))
            return nil
        }
        return read(bytes: bytes, file: file, problems: &problems)
    }

    /// Reads the bytes of a file already in memory, as ``read(path:file:problems:)`` reads the
    /// file's (which calls this): the same checks, problems and notes under the name `file`.
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let t = CSVTable.read(bytes: Array("id;Navn\nm1;Bergen\n".utf8), file: "members.csv", problems: &problems)
    /// print(t?.header ?? [])  // ["id", "Navn"]
    /// ```
    ///
    /// - Complexity: O(n) for n bytes, plus one `String` per field.
    package static func read(bytes: [UInt8], file: String, problems: inout [DatasetProblem]) -> CSVTable? {
        guard bytes.count <= CellStore.maxBytes else {
            problems.append(
                DatasetProblem(file: file, message: "larger than 2 GiB, more than Klynge reads; split the dataset")
            )
            return nil
        }
        let text: DecodedText
        do {
            text = try TextDecoding.decode(bytes, file: file)
        } catch {
            problems.append(error)
            return nil
        }
        let empty = DatasetProblem(file: file, message: "empty file (expected a header row)")
        if text.utf8.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            problems.append(empty)
            return nil
        }
        let delimiter = text.utf8.withUnsafeBufferPointer { FieldDelimiter.detect(in: $0) }
        let (header, store, mayTrim) = DelimitedReader(delimiter: delimiter, file: file)
            .readTable(text.utf8, problems: &problems)
        guard let header else {
            problems.append(empty)
            return nil
        }
        var table = CSVTable(file: file, header: header, store: store, problems: &problems)
        table.mayTrim = mayTrim
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
    /// - Complexity: O(header + total bytes of the rows).
    package init(
        file: String,
        header: [String],
        rows: [(line: Int, fields: [String])],
        problems: inout [DatasetProblem]
    ) {
        self.init(
            file: file,
            header: header,
            store: CellStore(rows: rows.map(\.fields), lines: rows.map(\.line)),
            problems: &problems
        )
    }

    /// A table of the cells of `store` under `header` (trimmed); an unnamed or repeated header
    /// column is a problem.
    ///
    /// - Complexity: O(header).
    init(file: String, header: [String], store: CellStore, problems: inout [DatasetProblem]) {
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
        self.store = store
    }

    /// The rows, each with its line and its cells as written (not trimmed), made from the
    /// spans kept: for importers and tests that take a table whole. Row loops of the loader
    /// read cells by row index instead (``value(at:row:)``).
    ///
    /// - Complexity: O(total bytes).
    package var rows: [(line: Int, fields: [String])] { store.stringRows }

    /// The number of rows (the header and blank lines not counted).
    package var rowCount: Int { store.rowCount }

    /// The line row `r` starts on.
    @inline(__always)
    func line(_ r: Int) -> Int { Int(store.lines[r]) }

    /// The number of fields of row `r`.
    @inline(__always)
    func width(_ r: Int) -> Int { store.width(r) }

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
    /// ``value(at:row:)``, so that no row hashes a column name.
    ///
    /// ```swift
    /// let name = table.index(of: "name")
    /// for r in 0..<table.rowCount { print(table.value(at: name, row: r) ?? "-") }
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

    /// The trimmed cell at `index` (from ``index(of:)``) of row `r`, or nil when `index` is nil,
    /// beyond the row, or the cell is empty; no `String` is made for an empty cell.
    ///
    /// ```swift
    /// let name = table.index(of: "name")
    /// for r in 0..<table.rowCount { print(table.value(at: name, row: r) ?? "-") }
    /// ```
    ///
    /// - Complexity: O(length of the cell).
    @inline(__always)
    package func value(at index: Int?, row r: Int) -> String? {
        guard let i = index else { return nil }
        let first = Int(store.rowStart[r])
        guard i < Int(store.rowStart[r + 1]) &- first, !store.isEmpty(first + i) else { return nil }
        let v = cell(i, raw: store.string(first + i))
        return v.isEmpty ? nil : v
    }

    /// ``value(at:row:)`` of the column named `column`.
    ///
    /// - Complexity: O(length of the cell).
    package func value(_ column: String, row r: Int) -> String? { value(at: columns[column], row: r) }

    /// `body` given the bytes of the trimmed cell at `index` of row `r` when they can be read in
    /// place (its column has nothing to trim and it has no doubled quotes); nil otherwise. An
    /// absent or empty cell gives `body` no bytes. For looking ids up without making a `String`.
    ///
    /// - Complexity: O(1) plus `body`.
    @inline(__always)
    func withValueBytes<R>(at index: Int?, row r: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let i = index else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let first = Int(store.rowStart[r])
        guard i < Int(store.rowStart[r + 1]) &- first else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard let mayTrim, i >= mayTrim.count || !mayTrim[i] else { return nil }
        return store.withBytes(first + i, body)
    }

    /// The trimmed cell `i` whose text as written is `raw`: `raw` itself when its column has
    /// nothing to trim (``mayTrim``).
    @inline(__always)
    func cell(_ i: Int, raw: String) -> String {
        if let mayTrim, i >= mayTrim.count || !mayTrim[i] { return raw }
        return Self.trimmed(raw)
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
    /// as ``attributes(_:columns:)`` of its fields, with no dictionary made per row. The cells
    /// stay spans of the file's text until a row's attributes are read.
    ///
    /// - Complexity: O(columns).
    func attributeTable(columns: [(name: String, index: Int)]) -> AttributeTable {
        AttributeTable(names: columns.map(\.name), columns: columns.map(\.index), table: self)
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
