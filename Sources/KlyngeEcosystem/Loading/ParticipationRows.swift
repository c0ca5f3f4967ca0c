/// Reading `participations.csv`: members named by id, organisation number or unique name;
/// roles in English or Norwegian.
extension DatasetLoader {
    func readParticipations(
        _ t: CSVTable,
        members: MemberReferences,
        projects: [String: Int],
        refs: References,
        _ problems: inout [DatasetProblem]
    ) -> [Participation] {
        var seen: [String: Int] = [:]
        let excluded = PersonalColumns.excluded(from: t, known: Self.participationColumns, included: includePersonal)
        let extra = t.attributeColumns(known: excluded)
        return eachRow(t, &problems) { line, f, problem in
            let pid = t.value("project", in: f) ?? ""
            let mtext = t.value("member", in: f) ?? ""
            let p = projects[pid]
            if pid.isEmpty {
                problem("project", "empty project id")
            } else if refs.unknownProject(pid) {
                problem("project", "unknown project '\(pid)'")
            }
            let m = resolveMember(mtext, column: "member", members: members, refs: refs, problem)
            var role = ParticipationRole.partner
            if let r = t.value("role", in: f) {
                if let parsed = ParticipationRole(parsing: r) {
                    role = parsed
                } else {
                    problem("role", ParticipationRole.unknownMessage(r))
                }
            }
            let mid = m.map { members.ids[$0] } ?? mtext
            let key = pid + "\u{0}" + mid
            if !pid.isEmpty && !mid.isEmpty {
                if let first = seen[key] {
                    problem("member", "member '\(mid)' already takes part in project '\(pid)' (line \(first))")
                } else {
                    seen[key] = line
                }
            }
            guard let p, let m else { return nil }
            return Participation(project: p, member: m, role: role, attributes: t.attributes(f, columns: extra))
        }
    }

    /// The member a `member`/`source`/`target` cell names; reports an empty, unknown or
    /// ambiguous reference (an id whose own row has a problem is not reported again).
    func resolveMember(
        _ text: String,
        column: String,
        members: MemberReferences,
        refs: References,
        _ problem: (String?, String) -> Void
    ) -> Int? {
        if text.isEmpty {
            problem(column, "empty member id")
            return nil
        }
        switch members.resolve(text) {
        case .member(let i):
            return i
        case .ambiguous(let candidates):
            problem(column, members.ambiguityMessage(text, candidates))
        case .unknown:
            if refs.unknownMember(text) { problem(column, "unknown member '\(text)'") }
        }
        return nil
    }
}
