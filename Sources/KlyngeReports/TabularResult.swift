/// A result made of tables, and so writable in every table format: as text
/// (``render(_:)``: aligned, CSV, JSON, Markdown), as CSV in any ``CSVDialect``, and, through
/// its ``tables`` (a ``Report``), as one HTML page or an xlsx workbook (a sheet per table).
///
/// ```swift
/// let result: any TabularResult = TitledTable(title: "Centrality", table: table)
/// let page = result.tables.renderHTML()
/// let workbook = try XLSXWorkbook(result.tables).xlsx()
/// let excel = CSVDialect.excel.byteOrderMark + result.csv(.excel)
/// ```
public protocol TabularResult: Sendable {
    /// The result as text in `format`, ending with a newline.
    func render(_ format: OutputFormat) -> String
    /// The result's CSV form in `dialect`, without the byte-order mark; `csv(.standard)` is
    /// `render(.csv)`.
    func csv(_ dialect: CSVDialect) -> String
    /// The result as titled tables: the sections of its HTML page and the sheets of its workbook.
    var tables: Report { get }
}

/// One table with a title: the result of `klynge centrality`, `brokers` and other commands
/// that print a single table.
///
/// ```swift
/// let result = TitledTable(title: "Centrality of florentine.edges", sheet: "Centrality", table: table)
/// print(result.render(.md))      // the table alone
/// print(result.tables.title)     // "Centrality of florentine.edges", for the page and the workbook
/// ```
public struct TitledTable: TabularResult {
    /// The title of the HTML page (its heading) and of the table's section.
    public var title: String
    /// The section's title: the worksheet's name.
    public var sheet: String
    public var table: Table

    public init(title: String, sheet: String? = nil, table: Table) {
        self.title = title
        self.sheet = sheet ?? title
        self.table = table
    }

    public func render(_ format: OutputFormat) -> String { table.render(format) }
    public func csv(_ dialect: CSVDialect) -> String { table.csv(dialect) }
    public var tables: Report {
        Report(title: title, sections: [Report.Section(key: "table", title: sheet, table: table)])
    }
}

extension Report: TabularResult {
    /// The sections one after another, each preceded by a `# title` line, in `dialect`.
    /// - Complexity: O(cells).
    public func csv(_ dialect: CSVDialect) -> String {
        sections.map { "# " + $0.title + dialect.lineEnd + $0.table.csv(dialect) }.joined(separator: dialect.lineEnd)
    }
    public var tables: Report { self }
}

extension MatchReport: TabularResult {
    /// The suggestions table (with its `reasons` column when explained), in `dialect`.
    public func csv(_ dialect: CSVDialect) -> String { table(withReasons: explain).csv(dialect) }
    /// One section: the suggestions (with their reasons when explained); the summary's sentences
    /// as the highlights. The HTML page shows the table for people (``summary``), the workbook
    /// every column and reason.
    public var tables: Report {
        var section = Report.Section(key: "suggestions", title: "Suggestions", table: table(withReasons: explain))
        if summary != nil { section.peopleTable = table(withReasons: explain, forPeople: true) }
        return Report(
            title: "Suggested partners for \(seekerName) in \(ecosystem.name)",
            highlights: summarySentences,
            sections: [section]
        )
    }
}

extension ConsortiumReport: TabularResult {
    /// ``teamRows`` in `dialect`.
    public func csv(_ dialect: CSVDialect) -> String { teamRows.csv(dialect) }
    public var tables: Report { report }
}

extension EvaluationDocument: TabularResult {
    /// The methods table in `dialect`.
    public func csv(_ dialect: CSVDialect) -> String { table.csv(dialect) }
    /// The methods table, with Klynge's MRR ratio to the best baseline as a finding, then
    /// one table per stratum.
    public var tables: Report {
        Report(
            title: "Partner matching against link-prediction baselines",
            highlights: ratioSummary.map { [$0] } ?? [],
            sections: [Report.Section(key: "methods", title: "Methods", table: table)] + strataSections
        )
    }
}
