import KlyngeEcosystem

/// A document made of titled tables, rendered as aligned text, Markdown or JSON.
public struct Report: Sendable {
    public struct Section: Sendable {
        public var title: String
        /// One sentence on what the table shows (omitted when empty).
        public var note: String
        public var table: Table
        /// The JSON key of this section.
        public var key: String
        /// SVG documents (``LineChart/svg(width:height:)``) drawn before the table in the HTML
        /// page; the text formats and workbooks leave them out.
        public var figures: [String] = []
        public init(key: String, title: String, note: String = "", table: Table) {
            self.key = key
            self.title = title
            self.note = note
            self.table = table
        }
    }

    public var title: String
    /// A paragraph right after the title, before the key findings (omitted when empty).
    public var lead: String = ""
    /// Key findings in plain sentences, shown before the sections.
    public var highlights: [String]
    public var sections: [Section]
    public init(title: String, highlights: [String] = [], sections: [Section] = []) {
        self.title = title
        self.highlights = highlights
        self.sections = sections
    }

    /// The report in `format`: `table` and `md` give titled sections; `json` an
    /// object with `title` and one array of row objects per section key; `csv`
    /// the sections one after another, each preceded by a `# title` line.
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table:
            var out = title + "\n" + String(repeating: "=", count: title.count) + "\n"
            if !lead.isEmpty { out += lead + "\n" }
            if !highlights.isEmpty { out += "\n" + highlights.map { "* " + $0 }.joined(separator: "\n") + "\n" }
            for s in sections {
                out += "\n" + s.title + "\n" + String(repeating: "-", count: s.title.count) + "\n"
                if !s.note.isEmpty { out += s.note + "\n" }
                out += s.table.render(.table)
            }
            return out
        case .md:
            var out = "# " + title + "\n"
            if !lead.isEmpty { out += "\n" + lead + "\n" }
            if !highlights.isEmpty {
                out += "\n## Key findings\n\n" + highlights.map { "- " + $0 }.joined(separator: "\n") + "\n"
            }
            for s in sections {
                out += "\n## " + s.title + "\n\n"
                if !s.note.isEmpty { out += s.note + "\n\n" }
                out += s.table.render(.md)
            }
            return out
        case .csv:
            return csv(.standard)
        case .json:
            var out = "{\n  \"title\": " + Escape.json(title)
            if !lead.isEmpty { out += ",\n  \"lead\": " + Escape.json(lead) }
            if !highlights.isEmpty {
                out += ",\n  \"highlights\": [" + highlights.map(Escape.json).joined(separator: ", ") + "]"
            }
            for s in sections {
                let rows = s.table.render(.json).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
                out += ",\n  " + Escape.json(s.key) + ": " + rows.dropFirst(2)
            }
            return out + "\n}\n"
        }
    }
}
