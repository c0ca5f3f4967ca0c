import KlyngeEcosystem
import KlyngeGraph

/// The centralities a map sizes members by and shows in tooltips, computed once on the
/// collaboration graph (only those needed: betweenness is O(V·E)).
struct MapMetrics {
    var degree: [Double]
    var betweenness: [Double]?
    var pagerank: [Double]?

    init(_ g: CSRGraph, need: Set<MapOptions.SizeBy>, threads: Int?) throws {
        degree = g.degreeCentrality()
        if need.contains(.betweenness) { betweenness = try g.betweenness(threads: threads) }
        if need.contains(.pagerank) { pagerank = try g.pagerank(weighted: true, threads: threads) }
    }

    func values(_ by: MapOptions.SizeBy) -> [Double] {
        switch by {
        case .degree: degree
        case .betweenness: betweenness ?? degree
        case .pagerank: pagerank ?? degree
        }
    }

    /// "degree 0.12 · betweenness 0.034 · PageRank 0.0041", the names in `text`'s language.
    func summary(_ i: Int, _ text: MapText) -> String {
        var parts = ["\(text.measure(.degree)) \(MapStyle.score(degree[i]))"]
        if let b = betweenness { parts.append("\(text.measure(.betweenness)) \(MapStyle.score(b[i]))") }
        if let p = pagerank { parts.append("\(text.measure(.pagerank)) \(MapStyle.score(p[i]))") }
        return parts.joined(separator: " · ")
    }
}

/// How members are coloured, shaped, sized and described on a map.
struct MemberStyling {
    let eco: Ecosystem
    let metrics: MapMetrics
    let sizeBy: MapOptions.SizeBy
    /// What the fill colours stand for: `options.colorBy`, or kinds when it asks for clusters
    /// and the dataset has none.
    let grouping: MemberGrouping
    /// Legend names of the colour groups, in legend order.
    let groups: [String]
    /// For each member, its colour groups (indices into `groups`), primary first.
    let groupsOf: [[Int]]
    private let maxSize: Double

    /// The collaboration graph the map is drawn from (`options.years`, `options.includeRelations`).
    let graph: CSRGraph
    /// The strings of `options.language`.
    let text: MapText

    /// Builds the collaboration graph and the size measure's centrality, then the colour groups.
    init(_ eco: Ecosystem, options: MapOptions) throws {
        let graph = try eco.collaborationGraph(years: options.years, includeRelations: options.includeRelations)
        try self.init(eco, graph: graph, options: options)
    }

    /// Styles members of `graph`, a collaboration graph of `eco` already built (as a
    /// ``MatchingContext`` holds it): only the size measure's centrality is computed.
    /// - Complexity: O(V + E) sized by degree; O(V·E) by betweenness.
    init(_ eco: Ecosystem, graph: CSRGraph, options: MapOptions) throws {
        let metrics = try MapMetrics(graph, need: [options.sizeBy], threads: options.threads)
        self.eco = eco
        self.graph = graph
        self.metrics = metrics
        sizeBy = options.sizeBy
        text = MapText(options.language)
        grouping = options.colorBy == .cluster && eco.clusters.isEmpty ? .kind : options.colorBy
        let grouped = try eco.memberGroups(
            by: grouping,
            graph: graph,
            resolution: options.resolution,
            seed: options.seed
        )
        groups = grouped.names
        groupsOf = grouped.groupsOf
        maxSize = max(metrics.values(options.sizeBy).filter(\.isFinite).max() ?? 0, 1e-300)
    }

    /// Colour of group `g`.
    func color(_ g: Int) -> String { MapStyle.color(g, of: groups.count) }

    /// Legend swatches: every group with a member among `members`, and "none" when one of
    /// them has no group.
    func legendColors(_ members: some Sequence<Int>) -> [(label: String, color: String)] {
        var present = Set<Int>()
        var ungrouped = false
        for m in members {
            present.formUnion(groupsOf[m])
            if groupsOf[m].isEmpty { ungrouped = true }
        }
        var out = groups.indices.filter(present.contains).map { g in
            (grouping == .kind ? MemberKind(rawValue: groups[g]).map(text.kind) ?? groups[g] : groups[g], color(g))
        }
        if ungrouped { out.append((text(.noGroup), MapStyle.none)) }
        return out
    }

    /// Legend shapes of the kinds present among `members`.
    func legendShapes(_ members: some Sequence<Int>) -> [(label: String, shape: NodeShape)] {
        let present = Set(members.map { eco.members[$0].kind })
        return MemberKind.allCases.filter(present.contains).map { (text.kind($0), MapStyle.shape($0)) }
    }

    /// The member's size measure, scaled so that the largest is 1.
    /// 0 for a value that is not a number (a centrality undefined on a degenerate graph).
    func relativeSize(_ i: Int) -> Double {
        let r = metrics.values(sizeBy)[i] / maxSize
        return r.isFinite ? max(r, 0) : 0
    }

    /// The node for member `i`: id, name when labelled (on two lines when long), full description as tooltip.
    func node(_ i: Int, labelled: Bool, prefix: String = "", minSize: Double = 0.12, scale: Double = 0.5) -> MapNode {
        let m = eco.members[i]
        let fill = groupsOf[i].isEmpty ? [MapStyle.none] : groupsOf[i].map(color)
        let size = minSize + scale * relativeSize(i).squareRoot()
        var tip =
            "\(m.name)\n\(m.id) · \(text.kind(m.kind)) (\(text(m.kind.isPublic ? .sectorPublic : .sectorPrivate)))"
        if !m.clusters.isEmpty { tip += "\n" + text(.clustersTooltip, m.clusters.joined(separator: ", ")) }
        if let county = m.county { tip += "\n" + (m.municipality.map { "\($0), " } ?? "") + county }
        tip += "\n" + metrics.summary(i, text)
        return MapNode(
            id: m.id,
            label: labelled ? prefix + MapStyle.wrapped(m.name) : "",
            tooltip: tip,
            fill: fill,
            shape: MapStyle.shape(m.kind),
            size: size,
            fontSize: labelled ? 9 + 5 * relativeSize(i).squareRoot() : 10
        )
    }

    /// The `count` members of `among` highest by the size measure, ties by id.
    func top(_ count: Int, among: [Int]) -> [Int] {
        let v = metrics.values(sizeBy)
        return Array(among.ranked(score: { v[$0] }, id: { eco.members[$0].id }).prefix(count))
    }
}
