/// The sheets of an xlsx workbook: one ``Table`` each, under a name Excel accepts.
///
/// Built from a ``Report``: a "Summary" sheet with the title, lead and key findings when the
/// report has any, then one sheet per section, named after its title. ``xlsx()`` writes
/// the file (`XLSXXLSXWorkbook+Writing.swift`).
///
/// ```swift
/// let report = Report(title: "Brokers", sections: [.init(key: "brokers", title: "Brokers", table: table)])
/// let bytes = try XLSXWorkbook(report).xlsx()
/// try bytes.write(to: URL(fileURLWithPath: "brokers.xlsx"))
/// ```
public struct XLSXWorkbook: Sendable, Equatable {
    public struct Sheet: Sendable, Equatable {
        /// A valid, unique sheet name (see ``XLSXWorkbook/sheetName(_:taken:)``).
        public var name: String
        public var table: Table
    }

    public var sheets: [Sheet]

    /// A workbook of `tables`, named by ``sheetName(_:taken:)`` in order.
    /// - Complexity: O(tables × name length).
    public init(_ tables: [(name: String, table: Table)]) {
        var taken: [String] = []
        sheets = tables.map { name, table in
            let sheet = Sheet(name: Self.sheetName(name, taken: taken), table: table)
            taken.append(sheet.name)
            return sheet
        }
    }

    /// The sheets of `report`: a "Summary" (one column headed by the title: the lead and the
    /// key findings) when it has a lead or findings, then one per section.
    /// - Complexity: O(sections + highlights).
    public init(_ report: Report) {
        var tables: [(name: String, table: Table)] = []
        let summary = (report.lead.isEmpty ? [] : [report.lead]) + report.highlights
        if !summary.isEmpty {
            tables.append(("Summary", Table(columns: [report.title], rows: summary.map { [.text($0)] })))
        }
        tables += report.sections.map { ($0.title, $0.table) }
        self.init(tables)
    }

    /// `name` as Excel allows a sheet name: `[ ] : * ? / \` and control characters as
    /// spaces, no leading or trailing apostrophe or space, at most 31 characters, "Sheet"
    /// when nothing is left, and a " (2)", " (3)"… suffix when a name in `taken` is equal
    /// ignoring case.
    ///
    /// ```swift
    /// XLSXWorkbook.sheetName("Who bridges: [A/B]?", taken: [])   // "Who bridges   A B"
    /// ```
    /// - Complexity: O(name length × taken).
    public static func sheetName(_ name: String, taken: [String]) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(name.map { c in forbidden.contains(c) || c.isControlLike ? " " : c })
        cleaned = cleaned.trimmed(of: [" ", "'"])
        if cleaned.isEmpty { cleaned = "Sheet" }
        func fit(_ s: String, suffix: String) -> String {
            String(s.prefix(31 - suffix.count)).trimmed(of: [" ", "'"]) + suffix
        }
        var candidate = fit(cleaned, suffix: "")
        var n = 2
        let lowered = Set(taken.map { $0.lowercased() })
        while lowered.contains(candidate.lowercased()) {
            candidate = fit(cleaned, suffix: " (\(n))")
            n += 1
        }
        return candidate
    }
}

extension Character {
    /// A C0 or C1 control, or a line or paragraph separator.
    fileprivate var isControlLike: Bool {
        unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
    }
}

extension String {
    /// `self` without the leading and trailing characters in `set`.
    fileprivate func trimmed(of set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
