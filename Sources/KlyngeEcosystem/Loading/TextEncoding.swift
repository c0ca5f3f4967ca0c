/// The character encoding a dataset file was written in, as ``TextDecoding`` found it.
package enum TextEncoding: Equatable, Sendable, CustomStringConvertible {
    /// UTF-8, with or without a byte-order mark.
    case utf8
    /// UTF-16 little-endian, announced by the byte-order mark FF FE (Excel's "Unicode Text").
    case utf16LittleEndian
    /// UTF-16 big-endian, announced by the byte-order mark FE FF.
    case utf16BigEndian
    /// Windows-1252 (a superset of ISO-8859-1 for printable text): what Norwegian Excel
    /// writes for "CSV (semicolon delimited)".
    case windows1252

    /// The name said in notes: `UTF-8`, `UTF-16 LE`, `UTF-16 BE`, `Windows-1252`.
    package var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16 LE"
        case .utf16BigEndian: "UTF-16 BE"
        case .windows1252: "Windows-1252"
        }
    }
}
