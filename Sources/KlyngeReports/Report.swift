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
        /// The rows the formats for people (text, Markdown, HTML) show, at most; the rest are
        /// counted in a line under the table. CSV, JSON and workbooks keep every row.
        public var shownRows: Int?
        /// The table the formats for people (text, Markdown, HTML) show instead of ``table``:
        /// fewer columns or shorter cells (a match leaves out a newcomer's all-zero network
        /// columns). CSV, JSON and workbooks keep ``table``.
        public var peopleTable: Table?
        public init(key: String, title: String, note: String = "", table: Table) {
            self.key = key
            self.title = title
            self.note = note
            self.table = table
        }

        /// The table as the formats for people show it, and how many rows it leaves out.
        var shown: (table: Table, hidden: Int) {
            let table = peopleTable ?? self.table
            guard let limit = shownRows, table.rows.count > limit else { return (table, 0) }
            var t = table
            t.rows = Array(t.rows.prefix(limit))
            return (t, table.rows.count - limit)
        }
    }

    /// A key finding: a plain sentence with the number that proves it, and why a board
    /// should care.
    public struct Finding: Sendable, Equatable {
        public var statement: String
        public var why: String
        public init(_ statement: String, why: String) {
            self.statement = statement
            self.why = why
        }
    }

    public var title: String
    /// A paragraph right after the title, before the key findings (omitted when empty).
    public var lead: String = ""
    /// Key findings in plain sentences, shown before the sections.
    public var highlights: [String]
    /// The board page's findings with their reasons (the ecosystem report); when present the
    /// formats for people show these instead of ``highlights``.
    public var findings: [Finding] = []
    /// SVG charts on the board page after the findings (HTML only).
    public var boardFigures: [String] = []
    /// The language of the report's own words (headings, number formats, the HTML `lang`).
    public var language: Language = .english
    public var sections: [Section]
    public init(title: String, highlights: [String] = [], sections: [Section] = []) {
        self.title = title
        self.highlights = highlights
        self.sections = sections
    }

    /// The words and number formats of ``language``.
    public var text: ReportText { ReportText.of(language) }

    /// The report in `format`: `table` and `md` give titled sections; `json` an
    /// object with `title` and one array of row objects per section key; `csv`
    /// the sections one after another, each preceded by a `# title` line.
    public func render(_ format: OutputFormat) -> String {
        let text = self.text
        func more(_ hidden: Int) -> String { hidden > 0 ? text("rows.more", text.count(hidden)) + "\n" : "" }
        switch format {
        case .table:
            var out = title + "\n" + String(repeating: "=", count: title.count) + "\n"
            if !lead.isEmpty { out += lead + "\n" }
            if !findings.isEmpty {
                out += "\n" + text("board.findings") + "\n\n"
                out +=
                    findings.enumerated().map { i, f in
                        "\(i + 1). \(f.statement)\n   \(text("board.why")) \(f.why)"
                    }.joined(separator: "\n") + "\n"
            } else if !highlights.isEmpty {
                out += "\n" + highlights.map { "* " + $0 }.joined(separator: "\n") + "\n"
            }
            for s in sections {
                out += "\n" + s.title + "\n" + String(repeating: "-", count: s.title.count) + "\n"
                if !s.note.isEmpty { out += s.note + "\n" }
                let (table, hidden) = s.shown
                if !table.columns.isEmpty { out += table.render(.table, text: text) + more(hidden) }
            }
            return out
        case .md:
            var out = "# " + title + "\n"
            if !lead.isEmpty { out += "\n" + lead + "\n" }
            if !findings.isEmpty {
                out += "\n## " + text("board.findings") + "\n\n"
                out +=
                    findings.enumerated().map { i, f in
                        "\(i + 1). **\(f.statement)**  \n   *\(text("board.why"))* \(f.why)"
                    }.joined(separator: "\n") + "\n"
            } else if !highlights.isEmpty {
                out +=
                    "\n## " + text("board.findings") + "\n\n" + highlights.map { "- " + $0 }.joined(separator: "\n")
                    + "\n"
            }
            for s in sections {
                out += "\n## " + s.title + "\n\n"
                if !s.note.isEmpty { out += s.note + "\n\n" }
                let (table, hidden) = s.shown
                if !table.columns.isEmpty {
                    out += table.render(.md, text: text) + (hidden > 0 ? "\n" : "") + more(hidden)
                }
            }
            return out
        case .csv:
            return csv(.standard)
        case .json:
            var out = "{\n  \"title\": " + Escape.json(title)
            out += ",\n  \"language\": " + Escape.json(language.code)
            if !lead.isEmpty { out += ",\n  \"lead\": " + Escape.json(lead) }
            if !highlights.isEmpty {
                out += ",\n  \"highlights\": [" + highlights.map(Escape.json).joined(separator: ", ") + "]"
            }
            if !findings.isEmpty {
                out += ",\n  \"findings\": ["
                out += findings.map {
                    "{\"statement\": " + Escape.json($0.statement) + ", \"why\": " + Escape.json($0.why) + "}"
                }.joined(separator: ", ")
                out += "]"
            }
            for s in sections where !s.table.columns.isEmpty {
                let rows = s.table.render(.json).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
                out += ",\n  " + Escape.json(s.key) + ": " + rows.dropFirst(2)
            }
            return out + "\n}\n"
        }
    }
}
