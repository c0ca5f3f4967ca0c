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

    /// How a column's numbers read in the formats for people (text, Markdown, HTML); CSV,
    /// JSON and workbooks always keep full precision.
    public enum ColumnStyle: Sendable, Equatable {
        /// Integers as they are, other numbers with 6 significant digits.
        case auto
        /// A whole number with its thousands grouped (`13,088`).
        case count
        /// A share between 0 and 1 as a percentage with one decimal (`66.4%`).
        case share
        /// A score rounded to this many significant digits.
        case significant(Int)
        /// A number with this many decimals.
        case decimals(Int)
    }

    public var columns: [String]
    public var rows: [[Cell]]
    /// One style per column (missing ones are ``ColumnStyle/auto``).
    public var styles: [ColumnStyle]

    public init(columns: [String], rows: [[Cell]] = [], styles: [ColumnStyle] = []) {
        self.columns = columns
        self.rows = rows
        self.styles = styles
    }

    /// The style of column `i`.
    func style(_ i: Int) -> ColumnStyle { i < styles.count ? styles[i] : .auto }
}

/// The output formats every report command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, md
}
