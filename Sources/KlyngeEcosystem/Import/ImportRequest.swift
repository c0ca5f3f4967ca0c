import KlyngeGraph

/// What `klynge import` is asked to do: the registers to read, how, and where to write the dataset.
package struct ImportRequest: Sendable {
    /// The members register (`.csv`, `.txt`, `.tsv` or `.xlsx`) and, for a workbook, its sheet.
    package var members: String
    package var membersSheet: String?
    /// The projects register, which may carry partners and coordinator columns.
    package var projects: String?
    package var projectsSheet: String?
    package var participations: String?
    package var relations: String?
    /// Lines `their header = our column`, `their value = our kind`.
    package var mapping: String?
    /// Leave rows with errors out (listed in the README) instead of refusing.
    package var setAside = false
    /// Keep the columns with people's names, e-mail addresses and phone numbers.
    package var includePersonal = false
    /// Replace an existing dataset folder at ``output``.
    package var force = false
    /// The dataset folder to write.
    package var output: String

    package init(members: String, output: String) {
        self.members = members
        self.output = output
    }
}

/// A finished import: the dataset written and what to tell the user.
package struct ImportResult: Sendable {
    /// The ecosystem as written (and as `klynge validate` reads it back).
    package let ecosystem: Ecosystem
    /// Lines for standard output: what was read, converted, left out and written.
    package let lines: [String]
}

/// An import refused: every problem of the registers (file, sheet, line, column), nothing written.
package struct ImportRefused: KlyngeError {
    package let problems: [DatasetProblem]
    package let output: String
    /// `true` when every problem is in a row `--set-aside` could leave out.
    package var rowsAtFault = false
    package var description: String { messages.joined(separator: "\n") }
    package var messages: [String] {
        problems.map(\.description) + [
            "\(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing written to \(output)"
        ]
    }
    package var hint: String? {
        rowsAtFault
            ? "correct the registers, or give --set-aside to leave the rows at fault out (listed in the README)" : nil
    }
}
