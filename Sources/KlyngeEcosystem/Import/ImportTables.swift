/// The registers of one import as they go to validation: members, the optional projects,
/// participations and relations, and the participations made from a projects register.
/// `--set-aside` takes rows out of them by the file and line a problem names.
struct ImportTables {
    var members: RegisterSource
    var projects: RegisterSource?
    var participations: RegisterSource?
    var relations: RegisterSource?
    var made = PartnerParticipations()

    /// The tables for ``DatasetLoader/validate(tables:problems:)``.
    func dataset(name: String) -> DatasetTables {
        var madeTable: CSVTable?
        if !made.columns.isEmpty {
            var ignored: [DatasetProblem] = []
            madeTable = CSVTable(
                file: RegisterImport.madeFile,
                header: ["project", "member", "role"],
                rows: made.rows,
                problems: &ignored
            )
        }
        return DatasetTables(
            name: name,
            readme: "# \(name)",
            members: members.table,
            projects: projects?.table,
            participations: participations?.table ?? madeTable,
            relations: relations?.table
        )
    }

    /// A problem as the user reads it: one in the made participations is told at the project's
    /// row and its partners or coordinator column.
    func told(_ p: DatasetProblem) -> DatasetProblem {
        p.file == RegisterImport.madeFile ? made.located(p, projectsFile: projects?.file ?? "") : p
    }

    /// `true` when `p` names a row (not a header or a whole file) that ``remove(_:)`` can take out.
    ///
    /// ```swift
    /// let settable = errors.allSatisfy(tables.hasRow)
    /// ```
    ///
    /// - Complexity: O(rows of that table).
    func hasRow(_ p: DatasetProblem) -> Bool {
        guard let line = p.line else { return false }
        if p.file == RegisterImport.madeFile { return made.rows.contains { $0.line == line } }
        return [members, projects, participations, relations].contains { source in
            source?.file == p.file && source!.rows.contains { $0.line == line }
        }
    }

    /// Takes out the row `p` names.
    /// - Complexity: O(rows of that table).
    mutating func remove(_ p: DatasetProblem) {
        guard let line = p.line else { return }
        if p.file == RegisterImport.madeFile {
            made.rows.removeAll { $0.line == line }
        } else if members.file == p.file {
            members.rows.removeAll { $0.line == line }
        } else if projects?.file == p.file {
            projects?.rows.removeAll { $0.line == line }
        } else if participations?.file == p.file {
            participations?.rows.removeAll { $0.line == line }
        } else if relations?.file == p.file {
            relations?.rows.removeAll { $0.line == line }
        }
    }
}
