import Foundation

/// Reads delimited text (RFC 4180 with `,`, `;` or tab between fields) from UTF-8 bytes,
/// byte by byte, into a header and rows of `String` fields, each row with the physical line
/// it starts on.
///
/// Quoting is strict: a field that starts with `"` runs to the next `"` not doubled, which must
/// be followed by the delimiter or a line end; `""` inside stands for one `"`; line breaks inside
/// are kept. A quote inside an unquoted field, a closing quote followed by anything else, and a
/// quote never closed are each an error at `file:line: column:` that shows the field and how
/// to write it, never a silently changed value. After such an error the field is taken as it
/// stands up to the next delimiter or line end (so the rest of the file is still read and
/// checked), and no further quoting error is reported for that row.
///
/// Lines end with LF, CR LF or a lone CR, and are counted so inside quoted fields too. A line
/// that is blank (or holds only spaces and tabs) is skipped. Only the fields the caller keeps
/// are made: the rows are kept as spans of the text (``CellStore``), each cell made a `String`
/// only when its value is needed.
///
/// ```swift
/// let bytes = Array("id;name\r\nm1;\"Alfa \"\"Nord\"\" AS\"\r\n".utf8)
/// var problems: [DatasetProblem] = []
/// let (header, rows) = DelimitedReader(delimiter: .semicolon, file: "members.csv").read(bytes, problems: &problems)
/// print(header!, rows[0].line, rows[0].fields)  // ["id", "name"] 2 ["m1", "Alfa \"Nord\" AS"]
/// ```
///
/// - Complexity: O(n) time for n bytes, plus the fields made.
package struct DelimitedReader: Sendable {
    package let delimiter: FieldDelimiter
    /// The file name said in problems.
    package let file: String

    package init(delimiter: FieldDelimiter, file: String) {
        self.delimiter = delimiter
        self.file = file
    }

    private static let quote: UInt8 = 0x22
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    /// The header (the first row that is not blank; nil when there is none) and the rows after
    /// it, each with the line it starts on. Quoting problems are added to `problems`.
    ///
    /// - Complexity: O(n) for n bytes.
    package func read(
        _ text: [UInt8],
        problems: inout [DatasetProblem]
    ) -> (header: [String]?, rows: [(line: Int, fields: [String])]) {
        let (header, store, _) = readTable(text, problems: &problems)
        return (header, store.stringRows)
    }

    /// ``read(_:problems:)`` with the rows kept as spans of `text` (``CellStore``, no `String`
    /// made per cell), and for each field position (column) whether some row's field there may
    /// have spaces to trim: one that starts or ends with a space, a tab or a byte of a multi-byte
    /// character (which may be a Unicode space), or that was taken as it stands after a quoting
    /// problem. Every field of every row is looked at, so a column with `false`, or beyond the
    /// array, has no cell that ``CSVTable/trimmed(_:)`` would change. `text` must be shorter than
    /// ``CellStore/maxBytes``.
    ///
    /// - Complexity: O(n) for n bytes.
    func readTable(
        _ text: [UInt8],
        problems: inout [DatasetProblem]
    ) -> (header: [String]?, store: CellStore, mayTrim: [Bool]) {
        precondition(text.count <= CellStore.maxBytes, "text beyond CellStore.maxBytes")
        let (quote, lf, cr) = (Self.quote, Self.lf, Self.cr)
        var mayTrim: [Bool] = []
        var header: [String]?
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        var rowStart: [UInt32] = []
        var lines: [Int32] = []
        text.withUnsafeBufferPointer { p in
            // Whether the field bytes start..<end (not empty) may have spaces to trim, noted for
            // column `index` of a row (the header's own cells are trimmed apart).
            @inline(__always) func note(_ start: Int, _ end: Int, _ index: Int, _ inRow: Bool) {
                guard inRow, start < end else { return }
                let (a, b) = (p[start], p[end - 1])
                if a == 0x20 || a == 0x09 || a >= 0x80 || b == 0x20 || b == 0x09 || b >= 0x80 {
                    while mayTrim.count <= index { mayTrim.append(false) }
                    mayTrim[index] = true
                }
            }
            let d = delimiter.rawValue
            let n = p.count
            // About one row per 40 bytes: reserved once, so the arrays rarely grow.
            starts.reserveCapacity(n / 8 + 16)
            ends.reserveCapacity(n / 8 + 16)
            rowStart.reserveCapacity(n / 40 + 16)
            lines.reserveCapacity(n / 40 + 16)
            var i = 0
            var line = 1
            while i < n {
                let recordLine = line
                let first = starts.count  // this row's first cell
                var faulted = false  // one quoting problem per row
                while true {
                    let index = starts.count - first
                    if i < n && p[i] == quote {
                        // A quoted field: find its closing quote, counting the line breaks inside.
                        let fieldLine = line
                        var j = i + 1
                        var doubled = false
                        var closing = -1
                        while j < n {
                            let c = p[j]
                            if c == quote {
                                if j + 1 < n && p[j + 1] == quote {
                                    doubled = true
                                    j += 2
                                    continue
                                }
                                closing = j
                                break
                            }
                            if c == lf {
                                line += 1
                            } else if c == cr {
                                line += 1
                                if j + 1 < n && p[j + 1] == lf { j += 1 }
                            }
                            j += 1
                        }
                        if closing >= 0
                            && (closing + 1 == n || p[closing + 1] == d || p[closing + 1] == lf
                                || p[closing + 1] == cr)
                        {
                            note(i + 1, closing, index, header != nil)
                            starts.append(UInt32(truncatingIfNeeded: i + 1))
                            ends.append(UInt32(truncatingIfNeeded: closing) | (doubled ? CellStore.doubledQuotes : 0))
                            i = closing + 1
                        } else {
                            // Not well formed: take the field as it stands up to the delimiter or line end.
                            let end = Self.literalEnd(p, from: i, delimiter: d)
                            if !faulted {
                                faulted = true
                                let raw = Self.string(p, i, end)
                                let message: String
                                if let spaced = Self.spacedQuotedField(raw) {
                                    message = spaced
                                } else if closing < 0 {
                                    message = Self.unterminated(raw)
                                } else if line > fieldLine {
                                    message = Self.runsOn(raw, to: line, before: p[closing + 1])
                                } else {
                                    message = Self.undoubled(raw)
                                }
                                problem(fieldLine, index, header, message, &problems)
                            }
                            if header != nil {
                                while mayTrim.count <= index { mayTrim.append(false) }
                                mayTrim[index] = true
                            }
                            starts.append(UInt32(truncatingIfNeeded: i))
                            ends.append(UInt32(truncatingIfNeeded: end))
                            line = fieldLine
                            i = end
                        }
                    } else {
                        // An unquoted field: up to the delimiter or line end; a quote in it is stray.
                        var j = i
                        var stray = false
                        while j < n {
                            let c = p[j]
                            if c == d || c == lf || c == cr { break }
                            if c == quote { stray = true }
                            j += 1
                        }
                        note(i, j, index, header != nil)
                        if stray && !faulted {
                            faulted = true
                            let field = Self.string(p, i, j)
                            problem(
                                line,
                                index,
                                header,
                                Self.spacedQuotedField(field) ?? Self.stray(field),
                                &problems
                            )
                        }
                        starts.append(UInt32(truncatingIfNeeded: i))
                        ends.append(UInt32(truncatingIfNeeded: j))
                        i = j
                    }
                    if i < n && p[i] == d {
                        i += 1
                    } else {
                        break
                    }
                }
                if i < n {  // the line end
                    if p[i] == cr && i + 1 < n && p[i + 1] == lf { i += 1 }
                    i += 1
                    line += 1
                }
                if starts.count - first == 1 && ends[first] & CellStore.doubledQuotes == 0
                    && p[Int(starts[first])..<Int(ends[first])].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
                {
                    // A blank line: one field of spaces and tabs only.
                    starts.removeLast()
                    ends.removeLast()
                    continue
                }
                if header == nil {
                    header = (first..<starts.count).map { k in
                        Self.field(p, Int(starts[k]), ends[k])
                    }
                    starts.removeAll(keepingCapacity: true)
                    ends.removeAll(keepingCapacity: true)
                } else {
                    rowStart.append(UInt32(truncatingIfNeeded: first))
                    lines.append(Int32(truncatingIfNeeded: recordLine))
                }
            }
        }
        rowStart.append(UInt32(truncatingIfNeeded: starts.count))
        let store = CellStore(text: text, starts: starts, ends: ends, rowStart: rowStart, lines: lines)
        return (header, store, mayTrim)
    }

    // MARK: - Fields

    @inline(__always)
    private static func string(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
    }

    /// The field whose span is `start..<end` (``CellStore/ends`` marks included) as a `String`.
    private static func field(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: UInt32) -> String {
        var scratch: [UInt8] = []
        let stop = Int(end & ~CellStore.doubledQuotes)
        return end & CellStore.doubledQuotes != 0 ? unescaped(p, start, stop, &scratch) : string(p, start, stop)
    }

    /// The bytes `start..<end` of a quoted field with each `""` made one `"`.
    private static func unescaped(
        _ p: UnsafeBufferPointer<UInt8>,
        _ start: Int,
        _ end: Int,
        _ scratch: inout [UInt8]
    ) -> String {
        scratch.removeAll(keepingCapacity: true)
        var k = start
        while k < end {
            scratch.append(p[k])
            k += p[k] == quote ? 2 : 1
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The index of the first delimiter or line break at or after `from` (or the end).
    private static func literalEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int, delimiter d: UInt8) -> Int {
        var j = from
        while j < p.count && p[j] != d && p[j] != lf && p[j] != cr { j += 1 }
        return j
    }

    // MARK: - Problems

    private func problem(
        _ line: Int,
        _ index: Int,
        _ header: [String]?,
        _ message: String,
        _ problems: inout [DatasetProblem]
    ) {
        var column = "field \(index + 1)"
        if header == nil {
            column = "header"
        } else if let header, index < header.count {
            let name = header[index].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { column = name }
        }
        problems.append(DatasetProblem(file: file, line: line, column: column, message: message))
    }

    /// `text` as shown in a message: at most 60 characters, line breaks as ⏎.
    static func shown(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "\r\n", with: "⏎")
        s = s.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\r", with: "⏎")
        return s.count > 60 ? s.prefix(57) + "…" : s
    }

    /// `text` written as a well-formed quoted field (its own outer quotes, if any, left out).
    private static func requoted(_ text: String) -> String? {
        var inner = Substring(text)
        if inner.first == "\"" { inner = inner.dropFirst() }
        if inner.last == "\"" { inner = inner.dropLast() }
        let fixed = "\"" + inner.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return fixed.count > 60 || fixed.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) ? nil : fixed
    }

    private static let doubleAdvice = "double each quote inside a quoted field"

    private static func stray(_ field: String) -> String {
        let example = requoted(field).map { ": \($0)" } ?? ""
        return
            "stray quote in unquoted field '\(shown(field))' (quote the whole field and double each quote inside it\(example))"
    }

    private static func undoubled(_ field: String) -> String {
        let example = requoted(field).map { ": \($0)" } ?? ""
        return "unescaped quote in quoted field \(shown(field)) (\(doubleAdvice)\(example))"
    }

    private static func runsOn(_ field: String, to line: Int, before next: UInt8) -> String {
        let after = next < 0x80 ? "'\(Character(Unicode.Scalar(next)))'" : "more text"
        return "quoted field \(shown(field)) runs on to line \(line), where its closing quote is followed by \(after) "
            + "(a quote is missing or not doubled: close the field, and \(doubleAdvice))"
    }

    private static func unterminated(_ field: String) -> String {
        "quoted field \(shown(field)) is never closed (it runs to the end of the file: close it, and \(doubleAdvice))"
    }

    /// The message for a well-formed quoted field with spaces or tabs around it, or nil.
    private static func spacedQuotedField(_ raw: String) -> String? {
        let core = raw.trimmingCharacters(in: [" ", "\t"])
        guard core.count >= 2, core.count < raw.count, core.first == "\"", core.last == "\"" else { return nil }
        let inner = core.dropFirst().dropLast()
        guard inner.replacingOccurrences(of: "\"\"", with: "").firstIndex(of: "\"") == nil else { return nil }
        return "space next to quoted field '\(shown(raw))' (a quoted field starts and ends at the delimiter: "
            + "remove the spaces)"
    }
}
