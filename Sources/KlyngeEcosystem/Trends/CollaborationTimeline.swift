import KlyngeGraph

extension Ecosystem {
    /// The years a project runs: its start year to its end year, or its start year alone when
    /// it has no end; nil when its start is unknown.
    ///
    /// ```swift
    /// let p = Project(id: "p1", start: PartialDate(year: 2019, month: 5), end: PartialDate(year: 2021))
    /// Ecosystem.runningYears(of: p)  // 2019...2021
    /// ```
    /// - Complexity: O(1).
    public static func runningYears(of project: Project) -> ClosedRange<Int>? {
        guard let start = project.start?.year else { return nil }
        return start...max(start, project.end?.year ?? start)
    }

    /// The collaboration network through the years: node *i* is member *i* (ids are member
    /// ids); each participation in a dated project makes its member present during the years
    /// the project runs (``runningYears(of:)``), and each pair of members sharing a dated
    /// project has an edge with those years as one of its spells. Projects with an unknown
    /// start are left out; relations are not ties here.
    ///
    /// The graph of one year, `timeline.slice(y...y).graph`, is the collaboration graph of the
    /// projects running in `y` on the members taking part in one.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let timeline = try eco.collaborationTimeline()
    /// let y2020 = timeline.slice(2020...2020).graph  // members active in 2020 and their ties
    /// ```
    ///
    /// - Throws: `GraphError.tooLarge` past 2³¹ − 1 distinct ties.
    /// - Complexity: O(Σ_p k_p² log(Σ_p k_p²) + Σ spell lengths), k_p the members of project p.
    public func collaborationTimeline() throws(GraphError) -> TemporalGraph {
        var b = TemporalGraphBuilder()
        for m in members { b.addNode(m.id) }
        let byProject = membersByProject
        for p in projects.indices {
            guard let years = Self.runningYears(of: projects[p]) else { continue }
            // A member listed twice in one project (two roles) is one participant.
            let ms = Array(Set(byProject[p].map(\.member))).sorted()
            for m in ms { try b.addSpell(node: m, years) }
            for i in ms.indices {
                for j in i + 1..<ms.count { try b.addEdge(index: ms[i], index: ms[j], during: years) }
            }
        }
        return try b.build()
    }
}
