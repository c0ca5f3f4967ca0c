import KlyngeGraph

/// The topics a member without topics of its own is given: those of its projects, most
/// frequent first, equal counts by name in UTF-8 byte order (``Ranking/precedes(_:_:)``), a
/// topic counted once per participation (twice when a project lists it twice).
///
/// Topics are numbered once (their rank by name decides ties), each project's topics become
/// numbers, and each member's counts are kept in one array shared by all members, so no
/// member needs a dictionary of its own.
///
/// ```swift
/// // Member 0 in projects 0 (topics ai, health) and 1 (health): health (2), then ai (1).
/// DefaultTopics.fill(&members, projects: projects, participations: participations)
/// print(members[0].topics)  // ["health", "ai"]
/// ```
///
/// - Complexity: O(total topics of the projects · log) to number them, then O(*k* log *k*)
///   per member for its *k* topic mentions.
struct DefaultTopics {
    /// Distinct topic names, by number.
    private let names: [String]
    /// Each topic's place among the names in UTF-8 byte order.
    private let nameRank: [Int]
    /// Each project's topics, as numbers, in the project's order.
    private let projectTopics: [[Int]]

    private init(projects: [Project]) {
        var number = ByteKeyIndex()
        var names: [String] = []
        projectTopics = projects.map { p in
            p.topics.map { t in
                if let n = number.insert(t, value: names.count) { return n }
                names.append(t)
                return names.count - 1
            }
        }
        var rank = [Int](repeating: 0, count: names.count)
        for (place, n) in names.indices.sorted(by: { Ranking.idPrecedes(names[$0], names[$1]) }).enumerated() {
            rank[n] = place
        }
        self.names = names
        nameRank = rank
    }

    /// Gives each member of `members` that has no topics the topics of its projects, ranked
    /// (one mention per participation in `participations`).
    ///
    /// ```swift
    /// DefaultTopics.fill(&members, projects: projects, participations: participations)
    /// ```
    ///
    /// - Complexity: O(members + participations + topic mentions · log).
    static func fill(_ members: inout [Member], projects: [Project], participations: [Participation]) {
        guard members.contains(where: \.topics.isEmpty) else { return }
        let topics = DefaultTopics(projects: projects)
        // Each member's participations' projects, member by member (counting sort, input order kept).
        var start = [Int](repeating: 0, count: members.count + 1)
        for p in participations { start[p.member + 1] += 1 }
        for i in members.indices { start[i + 1] += start[i] }
        var next = start
        var projectOf = [Int](repeating: 0, count: participations.count)
        for p in participations {
            projectOf[next[p.member]] = p.project
            next[p.member] += 1
        }
        // Each member's ranking is a function of its own projects: ranked in parallel chunks, each
        // with its own counts, so the same whatever the number of workers; then given in order.
        let wanted = members.map { $0.topics.isEmpty }
        var ranked = [[String]](repeating: [], count: members.count)
        let (starts, projectOfEach) = (start, projectOf)
        ranked.withParallelSlots { slots in
            parallelChunks(count: wanted.count, threads: nil, minChunk: 4096) { range in
                var counts = [Int](repeating: 0, count: topics.names.count)
                var seen: [Int] = []
                for i in range where wanted[i] {
                    slots[i] = topics.ranked(projectOfEach[starts[i]..<starts[i + 1]], counts: &counts, seen: &seen)
                }
            }
        }
        for i in members.indices where wanted[i] { members[i].topics = ranked[i] }
    }

    /// The topics of `projects` (one entry per participation), ranked. `counts` holds one zero
    /// per topic, and is left so; `seen` is scratch.
    private func ranked(_ projects: ArraySlice<Int>, counts: inout [Int], seen: inout [Int]) -> [String] {
        seen.removeAll(keepingCapacity: true)
        for p in projects {
            for t in projectTopics[p] {
                if counts[t] == 0 { seen.append(t) }
                counts[t] += 1
            }
        }
        guard !seen.isEmpty else { return [] }
        let order = seen.sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : nameRank[a] < nameRank[b] }
        for t in seen { counts[t] = 0 }
        return order.map { names[$0] }
    }
}
