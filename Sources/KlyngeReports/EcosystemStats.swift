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
/// - Complexity: O(members · clusters² + Σ_p k_p² + V + E log d).
public func ecosystemStats(_ eco: Ecosystem, graph: CSRGraph) -> Report {
    var sections: [Report.Section] = []
    let n = eco.members.count

    // Members per kind.
    var byKind: [MemberKind: Int] = [:]
    for m in eco.members { byKind[m.kind, default: 0] += 1 }
    sections.append(
        .init(
            key: "kinds",
            title: "Members by kind",
            table: Table(
                columns: ["kind", "sector", "members", "share"],
                rows: MemberKind.allCases.compactMap { k in
                    guard let c = byKind[k] else { return nil }
                    return [.text(k.rawValue), .text(k.sector), .integer(c), .number(share(c, n))]
                }
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
            .text("(no cluster)"), .integer(noCluster), .integer(noClusterPublic),
            .integer(noCluster - noClusterPublic),
        ])
    }
    sections.append(
        .init(
            key: "clusters",
            title: "Members by cluster",
            note:
                "A member of several clusters counts in each. Multi-cluster members: \(eco.members.filter { $0.clusters.count > 1 }.count).",
            table: Table(columns: ["cluster", "members", "public", "private"], rows: clusterRows)
        )
    )

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
                title: "Cluster overlap",
                note: "Shared members of each pair of clusters; Jaccard = shared / members of either.",
                table: Table(columns: ["cluster", "other cluster", "shared members", "jaccard"], rows: overlapRows)
            )
        )
    }

    // Members per county.
    var byCounty: [String: Int] = [:]
    for m in eco.members { byCounty[m.county ?? "(unknown)", default: 0] += 1 }
    sections.append(
        .init(
            key: "counties",
            title: "Members by county",
            table: Table(
                columns: ["county", "members"],
                rows: byCounty.ranked(score: \.value, id: \.key)
                    .map { [.text($0.key), .integer($0.value)] }
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
            title: "Projects by start year",
            note: "public-private: projects with at least one public and one private member.",
            table: Table(
                columns: ["year", "projects", "public-private"],
                rows: perYear.keys.sorted { ($0 ?? .max) < ($1 ?? .max) }.map {
                    [
                        $0.map { .integer($0) } ?? .text("unknown"), .integer(perYear[$0]!.projects),
                        .integer(perYear[$0]!.mixed),
                    ]
                }
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
            .text("projects: public and private members"), .integer(mixedProjects),
            .number(share(mixedProjects, eco.projects.count)),
        ],
        [.text("projects: public members only"), .integer(publicOnly), .number(share(publicOnly, eco.projects.count))],
        [
            .text("projects: private members only"), .integer(privateOnly),
            .number(share(privateOnly, eco.projects.count)),
        ],
        [.text("ties: public–private"), .integer(tieMix[1]), .number(share(tieMix[1], ties))],
        [.text("ties: public–public"), .integer(tieMix[0]), .number(share(tieMix[0], ties))],
        [.text("ties: private–private"), .integer(tieMix[2]), .number(share(tieMix[2], ties))],
    ]
    if bothClustered > 0 {
        mixRows.append([
            .text("ties across clusters (no cluster in common)"), .integer(crossCluster),
            .number(share(crossCluster, bothClustered)),
        ])
    }
    sections.append(
        .init(
            key: "mix",
            title: "Public-private mix and cross-cluster ties",
            note:
                "Ties are pairs of members sharing at least one project. Cross-cluster share is of ties whose two members both have a cluster.",
            table: Table(columns: ["what", "count", "share"], rows: mixRows)
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
            title: "Collaboration graph",
            table: Table(
                columns: ["measure", "value"],
                rows: [
                    [.text("members (nodes)"), .integer(v)],
                    [.text("ties (edges)"), .integer(ties)],
                    [.text("density"), .number(density)],
                    [.text("components"), .integer(comps.count)],
                    [.text("largest component"), .integer(sizes.first ?? 0)],
                    [.text("isolated members"), .integer(degrees.prefix { $0 == 0 }.count)],
                    [.text("degree min"), .integer(degrees.first ?? 0)],
                    [.text("degree lower quartile"), .number(quantile(0.25))],
                    [.text("degree median"), .number(quantile(0.5))],
                    [.text("degree upper quartile"), .number(quantile(0.75))],
                    [.text("degree mean"), .number(v == 0 ? 0 : 2 * Double(ties) / Double(v))],
                    [.text("degree max"), .integer(degrees.last ?? 0)],
                ]
            )
        )
    )
    var title = "\(eco.name): \(n) members, \(eco.projects.count) projects, \(eco.participations.count) participations"
    if eco.isSynthetic { title += " (" + eco.syntheticNotice + ")" }
    return Report(title: title, sections: sections)
}

private func share(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
