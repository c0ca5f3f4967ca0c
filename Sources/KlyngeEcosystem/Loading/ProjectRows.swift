import Foundation

/// Reading `projects.csv`: dates in ISO or Norwegian form, public shares as fractions or percentages.
extension DatasetLoader {
    /// The date formats a project's start and end may be written in, for messages.
    static let dateFormats = "YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY or MM.YYYY"

    /// The projects read, every id the file defines (with its row) and each id's project (the
    /// first project of an id).
    func readProjects(
        _ t: CSVTable,
        _ problems: inout [DatasetProblem]
    ) -> (projects: [Project], rows: ByteKeyIndex, byID: ByteKeyIndex) {
        var seen = ByteKeyIndex(capacity: t.rowCount)
        let excluded = PersonalColumns.excluded(from: t, known: Self.projectColumns, included: includePersonal)
        let attributes = t.attributeTable(columns: t.attributeColumns(known: excluded))
        let (idColumn, titleColumn, startColumn, endColumn) = (
            t.index(of: "id"), t.index(of: "title"), t.index(of: "start"), t.index(of: "end")
        )
        let (topicsColumn, programmeColumn, shareColumn) = (
            t.index(of: "topics"), t.index(of: "programme"), t.index(of: "public_share")
        )
        var keptRows: [Int] = []
        let out: [Project] = eachRow(t, &problems, keptRows: &keptRows) { index, line, problem in
            let id = uniqueID(t.value(at: idColumn, row: index), row: index, of: t, seen: &seen, problem)
            let startText = t.value(at: startColumn, row: index) ?? ""
            // A date's text is never `unknown` or `ukjent`: those are looked for only when it is no date.
            let start = PartialDate(parsing: startText)
            let unknownStart = start == nil && (startText == Self.unknownDate || foldedKey(startText) == "ukjent")
            if start == nil && !unknownStart {
                problem(
                    "start",
                    startText.isEmpty
                        ? "empty start date (write '\(Self.unknownDate)' when it is not known)"
                        : "bad date '\(startText)' (expected \(Self.dateFormats.replacingLast(" or ", with: ", ")) or \(Self.unknownDate))"
                )
            }
            var end: PartialDate?
            if let endText = t.value(at: endColumn, row: index) {
                end = PartialDate(parsing: endText)
                if end == nil {
                    problem("end", "bad date '\(endText)' (expected \(Self.dateFormats))")
                } else if let start, end! < start {
                    problem("end", "end \(endText) is before start \(startText)")
                }
            }
            var share: Double?
            if let s = t.value(at: shareColumn, row: index) {
                if let x = NumberReading.share(s) {
                    if x < 0 || x > 1 { problem("public_share", "public share \(s) is outside 0–1") } else { share = x }
                } else {
                    problem("public_share", "public share '\(s)' is not a number")
                }
            }
            guard start != nil || unknownStart else { return nil }
            var project = Project(
                id: id,
                title: t.value(at: titleColumn, row: index),
                start: start,
                end: end,
                topics: list(t.value(at: topicsColumn, row: index)),
                programme: t.value(at: programmeColumn, row: index),
                publicShare: share
            )
            project.attributeCells = AttributeCells(table: attributes, row: index)
            return project
        }
        var projectOfRow = [Int](repeating: -1, count: t.rowCount)
        for (k, r) in keptRows.enumerated() { projectOfRow[r] = k }
        return (out, seen, seen.mapValues { projectOfRow[$0] })
    }
}

extension String {
    /// `self` with its last occurrence of `target` replaced.
    fileprivate func replacingLast(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
