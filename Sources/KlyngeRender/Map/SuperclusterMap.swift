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
        let text = style.text
        let selection = MapSelection(self, style: style, options: options)
        let kept = selection.kept
        let ties = selection.ties
        let labels = options.labels ?? .top(20)
        let labelled = labelledMembers(labels, kept: kept, style: style)

        var nodes = kept.map { style.node($0, labelled: labelled.contains($0)) }
        var edges = ties.list.map { t in
            let shared = sharedGroup(style, t.u, t.v)
            return MapEdge(
                source: members[t.u].id,
                target: members[t.v].id,
                width: ties.width(t.weight),
                color: shared.map { MapStyle.darker(style.color($0), by: 0.8) + "90" } ?? "#55555570",
                tooltip: "\(members[t.u].name) — \(members[t.v].name): \(tieStrength(t.weight, options, text))"
            )
        }
        let anchored = style.grouping == .cluster && clusters.count >= 2
        if anchored {
            for (g, cluster) in clusters.enumerated() {
                let id = "cluster:" + cluster
                let count = kept.filter { style.groupsOf[$0].contains(g) }.count
                nodes.append(
                    MapNode(
                        id: id,
                        label: cluster,
                        tooltip: text(.captionTooltip, cluster, text.plural(count, .memberOne, .membersMany)),
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

        let multi = style.grouping == .cluster ? kept.filter { members[$0].clusters.count > 1 }.count : 0
        let subtitle = [
            [
                selection.who(text, measure: text.measure(options.sizeBy)) + " "
                    + groupCount(style, kept: kept) + (multi > 0 ? " " + text(.inSeveral, text.count(multi)) : ""),
                selection.tieCount(text, relations: options.includeRelations),
                projectSpan(options.years, text),
            ].joined(separator: " · "),
            text(
                .sizeLine,
                text.measure(options.sizeBy),
                text(options.includeRelations ? .widthSharedAndRelations : .widthShared),
                labelNote(labels, options, shown: kept.count, text)
            ),
        ]
        var notes: [String] = []
        if style.grouping == .cluster && multi > 0 { notes.append(text(.noteSeveralClusters)) }
        if anchored { notes.append(text(.noteCaptions)) }
        return memberMap(
            title: options.title ?? text(.titleEcosystem, name, text.grouping(style.grouping)),
            subtitle: subtitle,
            nodes: nodes,
            edges: edges,
            style: style,
            shown: kept,
            notes: notes,
            layout: .sfdp
        )
    }

    /// "in 6 clusters", "in 9 kinds": the colour groups present among `kept`.
    func groupCount(_ style: MemberStyling, kept: [Int]) -> String {
        let present = Set(kept.flatMap { style.groupsOf[$0] }).count
        return style.text(
            .inGroups,
            style.text.count(present),
            style.text.grouping(style.grouping, plural: present != 1)
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
    func labelNote(_ labels: MapOptions.Labels, _ options: MapOptions, shown: Int, _ text: MapText) -> String {
        let measure = text.measure(options.sizeBy)
        return switch labels {
        case .all: text(.namesAll)
        case .none: text(.namesNone, text.count(shown))
        case .top(let n) where n >= shown: text(.namesAllTop, text.count(n), measure)
        case .top(let n): text(.namesTop, text.count(n), measure, text.count(shown - n))
        }
    }

    /// "3 shared projects" or, with relations, "strength 3".
    func tieStrength(_ w: Double, _ options: MapOptions, _ text: MapText) -> String {
        options.includeRelations
            ? text(.strength, number(w))
            : text(w == 1 ? .sharedProjectOne : .sharedProjectsMany, number(w))
    }

    /// "projects 2015–2025", "projects active 2018–2020" or "no projects".
    func projectSpan(_ years: ClosedRange<Int>?, _ text: MapText) -> String {
        if let years { return text(.projectsActive, String(years.lowerBound), String(years.upperBound)) }
        let ys = projects.compactMap { $0.start?.year }
        guard let lo = ys.min(), let hi = ys.max() else {
            return text(projects.isEmpty ? .noProjects : .projectDatesUnknown)
        }
        return lo == hi ? text(.projectsYear, String(lo)) : text(.projectsSpan, String(lo), String(hi))
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
        self.init(list: out)
    }

    /// The ties of `list` (each once, `u < v`).
    init(list: [(u: Int, v: Int, weight: Double)]) {
        self.list = list
        minWeight = list.map(\.weight).min() ?? 1
        maxWeight = list.map(\.weight).max() ?? 1
    }

    /// Each member's `k` strongest ties (ties broken by the partner's id), and only those: a
    /// tie stays when it is among the `k` strongest of either end.
    /// - Complexity: O(E log E).
    func strongest(_ k: Int, ids: [String]) -> WholeMapTies {
        var incident: [Int: [Int]] = [:]
        for (e, t) in list.enumerated() {
            incident[t.u, default: []].append(e)
            incident[t.v, default: []].append(e)
        }
        var keep = [Bool](repeating: false, count: list.count)
        for (m, es) in incident {
            let other = { (e: Int) in list[e].u == m ? list[e].v : list[e].u }
            let ranked = es.sorted { a, b in
                list[a].weight != list[b].weight
                    ? list[a].weight > list[b].weight : Ranking.idPrecedes(ids[other(a)], ids[other(b)])
            }
            for e in ranked.prefix(k) { keep[e] = true }
        }
        return WholeMapTies(list: list.indices.filter { keep[$0] }.map { list[$0] })
    }

    /// Line width in points: 0.6 for the weakest tie drawn up to 4 for the strongest
    /// (square-root scale); 1 when all are equally strong.
    func width(_ w: Double) -> Double {
        maxWeight > minWeight ? 0.6 + 3.4 * ((w - minWeight) / (maxWeight - minWeight)).squareRoot() : 1
    }
}
