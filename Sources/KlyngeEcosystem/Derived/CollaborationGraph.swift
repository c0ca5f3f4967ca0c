import KlyngeGraph

/// How ``Ecosystem/collaborationGraph(weighting:years:includeRelations:)`` weighs a tie.
public enum CollaborationWeighting: String, Sendable, CaseIterable {
    /// Number of projects the two members share.
    case sharedProjects = "shared-projects"
    /// Newman's collaboration weight: Σ over shared projects of 1/(k − 1), k the
    /// project's member count. Matches `networkx.bipartite.collaboration_weighted_projected_graph`.
    /// Newman 2001, doi:10.1103/PhysRevE.64.016132.
    case newman
}

extension Ecosystem {
    /// Projects active in `years` (inclusive): started by its end and not ended before its start
    /// (a project without an end date counts as active in its start year only). All when nil.
    /// A project whose start is unknown is in no window.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let active = eco.projects(activeIn: 2018...2022)  // indices into eco.projects
    /// ```
    ///
    /// - Complexity: O(*P*) for *P* projects.
    public func projects(activeIn years: ClosedRange<Int>?) -> [Int] {
        guard let years else { return Array(projects.indices) }
        return projects.indices.filter { p in
            guard let s = projects[p].start?.year else { return false }
            let e = projects[p].end?.year ?? s
            return s <= years.upperBound && e >= years.lowerBound
        }
    }

    /// The member × member collaboration graph: an edge between two members who
    /// share a project (active in `years`, when given), weighted by `weighting`.
    /// Every member is a node (ids = member ids), even without ties, so rankings
    /// cover the whole membership. With `includeRelations`, each explicit relation
    /// adds its weight to the tie.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/florentine-families")
    /// let graph = try eco.collaborationGraph(includeRelations: true)  // the 20 marriages
    /// let scores = try graph.betweenness()  // Medici 0.522, as networkx.florentine_families_graph()
    /// ```
    ///
    /// - Complexity: O(Σ_p k_p² + V + E log d) time, k_p the member count of project p.
    /// - Throws: `GraphError.tooLarge` past 2³¹ arcs (nothing else can fail: weights are positive).
    public func collaborationGraph(
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil,
        includeRelations: Bool = false
    ) throws(GraphError) -> CSRGraph {
        var b = GraphBuilder(directed: false, weighted: true, duplicates: .sumWeights)
        b.reserve(nodes: members.count, edges: participations.count * 4)
        for m in members { b.addNode(m.id) }
        let byProject = membersByProject
        for p in projects(activeIn: years) {
            let ms = byProject[p].map(\.member)
            let k = ms.count
            guard k >= 2 else { continue }
            let w = weighting == .newman ? 1 / Double(k - 1) : 1
            for i in 0..<k {
                for j in i + 1..<k {
                    try b.addEdge(index: ms[i], index: ms[j], weight: w)
                }
            }
        }
        if includeRelations {
            for r in relations where years.map({ y in (r.since ?? y.lowerBound) <= y.upperBound }) ?? true {
                try b.addEdge(index: r.source, index: r.target, weight: r.weight)
            }
        }
        return try b.build()
    }

    /// The two-mode graph: members (indices `0..<members.count`, ids = member ids)
    /// and projects (the following indices, ids `project:<id>`), an edge per participation.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/davis-southern-women")
    /// let twoMode = try eco.memberProjectGraph()  // 18 women + 14 events, 89 edges
    /// ```
    ///
    /// - Complexity: O(V + E log d).
    public func memberProjectGraph(years: ClosedRange<Int>? = nil) throws(GraphError) -> CSRGraph {
        var b = GraphBuilder(directed: false, weighted: false)
        for m in members { b.addNode(m.id) }
        for p in projects { b.addNode("project:" + p.id) }
        let active = Set(projects(activeIn: years))
        for p in participations where active.contains(p.project) {
            try b.addEdge(index: p.member, index: members.count + p.project)
        }
        return try b.build()
    }

    /// Clusters as nodes (sorted by name), tied by the number of members they share.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let clusters = try eco.clusterCoMembershipGraph()  // 4 nodes, weighted by shared members
    /// ```
    ///
    /// - Complexity: O(Σ_members c²), c the clusters of a member.
    public func clusterCoMembershipGraph() throws(GraphError) -> CSRGraph {
        var b = GraphBuilder(directed: false, weighted: true, duplicates: .sumWeights)
        var index: [String: Int] = [:]
        for c in clusters { index[c] = b.addNode(c) }
        for m in members {
            let cs = Array(Set(m.clusters)).compactMap { index[$0] }.sorted()
            for i in 0..<cs.count { for j in i + 1..<cs.count { try b.addEdge(index: cs[i], index: cs[j], weight: 1) } }
        }
        return try b.build()
    }
}
