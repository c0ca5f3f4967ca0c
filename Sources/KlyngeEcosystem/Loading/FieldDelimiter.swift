/// The character between fields of a delimited text file: `,` (CSV), `;` (what Excel writes
/// where the decimal separator is a comma, as in Norway) or tab (Excel's "Unicode Text",
/// `.tsv`). Decided from the header line, where names rarely hold any of the three.
package enum FieldDelimiter: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// How notes name it: `','-separated`, `';'-separated`, `tab-separated`.
    package var description: String {
        switch self {
        case .comma: "','-separated"
        case .semicolon: "';'-separated"
        case .tab: "tab-separated"
        }
    }

    /// The delimiter of the text in `bytes` (UTF-8): the most frequent of `,` `;` and tab outside
    /// quotes on the header line (the first line that is not blank), ties going to `,` then `;`;
    /// `,` when the header has none (a single column).
    ///
    /// ```swift
    /// let bytes = Array("Navn;Type;Kommune\r\nBergen kommune;Kommune;Bergen\r\n".utf8)
    /// let d = bytes.withUnsafeBufferPointer { FieldDelimiter.detect(in: $0) }
    /// print(d)  // ';'-separated
    /// ```
    ///
    /// - Complexity: O(length of the header line and of the blank lines before it).
    package static func detect(in bytes: UnsafeBufferPointer<UInt8>) -> FieldDelimiter {
        var counts = [0, 0, 0]  // comma, semicolon, tab
        var quoted = false
        var lineHasText = false  // more than spaces and tabs
        for b in bytes {
            if b == 0x22 {
                quoted.toggle()
                lineHasText = true
            } else if quoted {
                continue
            } else if b == 0x0A || b == 0x0D {
                if lineHasText { break }
                counts = [0, 0, 0]  // a blank line: a tab there is no delimiter
            } else if b == 0x2C {
                counts[0] += 1
                lineHasText = true
            } else if b == 0x3B {
                counts[1] += 1
                lineHasText = true
            } else if b == 0x09 {
                counts[2] += 1
            } else if b != 0x20 {
                lineHasText = true
            }
        }
        let best = counts.indices.max { a, b in counts[a] < counts[b] || (counts[a] == counts[b] && a > b) }!
        return counts[best] == 0 ? .comma : [.comma, .semicolon, .tab][best]
    }
}
