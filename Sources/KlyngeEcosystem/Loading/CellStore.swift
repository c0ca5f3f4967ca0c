/// The cells of a delimited file kept where they are: the file's UTF-8 text once, and for each
/// cell the span of its bytes in it. No `String` is made while reading; a cell becomes one only
/// when a value is needed (``string(_:)``), and ids are looked up straight from their bytes
/// (``withBytes(_:_:)``). A quoted field with doubled quotes inside (`"Alfa ""Nord"""`) is
/// marked, and made one quote per pair when its `String` is made.
///
/// Rows are runs of consecutive cells (``rowStart``), so a row of another width than the header
/// is kept as it is, to be reported.
///
/// ```swift
/// let store = CellStore(rows: [["m1", "Alfa AS"], ["m2"]])
/// store.string(store.rowStart[1])  // "m2"
/// ```
///
/// - Complexity: 8 bytes per cell and 8 per row beside the text; O(1) to reach a cell.
final class CellStore: Sendable {
    /// The text, as UTF-8.
    let text: [UInt8]
    /// Each cell's first byte in ``text``.
    let starts: [UInt32]
    /// Each cell's end (one past its last byte), with ``doubledQuotes`` set for a quoted field
    /// whose doubled quotes are still to be made single.
    let ends: [UInt32]
    /// Each row's first cell; one more entry, the number of cells, closes the last row.
    let rowStart: [UInt32]
    /// Each row's physical line in the file (or its sheet row).
    let lines: [Int32]

    /// The mark in ``ends`` of a cell whose `""` pairs stand for one `"` each.
    static let doubledQuotes: UInt32 = 1 << 31
    /// The largest text a store holds: offsets are 31-bit.
    static let maxBytes = Int(Int32.max)

    /// - Complexity: O(1).
    init(text: [UInt8], starts: [UInt32], ends: [UInt32], rowStart: [UInt32], lines: [Int32]) {
        self.text = text
        self.starts = starts
        self.ends = ends
        self.rowStart = rowStart
        self.lines = lines
    }

    /// A store of cells given as strings (rows read from a workbook, or made by an import), each
    /// row with its line (by default its position, from 2: the header is line 1).
    ///
    /// - Complexity: O(total bytes of the cells).
    convenience init(rows: [[String]], lines: [Int]? = nil) {
        var text: [UInt8] = []
        var (starts, ends, rowStart) = ([UInt32](), [UInt32](), [UInt32]())
        rowStart.reserveCapacity(rows.count + 1)
        for row in rows {
            rowStart.append(UInt32(starts.count))
            for cell in row {
                starts.append(UInt32(text.count))
                text.append(contentsOf: cell.utf8)
                ends.append(UInt32(text.count))
            }
        }
        rowStart.append(UInt32(starts.count))
        self.init(
            text: text,
            starts: starts,
            ends: ends,
            rowStart: rowStart,
            lines: (lines ?? rows.indices.map { $0 + 2 }).map { Int32(truncatingIfNeeded: $0) }
        )
    }

    /// The number of rows.
    var rowCount: Int { lines.count }

    /// The number of cells of row `r`.
    @inline(__always)
    func width(_ r: Int) -> Int { Int(rowStart[r + 1] &- rowStart[r]) }

    /// Whether `cell` is empty.
    @inline(__always)
    func isEmpty(_ cell: Int) -> Bool { starts[cell] == ends[cell] & ~Self.doubledQuotes }

    /// The value of `cell`, as written (not trimmed), each `""` of a quoted field made `"`.
    ///
    /// - Complexity: O(length of the cell).
    func string(_ cell: Int) -> String {
        let (start, end) = (Int(starts[cell]), ends[cell])
        let stop = Int(end & ~Self.doubledQuotes)
        return text.withUnsafeBufferPointer { p in
            let bytes = UnsafeBufferPointer(rebasing: p[start..<stop])
            guard end & Self.doubledQuotes != 0 else { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var (k, i) = (0, 0)
                while i < bytes.count {
                    out[k] = bytes[i]
                    k += 1
                    i += bytes[i] == 0x22 ? 2 : 1
                }
                return k
            }
        }
    }

    /// `body` given the bytes of `cell` when they are its value as they stand (no doubled quotes
    /// to make single); nil otherwise, without calling `body`.
    ///
    /// - Complexity: O(1) plus `body`.
    @inline(__always)
    func withBytes<R>(_ cell: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let end = ends[cell]
        guard end & Self.doubledQuotes == 0 else { return nil }
        let start = Int(starts[cell])
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(end)])) }
    }

    /// Every row's cells as strings, as written (for tables read whole by importers and tests).
    ///
    /// - Complexity: O(total bytes).
    var stringRows: [(line: Int, fields: [String])] {
        (0..<rowCount).map { r in
            (Int(lines[r]), (Int(rowStart[r])..<Int(rowStart[r + 1])).map(string))
        }
    }
}
