import KlyngeGraph

/// Reading `participations.csv`: members named by id, organisation number or unique name;
/// roles in English or Norwegian.
extension DatasetLoader {
    func readParticipations(
        _ t: CSVTable,
        members: MemberReferences,
        projects: ByteKeyIndex,
        refs: References,
        _ problems: inout [DatasetProblem]
    ) -> [Participation] {
        // A pair seen before is a duplicate. Pairs whose project and member both resolve are
        // keyed by their indices (project · members + member); the others by their texts, which
        // can never equal a resolved pair's (an id that resolves is never left as text).
        var seenPairs = IntKeyTable(expected: 0)
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
        // Ids are looked up straight from the file's bytes where they can be read in place (no
        // spaces to trim, no doubled quotes), else from their text: the same index either way.
        let byID = members.byID
        var cells = [Cells](repeating: Cells(), count: t.rowCount)
        cells.withParallelSlots { slots in
            parallelChunks(count: t.rowCount, threads: nil, minChunk: 8192) { range in
                // Most rows repeat a role or two: the previous row's is read once.
                var lastRole: (text: [UInt8], role: ParticipationRole?) = ([], nil)
                for i in range {
                    let p =
                        t.withValueBytes(at: projectColumn, row: i) { projects.value(of: $0) }
                        ?? t.value(at: projectColumn, row: i).flatMap { projects.value(of: $0) }
                    let (memberByID, memberNamed) =
                        t.withValueBytes(at: memberColumn, row: i) {
                            $0.count > 0 ? (byID.value(of: $0), true) : (nil, false)
                        }
                        ?? {
                            let text = t.value(at: memberColumn, row: i)
                            return (text.flatMap { byID.value(of: $0) }, text != nil)
                        }()
                    var role: ParticipationRole?
                    let hasRole =
                        t.withValueBytes(at: roleColumn, row: i) { b -> Bool in
                            guard b.count > 0 else { return false }
                            if !lastRole.text.elementsEqual(b) {
                                lastRole = (Array(b), ParticipationRole(parsing: String(decoding: b, as: UTF8.self)))
                            }
                            role = lastRole.role
                            return true
                        }
                        ?? {
                            guard let text = t.value(at: roleColumn, row: i) else { return false }
                            role = ParticipationRole(parsing: text)
                            return true
                        }()
                    slots[i] = Cells(
                        p: p.map { Int32(truncatingIfNeeded: $0) } ?? -1,
                        memberByID: memberByID.map { Int32(truncatingIfNeeded: $0) } ?? -1,
                        memberNamed: memberNamed,
                        hasRole: hasRole,
                        role: role
                    )
                }
            }
        }
        let repeats = pairRepeats(t, cells, memberCount: memberCount)
        if repeats == nil { seenPairs = IntKeyTable(expected: t.rowCount) }
        return eachRow(t, &problems) { index, line, problem in
            let c = cells[index]
            let p = c.p >= 0 ? Int(c.p) : nil
            // A project that resolved has a non-empty id: its text is needed only for messages.
            let pid = p == nil ? t.value(at: projectColumn, row: index) ?? "" : ""
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
                mtext = t.value(at: memberColumn, row: index) ?? ""
                m = resolveMember(mtext, column: "member", members: members, refs: refs, problem)
            }
            var role = ParticipationRole.partner
            if c.hasRole {
                if let parsed = c.role {
                    role = parsed
                } else {
                    problem("role", ParticipationRole.unknownMessage(t.value(at: roleColumn, row: index) ?? ""))
                }
            }
            if let p, let m {
                let repeated =
                    repeats.map { $0[index] >= 0 ? Int($0[index]) : nil } ?? seenPairs.insert(p * memberCount + m, line)
                if let first = repeated {
                    problem(
                        "member",
                        "member '\(members.ids[m])' already takes part in project '\(t.value(at: projectColumn, row: index) ?? "")' (line \(first))"
                    )
                }
            } else if !pid.isEmpty || p != nil, !mtext.isEmpty || m != nil {
                let pid = pid.isEmpty ? t.value(at: projectColumn, row: index) ?? "" : pid
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

    /// For each row of the header's width whose project and member are both ids (from `cells`),
    /// the line of the first such row with the same pair when it is a later one, else -1; nil
    /// when some row with a known project names its member other than by id (its member is
    /// resolved only while checking, so its pair is checked then, with every other).
    ///
    /// The rows are put in order of project (a counting sort, file order kept within a
    /// project), then each project's members are marked in one array over all members: no
    /// hashing, and the pairs' first lines are those the file order gives.
    ///
    /// - Complexity: O(rows + projects + members).
    private func pairRepeats(_ t: CSVTable, _ cells: [Cells], memberCount: Int) -> [Int32]? {
        let width = t.header.count
        var projectCount = 0
        for (i, c) in cells.enumerated() where c.p >= 0 && t.width(i) == width {
            if c.memberByID < 0 && c.memberNamed { return nil }
            projectCount = max(projectCount, Int(c.p) + 1)
        }
        var start = [Int](repeating: 0, count: projectCount + 1)
        for (i, c) in cells.enumerated() where c.p >= 0 && c.memberByID >= 0 && t.width(i) == width {
            start[Int(c.p) + 1] += 1
        }
        for p in 0..<projectCount { start[p + 1] += start[p] }
        var next = start
        var order = [Int](repeating: 0, count: start[projectCount])
        for (i, c) in cells.enumerated() where c.p >= 0 && c.memberByID >= 0 && t.width(i) == width {
            order[next[Int(c.p)]] = i
            next[Int(c.p)] += 1
        }
        var repeats = [Int32](repeating: -1, count: cells.count)
        var mark = [Int32](repeating: -1, count: memberCount)
        var firstLine = [Int32](repeating: 0, count: memberCount)
        for p in 0..<projectCount {
            for i in order[start[p]..<start[p + 1]] {
                let m = Int(cells[i].memberByID)
                if mark[m] == Int32(p) {
                    repeats[i] = firstLine[m]
                } else {
                    mark[m] = Int32(p)
                    firstLine[m] = Int32(t.line(i))
                }
            }
        }
        return repeats
    }

    /// A participation row's cells, read and looked up before the row is checked.
    private struct Cells: Sendable {
        /// The project's index, when its id is known; else -1.
        var p: Int32 = -1
        /// The member's index, when the cell is a member's id; else -1.
        var memberByID: Int32 = -1
        /// Whether the member cell is not empty.
        var memberNamed = false
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
