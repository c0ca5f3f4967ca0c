import KlyngeGraph

/// A dynamic GEXF 1.2 document of the collaboration network, for Gephi's timeline, and what
/// its spells leave out (``Ecosystem/dynamicGEXF(weighting:years:)`` makes it).
public struct DynamicGEXF: Sendable {
    /// The GEXF 1.2 document (`mode="dynamic"`, `timeformat="date"`).
    public let text: String
    /// The members written as nodes: those in at least one dated project of the selection.
    public let nodeCount: Int
    /// The ties written as edges: pairs of members sharing at least one dated project.
    public let edgeCount: Int
    /// Ids of the projects left out because their start is unknown, in dataset order.
    public let undatedProjects: [String]
    /// Members left out because they take part in no dated project of the selection.
    public let membersLeftOut: Int

    /// One sentence per thing left out, for standard error (empty when nothing is).
    public var notes: [String] {
        var out: [String] = []
        if !undatedProjects.isEmpty {
            let n = undatedProjects.count
            let shown = undatedProjects.prefix(5).joined(separator: ", ") + (n > 5 ? ", …" : "")
            out.append(
                "\(n) project\(n == 1 ? " has" : "s have") no start and \(n == 1 ? "is" : "are") left out of the timeline, with the ties only \(n == 1 ? "it makes" : "they make") (\(shown))"
            )
        }
        if membersLeftOut > 0 {
            out.append(
                "\(membersLeftOut) member\(membersLeftOut == 1 ? " takes" : "s take") part in no dated project and \(membersLeftOut == 1 ? "is" : "are") not in the timeline"
            )
        }
        return out
    }
}

extension Ecosystem {
    /// The collaboration network through time as dynamic GEXF 1.2, for Gephi's timeline.
    ///
    /// Nodes and edges are written as in the static GEXF export
    /// (``Ecosystem/export(_:weighting:years:includeRelations:)`` with ``ExportFormat/gexf``: the
    /// same member attributes and ids), with `mode="dynamic"` and `timeformat="date"` on
    /// `<graph>` and a `<spells>` element on every node and edge (GEXF 1.2 dynamics,
    /// <https://gexf.net/dynamics.html>; schema `1.2/dynamics.xsd` of github.com/gephi/gexf):
    /// - a project runs from the first day of its start to the last day of its end (`2019-05`
    ///   starts 2019-05-01, `2021` ends 2021-12-31), or to the end of its start year when it
    ///   has no end, as `klynge trends` counts it;
    /// - an edge joins two members sharing a dated project; its spells are the days its shared
    ///   projects run, and its weight is `weighting` over those projects (a member listed twice
    ///   in one project is one participant);
    /// - a node is a member taking part in a dated project; its spells are the days its
    ///   projects run.
    ///
    /// Spells that share a day are merged into one, so a tie with two overlapping projects has
    /// one spell covering both: the schema allows overlapping spells, but Gephi's interval sets
    /// refuse them ("Overlapping intervals aren't allowed") and its importer drops the spell.
    /// Projects with an unknown start are left out (``DynamicGEXF/undatedProjects``), and so are
    /// members in no dated project (a node without spells would stand in every year);
    /// ``DynamicGEXF/notes`` says so. Relations have no end date and are not ties here.
    ///
    /// Deterministic: nodes in dataset order, edges by (source, target) index, spells by date.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let timeline = eco.dynamicGEXF()
    /// timeline.text  // <graph mode="dynamic" defaultedgetype="undirected" timeformat="date"> …
    /// timeline.nodeCount  // 421: the members in at least one dated project
    /// ```
    ///
    /// - Parameters:
    ///   - weighting: The edge weight over the shared dated projects (as the static export).
    ///   - years: Only projects running in these years (by start and end year); all when nil.
    /// - Returns: The document, its node and edge counts, and what it leaves out.
    /// - Complexity: O(Σ_p k_p² + V · attributes + E + S log S) time, k_p the members of project
    ///   p and S the spells before merging; O(Σ_p k_p²) extra space.
    public func dynamicGEXF(
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil
    ) -> DynamicGEXF {
        let byProject = membersByProject
        var memberSpells = [[DaySpell]](repeating: [], count: members.count)
        var ties: [Int: (weight: Double, spells: [DaySpell])] = [:]
        let n = members.count
        for p in projects(activeIn: years) {
            guard let span = DaySpell.running(projects[p]) else { continue }
            let ms = Array(Set(byProject[p].map(\.member))).sorted()
            for m in ms { memberSpells[m].append(span) }
            guard ms.count >= 2 else { continue }
            let w = weighting == .newman ? 1 / Double(ms.count - 1) : 1
            for i in ms.indices {
                for j in i + 1..<ms.count {
                    ties[ms[i] * n + ms[j], default: (0, [])].weight += w
                    ties[ms[i] * n + ms[j], default: (0, [])].spells.append(span)
                }
            }
        }
        let nodes = memberSpells.indices.filter { !memberSpells[$0].isEmpty }.map { m in
            (member: m, spells: DaySpell.union(memberSpells[m]))
        }
        let edges = ties.keys.sorted().map { key in
            let tie = ties[key]!
            return (u: key / n, v: key % n, weight: tie.weight, spells: DaySpell.union(tie.spells))
        }
        let text = gexfText(
            GEXFContent(
                graphAttributes: "mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\"",
                nodes: nodes,
                edges: edges
            )
        )
        return DynamicGEXF(
            text: text,
            nodeCount: nodes.count,
            edgeCount: edges.count,
            undatedProjects: projects.filter { $0.start == nil }.map(\.id),
            membersLeftOut: members.count - nodes.count
        )
    }
}
