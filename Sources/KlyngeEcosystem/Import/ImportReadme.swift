/// The README.md of an imported dataset: where it came from (each source file with its sheet,
/// rows and SHA-256), the conversions made, the personal-data columns left out and the rows set
/// aside with their reasons. Its title says SYNTHETIC when a source folder's README does.
struct ImportReadme {
    var name: String
    var synthetic: Bool
    var sources: [RegisterSource]
    var conversions: [String]
    var personal: [String]
    var includePersonal: Bool
    var setAside: [DatasetProblem]
    /// The warnings and notes of the dataset as written (a likely duplicate, a county read through
    /// the municipality…).
    var notices: [DatasetProblem] = []

    /// The Markdown text.
    ///
    /// ```swift
    /// let text = ImportReadme(name: "register", synthetic: false, sources: [members], conversions: [],
    ///                         personal: [], includePersonal: false, setAside: []).text
    /// ```
    ///
    /// - Complexity: O(size of the lists).
    var text: String {
        var s = "# \(name) — imported by `klynge import`\(synthetic ? " (SYNTHETIC)" : "")\n\n"
        if synthetic {
            s += "The source register says it is SYNTHETIC: its members and projects are invented.\n\n"
        }
        s += "Made from the registers below. Provenance and licence are those of the source files; "
        s +=
            "this import does not state them.\n\n## Source files\n\n| file | sheet | rows | SHA-256 |\n|---|---|---|---|\n"
        for src in sources {
            s += "| \(cell(src.path)) | \(cell(src.sheet ?? "—")) | \(src.rowsRead) | `\(src.sha256)` |\n"
        }
        s += "\n## Conversions\n\n"
        s += "Headers, kinds, roles, dates and numbers were written in their canonical form (UTF-8, commas, "
        s += "ISO dates, `;` between list items).\n"
        for c in conversions { s += "- \(c)\n" }
        s += "\n## Personal data\n\n"
        if personal.isEmpty {
            s += "No column with people's names, e-mail addresses or phone numbers was found.\n"
        } else if includePersonal {
            s += "Kept (`--include-personal`): " + personal.joined(separator: ", ") + ".\n"
        } else {
            s += "Left out (give `--include-personal` to keep them):\n"
            for p in personal { s += "- \(p)\n" }
        }
        if !setAside.isEmpty {
            s += "\n## Rows set aside\n\nLeft out by `--set-aside`, with the reason:\n\n"
            for p in setAside { s += "- \(p.description)\n" }
        }
        if !notices.isEmpty {
            s += "\n## Warnings and notes\n\nFound when the dataset was checked; none refuses it:\n\n"
            for p in notices { s += "- \(p.description)\n" }
        }
        return s
    }

    private func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
