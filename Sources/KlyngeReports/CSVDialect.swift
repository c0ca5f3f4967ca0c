/// How a CSV file is spelled: the separator, the decimal mark of numbers, the line end and
/// whether the file starts with a byte-order mark.
///
/// ``standard`` is RFC 4180 as Klynge has always written it (`,`, `.`, LF, no mark);
/// ``excel`` is what Excel in a Norwegian (or other decimal-comma) locale opens directly with
/// a double click: a UTF-8 byte-order mark (so `ø` is not read as Windows-1252), `;` between
/// fields, a decimal comma in numeric cells only (`0,25`; text such as `v1.2` is left alone)
/// and CRLF line ends.
///
/// ```swift
/// let table = Table(columns: ["kommune", "andel"], rows: [[.text("Tromsø"), .number(0.25)]])
/// let file = CSVDialect.excel.byteOrderMark + table.csv(.excel)
/// // "\u{FEFF}kommune;andel\r\nTromsø;0,25\r\n"
/// ```
public struct CSVDialect: Sendable, Equatable {
    /// Between fields.
    public var separator: Unicode.Scalar
    /// Replaces the `.` of numeric cells; nil keeps the point.
    public var decimalSeparator: Character?
    /// After each line, the last one included.
    public var lineEnd: String
    /// Written once at the start of the file: `"\u{FEFF}"` or "".
    public var byteOrderMark: String

    public init(separator: Unicode.Scalar, decimalSeparator: Character?, lineEnd: String, byteOrderMark: String) {
        self.separator = separator
        self.decimalSeparator = decimalSeparator
        self.lineEnd = lineEnd
        self.byteOrderMark = byteOrderMark
    }

    /// RFC 4180 with LF line ends: `,`, decimal point, no byte-order mark.
    public static let standard = CSVDialect(separator: ",", decimalSeparator: nil, lineEnd: "\n", byteOrderMark: "")

    /// Excel with a decimal-comma locale (Norwegian): byte-order mark, `;`, decimal comma, CRLF.
    public static let excel = CSVDialect(
        separator: ";",
        decimalSeparator: ",",
        lineEnd: "\r\n",
        byteOrderMark: "\u{FEFF}"
    )
}
