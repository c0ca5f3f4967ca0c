import Foundation

/// The row loop the dataset files share: width check, one problem per cell, ids.
extension DatasetLoader {
    /// Calls `parse(row, line, problem)` for every row of the header's width (a row of another
    /// width gets one problem, not one per shifted cell) and keeps the values of rows that
    /// reported no problem. `problem(column, message)` reports an error. `parse` reads the row's
    /// cells by its index (``CSVTable/value(at:row:)``).
    func eachRow<T>(
        _ t: CSVTable,
        _ problems: inout [DatasetProblem],
        _ parse: (Int, Int, (String?, String) -> Void) -> T?
    ) -> [T] {
        var rows: [Int] = []
        return eachRow(t, &problems, keptRows: &rows, parse)
    }

    /// ``eachRow(_:_:_:)`` that also gives the row (index) of each value kept, in `keptRows`.
    func eachRow<T>(
        _ t: CSVTable,
        _ problems: inout [DatasetProblem],
        keptRows: inout [Int],
        _ parse: (Int, Int, (String?, String) -> Void) -> T?
    ) -> [T] {
        var out: [T] = []
        out.reserveCapacity(t.rowCount)
        keptRows.reserveCapacity(t.rowCount)
        for index in 0..<t.rowCount {
            let line = t.line(index)
            guard checkWidth(t, line, t.width(index), &problems) else { continue }
            var ok = true
            let value = parse(index, line) { column, message in
                problems.append(DatasetProblem(file: t.file, line: line, column: column, message: message))
                ok = false
            }
            if ok, let value {
                out.append(value)
                keptRows.append(index)
            }
        }
        return out
    }

    /// Checks the `id` cell of row `row` of `t`: not empty, not seen before (`seen` maps ids to
    /// the row they are first on).
    func uniqueID(
        _ value: String?,
        row: Int,
        of t: CSVTable,
        seen: inout ByteKeyIndex,
        _ problem: (String?, String) -> Void
    ) -> String {
        let id = value ?? ""
        if id.isEmpty {
            problem("id", "empty id")
        } else if let first = seen.insert(id, value: row) {
            problem("id", "duplicate id '\(id)' (first on line \(t.line(first)))")
        }
        return id
    }

    private func checkWidth(_ t: CSVTable, _ line: Int, _ width: Int, _ problems: inout [DatasetProblem]) -> Bool {
        guard width != t.header.count else { return true }
        problems.append(
            DatasetProblem(
                file: t.file,
                line: line,
                message: "row has \(width) field\(width == 1 ? "" : "s"), the header has \(t.header.count)"
            )
        )
        return false
    }

    /// The year of `s`: `YYYY` (1000–2999), or the year of a full date (`01.03.2019`, `2019-03-01`).
    func year(_ s: String) -> Int? {
        if s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(s), (1000...2999).contains(y) {
            return y
        }
        guard s.count > 4, let date = PartialDate(parsing: s) else { return nil }
        return date.year
    }

    /// The items of a `;`-separated list cell, trimmed, empty ones dropped.
    ///
    /// - Complexity: O(length of `s`).
    func list(_ s: String?) -> [String] {
        guard let s else { return [] }
        let semicolon = UInt8(ascii: ";")
        // Whether the cell has a ';' and is all ASCII, read from its UTF-8 storage at once.
        let (hasSemicolon, isASCII) =
            s.utf8.withContiguousStorageIfAvailable { b in (b.contains(semicolon), b.allSatisfy { $0 < 0x80 }) }
            ?? (s.utf8.contains(semicolon), false)
        if !hasSemicolon {  // one item (most cells): nothing to split
            let item = CSVTable.trimmed(s)
            return item.isEmpty ? [] : [item]
        }
        if isASCII {  // each ';' byte is a whole Character: split the bytes, as split(separator:) would the text
            return s.utf8.split(separator: semicolon).compactMap {
                let item = CSVTable.trimmed(String(Substring($0)))
                return item.isEmpty ? nil : item
            }
        }
        return s.split(separator: ";").compactMap {
            let item = CSVTable.trimmed(String($0))
            return item.isEmpty ? nil : item
        }
    }
}
