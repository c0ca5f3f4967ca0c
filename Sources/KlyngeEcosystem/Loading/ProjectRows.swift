import Foundation

/// Reading `projects.csv`: dates in ISO or Norwegian form, public shares as fractions or percentages.
extension DatasetLoader {
    /// The date formats a project's start and end may be written in, for messages.
    static let dateFormats = "YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY or MM.YYYY"

    func readProjects(_ t: CSVTable, _ problems: inout [DatasetProblem]) -> ([Project], [String: Int]) {
        var seen: [String: Int] = [:]
        let excluded = PersonalColumns.excluded(from: t, known: Self.projectColumns, included: includePersonal)
        let extra = t.attributeColumns(known: excluded)
        let out: [Project] = eachRow(t, &problems) { line, f, problem in
            let id = uniqueID(t.value("id", in: f), line: line, seen: &seen, problem)
            let startText = t.value("start", in: f) ?? ""
            let unknownStart = startText == Self.unknownDate || foldedKey(startText) == "ukjent"
            let start = unknownStart ? nil : PartialDate(parsing: startText)
            if start == nil && !unknownStart {
                problem(
                    "start",
                    startText.isEmpty
                        ? "empty start date (write '\(Self.unknownDate)' when it is not known)"
                        : "bad date '\(startText)' (expected \(Self.dateFormats.replacingLast(" or ", with: ", ")) or \(Self.unknownDate))"
                )
            }
            var end: PartialDate?
            if let endText = t.value("end", in: f) {
                end = PartialDate(parsing: endText)
                if end == nil {
                    problem("end", "bad date '\(endText)' (expected \(Self.dateFormats))")
                } else if let start, end! < start {
                    problem("end", "end \(endText) is before start \(startText)")
                }
            }
            var share: Double?
            if let s = t.value("public_share", in: f) {
                if let x = NumberReading.share(s) {
                    if x < 0 || x > 1 { problem("public_share", "public share \(s) is outside 0–1") } else { share = x }
                } else {
                    problem("public_share", "public share '\(s)' is not a number")
                }
            }
            guard start != nil || unknownStart else { return nil }
            return Project(
                id: id,
                title: t.value("title", in: f),
                start: start,
                end: end,
                topics: list(t.value("topics", in: f)),
                programme: t.value("programme", in: f),
                publicShare: share,
                attributes: t.attributes(f, columns: extra)
            )
        }
        return (out, seen)
    }
}

extension String {
    /// `self` with its last occurrence of `target` replaced.
    fileprivate func replacingLast(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
