import KlyngeGraph

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
        // A pair seen before is a duplicate. Pairs whose project and member both resolve are
        // keyed by their indices (project · members + member); the others by their texts, which
        // can never equal a resolved pair's (an id that resolves is never left as text).
        var seenPairs: [Int: Int] = [:]
        var seenTexts: [String: Int] = [:]
        seenPairs.reserveCapacity(t.rows.count)
        let memberCount = members.ids.count
        let excluded = PersonalColumns.excluded(from: t, known: Self.participationColumns, included: includePersonal)
        let extra = t.attributeColumns(known: excluded)
        let (projectColumn, memberColumn, roleColumn) = (
            t.index(of: "project"), t.index(of: "member"), t.index(of: "role")
        )
        // What each row's cells say by themselves (its ids looked up, its role read, its
        // attributes), worked out in parallel: a pure function of the row, so the same for any
        // number of workers. The checks that follow, in file order, use them.
        let byID = members.byID
        var cells = [Cells](repeating: Cells(), count: t.rows.count)
        cells.withParallelSlots { slots in
            parallelChunks(count: t.rows.count, threads: nil, minChunk: 8192) { range in
                // Rows come grouped by project, most often: the previous row's project is looked up once.
                var last: (pid: String, p: Int?) = ("", nil)
                for i in range {
                    let f = t.rows[i].fields
                    let pid = t.value(at: projectColumn, in: f) ?? ""
                    let mtext = t.value(at: memberColumn, in: f) ?? ""
                    if pid != last.pid { last = (pid, projects[pid]) }
                    let roleText = t.value(at: roleColumn, in: f)
                    slots[i] = Cells(
                        pid: pid,
                        mtext: mtext,
                        p: last.p,
                        memberByID: byID[mtext],
                        roleText: roleText,
                        role: roleText.flatMap { ParticipationRole(parsing: $0) },
                        attributes: t.attributes(f, columns: extra)
                    )
                }
            }
        }
        var keptLines: [Int] = []
        return eachRow(t, &problems, keptLines: &keptLines) { index, line, _, problem in
            let c = cells[index]
            let (pid, mtext, p) = (c.pid, c.mtext, c.p)
            if pid.isEmpty {
                problem("project", "empty project id")
            } else if p == nil && refs.unknownProject(pid) {
                problem("project", "unknown project '\(pid)'")
            }
            // A member named by its id needs no more; any other reference is resolved here.
            let m = c.memberByID ?? resolveMember(mtext, column: "member", members: members, refs: refs, problem)
            var role = ParticipationRole.partner
            if let r = c.roleText {
                if let parsed = c.role {
                    role = parsed
                } else {
                    problem("role", ParticipationRole.unknownMessage(r))
                }
            }
            if let p, let m {
                let key = p * memberCount + m
                if let first = seenPairs[key] {
                    problem(
                        "member",
                        "member '\(members.ids[m])' already takes part in project '\(pid)' (line \(first))"
                    )
                } else {
                    seenPairs[key] = line
                }
            } else if !pid.isEmpty && !mtext.isEmpty {
                let mid = m.map { members.ids[$0] } ?? mtext
                let key = pid + "\u{0}" + mid
                if let first = seenTexts[key] {
                    problem("member", "member '\(mid)' already takes part in project '\(pid)' (line \(first))")
                } else {
                    seenTexts[key] = line
                }
            }
            guard let p, let m else { return nil }
            return Participation(project: p, member: m, role: role, attributes: c.attributes)
        }
    }

    /// A participation row's cells, read and looked up before the row is checked.
    private struct Cells: Sendable {
        var pid = ""
        var mtext = ""
        /// The project's index, when its id is known.
        var p: Int?
        /// The member's index, when the cell is a member's id.
        var memberByID: Int?
        var roleText: String?
        /// The role read from ``roleText``; nil when there is none or it is unknown.
        var role: ParticipationRole?
        var attributes: [String: String] = [:]
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
