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
        var seenPairs = IntKeyTable(expected: t.rows.count)
        var seenTexts: [String: Int] = [:]
        let memberCount = members.ids.count
        let excluded = PersonalColumns.excluded(from: t, known: Self.participationColumns, included: includePersonal)
        let attributes = t.attributeTable(columns: t.attributeColumns(known: excluded))
        let (projectColumn, memberColumn, roleColumn) = (
            t.index(of: "project"), t.index(of: "member"), t.index(of: "role")
        )
        // What each row's cells say by themselves (its ids looked up, its role read), worked out
        // in parallel: a pure function of the row, so the same for any number of workers. The
        // checks that follow, in file order, use them, and read a cell's text again only for a
        // row whose project or member is not an id, or that has a problem.
        let byID = members.byID
        var cells = [Cells](repeating: Cells(), count: t.rows.count)
        cells.withParallelSlots { slots in
            parallelChunks(count: t.rows.count, threads: nil, minChunk: 8192) { range in
                // Rows come grouped by project, most often: the previous row's project is looked up once.
                var last: (pid: String, p: Int32) = ("", -1)
                for i in range {
                    let f = t.rows[i].fields
                    let pid = t.value(at: projectColumn, in: f) ?? ""
                    if pid != last.pid { last = (pid, projects[pid].map(Int32.init) ?? -1) }
                    let roleText = t.value(at: roleColumn, in: f)
                    slots[i] = Cells(
                        p: last.p,
                        memberByID: (t.value(at: memberColumn, in: f)).flatMap { byID[$0] }.map(Int32.init) ?? -1,
                        hasRole: roleText != nil,
                        role: roleText.flatMap { ParticipationRole(parsing: $0) }
                    )
                }
            }
        }
        var keptLines: [Int] = []
        return eachRow(t, &problems, keptLines: &keptLines) { index, line, f, problem in
            let c = cells[index]
            let p = c.p >= 0 ? Int(c.p) : nil
            // A project that resolved has a non-empty id: its text is needed only for messages.
            let pid = p == nil ? t.value(at: projectColumn, in: f) ?? "" : ""
            if p == nil {
                if pid.isEmpty {
                    problem("project", "empty project id")
                } else if refs.unknownProject(pid) {
                    problem("project", "unknown project '\(pid)'")
                }
            }
            // A member named by its id needs no more; any other reference is resolved here.
            var m = c.memberByID >= 0 ? Int(c.memberByID) : nil
            var mtext = ""
            if m == nil {
                mtext = t.value(at: memberColumn, in: f) ?? ""
                m = resolveMember(mtext, column: "member", members: members, refs: refs, problem)
            }
            var role = ParticipationRole.partner
            if c.hasRole {
                if let parsed = c.role {
                    role = parsed
                } else {
                    problem("role", ParticipationRole.unknownMessage(t.value(at: roleColumn, in: f) ?? ""))
                }
            }
            if let p, let m {
                if let first = seenPairs.insert(p * memberCount + m, line) {
                    problem(
                        "member",
                        "member '\(members.ids[m])' already takes part in project '\(t.value(at: projectColumn, in: f) ?? "")' (line \(first))"
                    )
                }
            } else if !pid.isEmpty || p != nil, !mtext.isEmpty || m != nil {
                let pid = pid.isEmpty ? t.value(at: projectColumn, in: f) ?? "" : pid
                let mid = m.map { members.ids[$0] } ?? mtext
                let key = pid + "\u{0}" + mid
                if let first = seenTexts[key] {
                    problem("member", "member '\(mid)' already takes part in project '\(pid)' (line \(first))")
                } else {
                    seenTexts[key] = line
                }
            }
            guard let p, let m else { return nil }
            var participation = Participation(project: p, member: m, role: role)
            participation.attributeCells = AttributeCells(table: attributes, row: index)
            return participation
        }
    }

    /// A participation row's cells, read and looked up before the row is checked.
    private struct Cells: Sendable {
        /// The project's index, when its id is known; else -1.
        var p: Int32 = -1
        /// The member's index, when the cell is a member's id; else -1.
        var memberByID: Int32 = -1
        /// Whether the row has a role.
        var hasRole = false
        /// The role read; nil when there is none or it is unknown.
        var role: ParticipationRole?
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
