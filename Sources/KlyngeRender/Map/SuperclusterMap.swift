import KlyngeEcosystem
import KlyngeGraph

extension Ecosystem {
    /// The whole ecosystem on one map: members coloured by cluster (a pie or stripes for
    /// members of several), shaped by kind, sized by a centrality; ties as lines as wide as
    /// their strength, tinted by the cluster they stay in and grey when they cross clusters.
    /// When colouring by cluster, each cluster's name is placed among its members and pulls
    /// them together (invisible layout-only edges), so members of several clusters settle
    /// between them.
    ///
    /// - Complexity: the centrality asked for (betweenness O(V·E)) plus O((V + E) log(V + E)).
    public func superclusterMap(_ options: MapOptions = MapOptions()) throws -> MapDescription {
        let style = try MemberStyling(self, options: options)
        let graph = style.graph
        let kept = options.top.map { style.top($0, among: Array(members.indices)) } ?? Array(members.indices)
        let ties = WholeMapTies(graph, kept: kept, minWeight: options.minWeight)
        let labelled = labelledMembers(options.labels ?? .top(20), kept: kept, style: style)

        var nodes = kept.map { style.node($0, labelled: labelled.contains($0)) }
        var edges = ties.list.map { t in
            let shared = sharedGroup(style, t.u, t.v)
            return MapEdge(
                source: members[t.u].id,
                target: members[t.v].id,
                width: ties.width(t.weight),
                color: shared.map { MapStyle.darker(style.color($0), by: 0.8) + "90" } ?? "#55555570",
                tooltip: "\(members[t.u].name) — \(members[t.v].name): \(tieStrength(t.weight, options))"
            )
        }
        let anchored = options.colorBy == .cluster && clusters.count >= 2
        if anchored {
            for (g, cluster) in clusters.enumerated() {
                let id = "cluster:" + cluster
                let count = kept.filter { style.groupsOf[$0].contains(g) }.count
                nodes.append(
                    MapNode(
                        id: id,
                        label: cluster,
                        tooltip: "\(cluster): \(count) member\(count == 1 ? "" : "s") on this map",
                        fill: [MapStyle.darker(style.color(g))],
                        fontSize: 22,
                        isCaption: true
                    )
                )
                for i in kept where style.groupsOf[i].contains(g) {
                    edges.append(
                        MapEdge(
                            source: id,
                            target: members[i].id,
                            width: 0,
                            color: "#ffffff00",
                            style: .invisible,
                            pull: 2
                        )
                    )
                }
            }
        }

        let multi = kept.filter { members[$0].clusters.count > 1 }.count
        var subtitle = [
            "\(NumberText.grouped(kept.count)) members\(kept.count < members.count ? " of \(NumberText.grouped(members.count))" : "") in \(clusters.count) clusters (\(multi) in several) · \(NumberText.grouped(ties.list.count)) collaboration ties · \(projectSpan(options.years))"
        ]
        subtitle.append(
            "size: \(options.sizeBy.legendName) · line width: \(options.includeRelations ? "shared projects and relation weight" : "shared projects")\(options.minWeight > 0 ? " (ties below \(number(options.minWeight)) left out)" : "") · names: \(labelNote(options.labels ?? .top(20), options, shown: kept.count))"
        )
        var notes: [String] = []
        if options.colorBy == .cluster && multi > 0 {
            notes.append(
                "Members of several clusters: a pie (round shapes) or stripes (boxes) of their clusters' colours; other shapes: a thick border in the second cluster's colour."
            )
        }
        if anchored {
            notes.append(
                "Cluster names sit among their members; ties within a cluster take its colour, ties across clusters are grey."
            )
        }
        return memberMap(
            title: options.title ?? "\(name): the ecosystem by \(options.colorBy.rawValue)",
            subtitle: subtitle,
            nodes: nodes,
            edges: edges,
            style: style,
            shown: kept,
            notes: notes,
            layout: .sfdp
        )
    }

    /// The first colour group two members share, if any.
    func sharedGroup(_ style: MemberStyling, _ u: Int, _ v: Int) -> Int? {
        style.groupsOf[u].first { style.groupsOf[v].contains($0) }
    }

    /// Members whose name is drawn under `labels`.
    func labelledMembers(_ labels: MapOptions.Labels, kept: [Int], style: MemberStyling) -> Set<Int> {
        switch labels {
        case .all: Set(kept)
        case .none: []
        case .top(let n): Set(style.top(n, among: kept))
        }
    }

    /// What the legend says about names: which members carry one and how many do not
    /// (a PNG or PDF has no hover, so the legend never points to it).
    func labelNote(_ labels: MapOptions.Labels, _ options: MapOptions, shown: Int) -> String {
        switch labels {
        case .all: "all"
        case .none: "none (\(NumberText.grouped(shown)) members unnamed)"
        case .top(let n) where n >= shown: "all (top \(n) by \(options.sizeBy.legendName))"
        case .top(let n):
            "the top \(n) by \(options.sizeBy.legendName); the other \(NumberText.grouped(shown - n)) are not named"
        }
    }

    /// "3 shared projects" or, with relations, "strength 3".
    func tieStrength(_ w: Double, _ options: MapOptions) -> String {
        options.includeRelations ? "strength \(number(w))" : "\(number(w)) shared project\(w == 1 ? "" : "s")"
    }

    /// "projects 2015–2025", "projects 2018–2020 only" or "no dated projects".
    func projectSpan(_ years: ClosedRange<Int>?) -> String {
        if let years { return "projects active \(years.lowerBound)–\(years.upperBound)" }
        let ys = projects.compactMap { $0.start?.year }
        guard let lo = ys.min(), let hi = ys.max() else {
            return projects.isEmpty ? "no projects" : "project dates unknown"
        }
        return lo == hi ? "projects \(lo)" : "projects \(lo)–\(hi)"
    }
}

extension MapOptions.SizeBy {
    var legendName: String {
        switch self {
        case .degree: "degree"
        case .betweenness: "betweenness"
        case .pagerank: "PageRank"
        }
    }
}

/// The ties drawn on a whole-ecosystem map: between kept members, at least `minWeight` strong.
struct WholeMapTies {
    let list: [(u: Int, v: Int, weight: Double)]
    let minWeight: Double, maxWeight: Double

    init(_ g: CSRGraph, kept: [Int], minWeight: Double) {
        var keep = [Bool](repeating: false, count: g.nodeCount)
        for i in kept { keep[i] = true }
        var out: [(u: Int, v: Int, weight: Double)] = []
        for u in 0..<g.nodeCount where keep[u] {
            for a in g.arcRange(u) {
                let v = g.target(ofArc: a)
                if v > u, keep[v], g.weight(ofArc: a) >= minWeight { out.append((u, v, g.weight(ofArc: a))) }
            }
        }
        list = out
        self.minWeight = out.map(\.weight).min() ?? 1
        maxWeight = out.map(\.weight).max() ?? 1
    }

    /// Line width in points: 0.6 for the weakest tie drawn up to 4 for the strongest
    /// (square-root scale); 1 when all are equally strong.
    func width(_ w: Double) -> Double {
        maxWeight > minWeight ? 0.6 + 3.4 * ((w - minWeight) / (maxWeight - minWeight)).squareRoot() : 1
    }
}
