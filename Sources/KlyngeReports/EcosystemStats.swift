import KlyngeEcosystem
import KlyngeGraph

/// `klynge stats`: the shape of a dataset in one report.
///
/// Sections: members per kind (with sector), per cluster and per county;
/// cluster overlap (shared members per pair of clusters, count and Jaccard
/// |A ∩ B| / |A ∪ B|); projects per start year; the public–private mix of
/// projects and of collaboration ties; the share of ties that cross clusters;
/// the collaboration graph's size, density 2E / (V(V − 1)), components and
/// degree distribution (min, quartiles, mean, max).
///
/// Its words and number formats are `text`'s (English by default).
///
/// - Complexity: O(members · clusters² + Σ_p k_p² + V + E log d).
public func ecosystemStats(_ eco: Ecosystem, graph: CSRGraph, text: ReportText = .english) -> Report {
    var sections: [Report.Section] = []
    let n = eco.members.count

    // Members per kind.
    var byKind: [MemberKind: Int] = [:]
    for m in eco.members { byKind[m.kind, default: 0] += 1 }
    sections.append(
        .init(
            key: "kinds",
            title: text("stats.kinds.title"),
            table: Table(
                columns: [text("col.kind"), text("col.sector"), text("col.members"), text("col.share")],
                rows: MemberKind.allCases.compactMap { k in
                    guard let c = byKind[k] else { return nil }
                    return [.text(text.kind(k)), .text(text("sector." + k.sector)), .integer(c), .number(share(c, n))]
                },
                styles: [.auto, .auto, .count, .share]
            )
        )
    )

    // Members per cluster (a member counts in every cluster it belongs to).
    var byCluster: [String: Set<Int>] = [:]
    for (i, m) in eco.members.enumerated() { for c in m.clusters { byCluster[c, default: []].insert(i) } }
    let unclustered = eco.members.filter { $0.clusters.isEmpty }
    let noCluster = unclustered.count
    let noClusterPublic = unclustered.filter { $0.kind.isPublic }.count
    var clusterRows: [[Table.Cell]] = eco.clusters.map { c in
        let ms = byCluster[c] ?? []
        let pub = ms.filter { eco.members[$0].kind.isPublic }.count
        return [.text(c), .integer(ms.count), .integer(pub), .integer(ms.count - pub)]
    }
    if noCluster > 0 {
        clusterRows.append([
            .text(text("stats.noCluster")), .integer(noCluster), .integer(noClusterPublic),
            .integer(noCluster - noClusterPublic),
        ])
    }
    if !eco.clusters.isEmpty {
        sections.append(
            .init(
                key: "clusters",
                title: text("stats.clusters.title"),
                note: text("stats.clusters.note", text.count(eco.members.filter { $0.clusters.count > 1 }.count)),
                table: Table(
                    columns: [
                        text("col.group.clusters"), text("col.members"), text("col.public"), text("col.private"),
                    ],
                    rows: clusterRows,
                    styles: [.auto, .count, .count, .count]
                )
            )
        )
    }

    // Cluster overlap.
    var overlapRows: [[Table.Cell]] = []
    for (i, a) in eco.clusters.enumerated() {
        for b in eco.clusters[(i + 1)...] {
            let sa = byCluster[a] ?? []
            let sb = byCluster[b] ?? []
            let shared = sa.intersection(sb).count
            let union = sa.union(sb).count
            overlapRows.append([
                .text(a), .text(b), .integer(shared), .number(union == 0 ? 0 : Double(shared) / Double(union)),
            ])
        }
    }
    if !overlapRows.isEmpty {
        sections.append(
            .init(
                key: "overlap",
                title: text("stats.overlap.title"),
                note: text("stats.overlap.note"),
                table: Table(
                    columns: [
                        text("col.group.clusters"), text("col.otherGroup.clusters"), text("col.shared"),
                        text("col.jaccard"),
                    ],
                    rows: overlapRows,
                    styles: [.auto, .auto, .count, .decimals(2)]
                )
            )
        )
    }

    // Members per county.
    var byCounty: [String: Int] = [:]
    for m in eco.members { byCounty[m.county ?? text("stats.unknownCounty"), default: 0] += 1 }
    sections.append(
        .init(
            key: "counties",
            title: text("stats.counties.title"),
            table: Table(
                columns: [text("col.county"), text("col.members")],
                rows: byCounty.ranked(score: \.value, id: \.key)
                    .map { [.text($0.key), .integer($0.value)] },
                styles: [.auto, .count]
            )
        )
    )

    // Projects per year, with their public-private mix.
    let byProject = eco.membersByProject
    var perYear: [Int?: (projects: Int, mixed: Int)] = [:]  // nil: start unknown
    var mixedProjects = 0
    var publicOnly = 0
    var privateOnly = 0
    for (p, project) in eco.projects.enumerated() {
        let kinds = byProject[p].map { eco.members[$0.member].kind.isPublic }
        let mixed = kinds.contains(true) && kinds.contains(false)
        if mixed {
            mixedProjects += 1
        } else if kinds.contains(true) {
            publicOnly += 1
        } else if kinds.contains(false) {
            privateOnly += 1
        }
        perYear[project.start?.year, default: (0, 0)].projects += 1
        if mixed { perYear[project.start?.year, default: (0, 0)].mixed += 1 }
    }
    sections.append(
        .init(
            key: "years",
            title: text("stats.years.title"),
            note: text("stats.years.note"),
            table: Table(
                columns: [text("col.year"), text("col.projects"), text("col.publicPrivate")],
                rows: perYear.keys.sorted { ($0 ?? .max) < ($1 ?? .max) }.map {
                    [
                        $0.map { .integer($0) } ?? .text(text("stats.unknownYear")), .integer(perYear[$0]!.projects),
                        .integer(perYear[$0]!.mixed),
                    ]
                },
                styles: [.auto, .count, .count]
            )
        )
    )

    // Ties: public-private mix and cross-cluster share.
    var tieMix = [0, 0, 0]  // public–public, public–private, private–private
    var crossCluster = 0
    var bothClustered = 0
    for u in 0..<graph.nodeCount {
        for a in graph.arcRange(u) where graph.target(ofArc: a) > u {
            let v = graph.target(ofArc: a)
            let pu = eco.members[u].kind.isPublic
            let pv = eco.members[v].kind.isPublic
            tieMix[pu && pv ? 0 : (pu || pv ? 1 : 2)] += 1
            let cu = Set(eco.members[u].clusters)
            let cv = Set(eco.members[v].clusters)
            if !cu.isEmpty && !cv.isEmpty {
                bothClustered += 1
                if cu.isDisjoint(with: cv) { crossCluster += 1 }
            }
        }
    }
    let ties = graph.edgeCount
    var mixRows: [[Table.Cell]] = [
        [
            .text(text("stats.mix.mixedProjects")), .integer(mixedProjects),
            .number(share(mixedProjects, eco.projects.count)),
        ],
        [
            .text(text("stats.mix.publicProjects")), .integer(publicOnly),
            .number(share(publicOnly, eco.projects.count)),
        ],
        [
            .text(text("stats.mix.privateProjects")), .integer(privateOnly),
            .number(share(privateOnly, eco.projects.count)),
        ],
        [.text(text("stats.mix.publicPrivateTies")), .integer(tieMix[1]), .number(share(tieMix[1], ties))],
        [.text(text("stats.mix.publicTies")), .integer(tieMix[0]), .number(share(tieMix[0], ties))],
        [.text(text("stats.mix.privateTies")), .integer(tieMix[2]), .number(share(tieMix[2], ties))],
    ]
    if bothClustered > 0 {
        mixRows.append([
            .text(text("stats.mix.crossTies")), .integer(crossCluster),
            .number(share(crossCluster, bothClustered)),
        ])
    }
    sections.append(
        .init(
            key: "mix",
            title: text(bothClustered > 0 ? "stats.mix.title" : "stats.mix.title.noClusters"),
            note: text(bothClustered > 0 ? "stats.mix.note" : "stats.mix.note.noClusters"),
            table: Table(
                columns: [text("col.what"), text("col.count"), text("col.share")],
                rows: mixRows,
                styles: [.auto, .count, .share]
            )
        )
    )

    // Graph summary.
    let comps = graph.weaklyConnectedComponents()
    let sizes = comps.sizes.sorted(by: >)
    let degrees = (0..<graph.nodeCount).map(graph.degree).sorted()
    func quantile(_ q: Double) -> Double {
        guard !degrees.isEmpty else { return 0 }
        // Linear interpolation between closest ranks (numpy's default).
        let pos = q * Double(degrees.count - 1)
        let lo = Int(pos)
        let hi = min(lo + 1, degrees.count - 1)
        return Double(degrees[lo]) + (pos - Double(lo)) * Double(degrees[hi] - degrees[lo])
    }
    let v = graph.nodeCount
    let density = v > 1 ? 2 * Double(ties) / (Double(v) * Double(v - 1)) : 0
    sections.append(
        .init(
            key: "graph",
            title: text("stats.graph.title"),
            table: Table(
                columns: [text("col.measure"), text("col.value")],
                rows: [
                    [.text(text("stats.graph.members")), .integer(v)],
                    [.text(text("stats.graph.ties")), .integer(ties)],
                    [.text(text("stats.graph.density")), .number(density)],
                    [.text(text("stats.graph.components")), .integer(comps.count)],
                    [.text(text("stats.graph.largest")), .integer(sizes.first ?? 0)],
                    [.text(text("stats.graph.isolated")), .integer(degrees.prefix { $0 == 0 }.count)],
                    [.text(text("stats.graph.degreeMin")), .integer(degrees.first ?? 0)],
                    [.text(text("stats.graph.degreeQ1")), .number(quantile(0.25))],
                    [.text(text("stats.graph.degreeMedian")), .number(quantile(0.5))],
                    [.text(text("stats.graph.degreeQ3")), .number(quantile(0.75))],
                    [.text(text("stats.graph.degreeMean")), .number(v == 0 ? 0 : 2 * Double(ties) / Double(v))],
                    [.text(text("stats.graph.degreeMax")), .integer(degrees.last ?? 0)],
                ],
                styles: [.auto, .significant(3)]
            )
        )
    )
    var title = text(
        "stats.title",
        eco.name,
        text.count(n),
        text.count(eco.projects.count),
        text.count(eco.participations.count)
    )
    if eco.isSynthetic { title += " (" + eco.syntheticNotice + ")" }
    return Report(title: title, sections: sections)
}

private func share(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
