/// A rectangular report: named columns and rows of cells.
///
/// Formatters (``Table/render(_:)``) turn it into aligned text for a terminal,
/// Markdown, CSV (RFC 4180 quoting) or JSON (an array of objects).
public struct Table: Sendable, Equatable {
    /// One value in a table.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        /// A real number; `digits` is the number of significant digits printed.
        case number(Double)
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }
}

/// The output formats every report command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, md
}
