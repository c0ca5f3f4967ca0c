/// Reading `relations.csv`: two members (by id, organisation number or unique name), a
/// positive weight (decimal comma accepted) and a year.
extension DatasetLoader {
    func readRelations(
        _ t: CSVTable,
        members: MemberReferences,
        refs: References,
        _ problems: inout [DatasetProblem]
    ) -> [Relation] {
        let (sourceColumn, targetColumn, typeColumn) = (
            t.index(of: "source"), t.index(of: "target"), t.index(of: "type")
        )
        let (weightColumn, sinceColumn) = (t.index(of: "weight"), t.index(of: "since"))
        return eachRow(t, &problems) { index, _, problem in
            let stext = t.value(at: sourceColumn, row: index) ?? ""
            let ttext = t.value(at: targetColumn, row: index) ?? ""
            let s = resolveMember(stext, column: "source", members: members, refs: refs, problem)
            let d = resolveMember(ttext, column: "target", members: members, refs: refs, problem)
            if !stext.isEmpty && (stext == ttext || (s != nil && s == d)) {
                problem("target", "a relation needs two different members")
            }
            var weight = 1.0
            if let w = t.value(at: weightColumn, row: index) {
                if let x = NumberReading.decimal(w), x.isFinite, x > 0 {
                    weight = x
                } else {
                    problem("weight", "weight '\(w)' must be a positive number")
                }
            }
            let sinceText = t.value(at: sinceColumn, row: index)
            let since = sinceText.flatMap(year)
            if let sinceText, since == nil { problem("since", "bad year '\(sinceText)' (expected YYYY)") }
            guard let s, let d else { return nil }
            return Relation(
                source: s,
                target: d,
                type: t.value(at: typeColumn, row: index),
                weight: weight,
                since: since
            )
        }
    }
}
