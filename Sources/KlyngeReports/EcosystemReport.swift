import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// How `klynge report` is computed.
public struct EcosystemReportOptions: Sendable {
    /// Rows in each "top members" table.
    public var top = 10
    /// Brokers listed.
    public var brokers = 15
    /// Seed of the community searches (Louvain, Leiden).
    public var seed: UInt64 = 42
    public var threads: Int?
    /// The language the report is written in.
    public var language: Language = .english
    public init() {}
}

/// `klynge report`: one document a cluster board can read. Sections, each with a sentence
/// on what it shows: the dataset summary (``ecosystemStats(_:graph:)``), the members
/// highest on each centrality, the brokers and their Gould–Fernandez roles, the sole
/// bridges between clusters, communities against clusters (Louvain and Leiden with NMI and
/// adjusted Rand index), the supercluster merger gain (``MergeGain``) and the members at
/// risk of isolation.
///
/// - Complexity: dominated by betweenness, O(V·E).
public func ecosystemReport(
    _ eco: Ecosystem,
    options: EcosystemReportOptions = EcosystemReportOptions(),
    control: ComputeControl? = nil
) throws -> Report {
    let graph = try eco.collaborationGraph()
    let names = eco.members.map(\.name)
    let stats = ecosystemStats(eco, graph: graph)
    var sections = stats.sections.map { s -> Report.Section in
        var s = s
        s.key = "stats_" + s.key
        return s
    }

    // Centralities.
    var centrality = CentralityOptions()
    centrality.threads = options.threads
    let measures: [Measure] = [.degree, .betweenness, .closeness, .pagerank, .eigenvector, .core]
    var values: [Measure: [Double]] = [:]
    for m in measures {
        do {
            values[m] = try computeCentrality(graph, measures: [m], options: centrality, control: control).values[m]
        } catch let e as ReportError {
            sections.append(
                .init(
                    key: "top_\(m.rawValue)",
                    title: "Highest \(m.rawValue)",
                    note: "Not computed: \(e.description)",
                    table: Table(columns: [])
                )
            )
        }
    }
    let groups = try eco.groups(by: .cluster)
    let clusterOf = { (v: Int) in eco.members[v].clusters.isEmpty ? "" : eco.members[v].clusters.joined(separator: "; ")
    }
    for m in measures {
        guard let v = values[m] else { continue }
        let order = graph.nodes.ids.indices.ranked(score: { v[$0] }, id: { graph.nodes.ids[$0] })
        let rows = order.prefix(options.top).enumerated().map { rank, i -> [Table.Cell] in
            [
                .integer(rank + 1), .text(eco.members[i].id), .text(names[i]), .text(eco.members[i].kind.rawValue),
                .text(clusterOf(i)),
                m == .core ? .integer(Int(v[i])) : .number(v[i]),
            ]
        }
        sections.append(
            .init(
                key: "top_\(m.rawValue)",
                title: "Highest \(m.title)",
                note: "\(m.title.capitalizedFirst): \(m.meaning).",
                table: Table(columns: ["rank", "member", "name", "kind", "clusters", m.rawValue], rows: rows)
            )
        )
    }

    var findings: [String] = []
    let multi = eco.members.filter { $0.clusters.count > 1 }.count
    findings.append(
        "\(eco.members.count) members\(eco.clusters.isEmpty ? "" : " in \(eco.clusters.count) clusters (\(multi) in several)"), \(eco.projects.count) projects, \(graph.edgeCount) collaboration ties."
    )
    if let b = values[.betweenness] {
        let top3 = graph.nodes.ids.indices.ranked(score: { b[$0] }, id: { graph.nodes.ids[$0] }).prefix(3)
        findings.append(
            "On most shortest paths between other members: "
                + top3.map { "\(names[$0]) (\(String(format: "%.3f", b[$0])))" }.joined(separator: ", ") + "."
        )
    }

    // Brokers.
    let brokers = try BrokerAnalysis(
        graph: graph,
        groups: groups,
        weighted: true,
        threads: options.threads,
        control: control,
        betweenness: values[.betweenness]
    )
    let brokerOrder = try brokers.order(by: "brokerage_total")
    if let first = brokerOrder.first, brokers.roles.raw[first][5] > 0 {
        let r = brokers.roles.raw[first]
        findings.append(
            "Top broker: \(names[first]) (\(groups.names[groups.primary[first]])) links \(Int(r[5])) ordered pairs of partners who have no tie of their own, \(Int(r[5] - r[0])) of them involving another cluster."
        )
    }
    let brokerRows = brokerOrder.prefix(options.brokers).map { v -> [Table.Cell] in
        let r = brokers.roles.raw[v]
        return [.text(eco.members[v].id), .text(names[v]), .text(groups.names[groups.primary[v]])]
            + (0..<6).map { .integer(Int(r[$0])) }
            + [
                .number(brokers.roles.z[v][5]), .number(brokers.holes.constraint[v]), .number(brokers.betweenness[v]),
                .integer(brokers.soleBridgeCounts[v]),
            ]
    }
    sections.append(
        .init(
            key: "brokers",
            title: "Brokers between clusters",
            note:
                "Gould–Fernandez roles: how many pairs of partners (a, c) with no tie of their own a member links — coordinator: all three in its cluster; itinerant: a and c share another cluster; representative / gatekeeper: one of them in its cluster (equal on undirected ties); liaison: three different clusters. total_z compares the total with random ties at the same density (above 2: clearly more brokerage than chance). Low constraint (Burt) means contacts who are not tied to each other. "
                + groups.notes.joined(separator: "; "),
            table: Table(
                columns: [
                    "member", "name", "cluster", "coordinator", "itinerant", "representative", "gatekeeper", "liaison",
                    "total", "total_z", "constraint", "betweenness", "sole_bridges",
                ],
                rows: brokerRows
            )
        )
    )
    sections.append(
        .init(
            key: "bridges",
            title: "Connections between clusters",
            note:
                "For each pair of clusters: members in both; collaboration ties between a member of one and a member of the other (neither in both); the fewest steps between them (0: a shared member); the members every such shortest connection runs through (without any of them the clusters drift apart); and the members with most ties across the pair.",
            table: clusterConnections(eco, graph: graph, groups: groups, bridges: brokers.bridges)
        )
    )

    // Communities against clusters.
    if graph.edgeCount > 0 {
        let louvain = try graph.louvain(seed: options.seed)
        let leiden = try graph.leiden(seed: options.seed, iterations: 2)  // igraph's default n_iterations
        let clustered = eco.members.indices.filter { !eco.members[$0].clusters.isEmpty }
        var rows: [[Table.Cell]] = []
        for (method, p) in [("Louvain", louvain), ("Leiden", leiden)] {
            // Agreement of the communities with the members' primary clusters (NaN: no member is clustered).
            func agreement(_ score: ([Int], [Int]) -> Double) -> Double {
                clustered.isEmpty
                    ? Double.nan : score(clustered.map { p.labels[$0] }, clustered.map { groups.primary[$0] })
            }
            let nmi = agreement(PartitionAgreement.normalizedMutualInformation)
            let ari = agreement(PartitionAgreement.adjustedRandIndex)
            let big = p.sizes.filter { $0 >= 2 }.count
            rows.append([
                .text(method), .integer(p.count), .integer(big), .number(p.modularity), .number(nmi), .number(ari),
            ])
        }
        if let leidenNMI = rows.last?[4], case .number(let nmi) = leidenNMI, nmi.isFinite {
            findings.append(
                "Collaboration communities \(nmi > 0.6 ? "largely follow" : (nmi > 0.3 ? "partly follow" : "cut across")) the cluster lines (Leiden: \(leiden.sizes.filter { $0 >= 2 }.count) communities of two or more members, NMI with clusters \(String(format: "%.2f", nmi)))."
            )
        }
        sections.append(
            .init(
                key: "communities",
                title: "Communities against clusters",
                note:
                    "Communities found in the collaboration ties (seed \(options.seed), resolution 1) compared with each member's first cluster: NMI and adjusted Rand index are 1 when communities and clusters coincide and about 0 when they are unrelated. Low agreement means members collaborate across cluster lines.",
                table: Table(
                    columns: [
                        "method", "communities", "with 2+ members", "modularity", "NMI vs clusters", "ARI vs clusters",
                    ],
                    rows: rows
                )
            )
        )
        var composition: [[Table.Cell]] = []
        for (c, membersOf) in leiden.communities.enumerated() where membersOf.count >= 2 {
            var byCluster: [String: Int] = [:]
            for v in membersOf { byCluster[groups.names[groups.primary[v]], default: 0] += 1 }
            let top = byCluster.ranked(score: \.value, id: \.key).first!
            let publicShare = Double(membersOf.filter { eco.members[$0].kind.isPublic }.count) / Double(membersOf.count)
            let hub = membersOf.max { a, b in
                graph.degree(a) != graph.degree(b)
                    ? graph.degree(a) < graph.degree(b) : graph.nodes.ids[a] > graph.nodes.ids[b]
            }!
            composition.append([
                .integer(c + 1), .integer(membersOf.count), .text(top.key),
                .number(Double(top.value) / Double(membersOf.count)), .number(publicShare), .text(names[hub]),
            ])
        }
        sections.append(
            .init(
                key: "community_composition",
                title: "Leiden communities",
                note:
                    "Each community of two or more members: its main cluster and that cluster's share, its public share, and its best-connected member.",
                table: Table(
                    columns: ["community", "members", "main cluster", "main share", "public share", "best connected"],
                    rows: composition
                )
            )
        )
    }

    // The merger.
    if let gain = eco.mergeGain(on: graph) {
        findings.append(
            "Merging the clusters brings \(gain.newlyWithinTwo) more pairs of members within two steps of each other (\(String(format: "%.1f", 100 * Double(gain.withinTwoBefore) / Double(max(gain.pairs, 1))))% → \(String(format: "%.1f", 100 * Double(gain.withinTwoAfter) / Double(max(gain.pairs, 1))))% of all pairs)."
        )
        func pct(_ a: Int, _ b: Int) -> Table.Cell { .number(b == 0 ? 0 : Double(a) / Double(b)) }
        sections.append(
            .init(
                key: "merger",
                title: "What the supercluster merger gains",
                note:
                    "Before: each cluster a network of its own (paths only through members of a cluster both belong to). After: one network. Pairs of members that have a cluster.",
                table: Table(
                    columns: ["measure", "before", "after", "change"],
                    rows: [
                        [
                            .text("member pairs joined by a path"), .integer(gain.reachableBefore),
                            .integer(gain.reachableAfter), .integer(gain.reachableAfter - gain.reachableBefore),
                        ],
                        [
                            .text("member pairs within two steps"), .integer(gain.withinTwoBefore),
                            .integer(gain.withinTwoAfter), .integer(gain.newlyWithinTwo),
                        ],
                        [
                            .text("share of all \(gain.pairs) pairs within two steps"),
                            pct(gain.withinTwoBefore, gain.pairs), pct(gain.withinTwoAfter, gain.pairs),
                            .number(Double(gain.newlyWithinTwo) / Double(max(gain.pairs, 1))),
                        ],
                        [
                            .text("mean steps between pairs joined before"), .number(gain.meanDistanceBefore),
                            .number(gain.meanDistanceAfterSamePairs),
                            .number(gain.meanDistanceAfterSamePairs - gain.meanDistanceBefore),
                        ],
                        [
                            .text("mean steps between all joined pairs"), .number(gain.meanDistanceBefore),
                            .number(gain.meanDistanceAfter), .number(gain.meanDistanceAfter - gain.meanDistanceBefore),
                        ],
                    ]
                )
            )
        )
    }

    // At risk of isolation.
    // Fewest ties first: ranked by minus the degree.
    let risk = graph.nodes.ids.indices.filter { graph.degree($0) <= 1 }
        .ranked(score: { -graph.degree($0) }, id: { graph.nodes.ids[$0] })
    sections.append(
        .init(
            key: "at_risk",
            title: "Members at risk of isolation",
            note:
                "Members with no collaboration tie, or a single one (losing that partner cuts them off). \(risk.count) of \(eco.members.count).",
            table: Table(
                columns: ["member", "name", "kind", "clusters", "ties", "only partner"],
                rows: risk.map { v in
                    let partner = graph.degree(v) == 1 ? names[Int(graph.neighbors(v).first!)] : ""
                    return [
                        .text(eco.members[v].id), .text(names[v]), .text(eco.members[v].kind.rawValue),
                        .text(clusterOf(v)), .integer(graph.degree(v)), .text(partner),
                    ]
                }
            )
        )
    )

    findings.append(
        "\(risk.filter { graph.degree($0) == 0 }.count) members have no collaboration tie and \(risk.filter { graph.degree($0) == 1 }.count) only one."
    )
    var title = "\(eco.name): ecosystem report"
    if eco.isSynthetic { title += " (" + eco.syntheticNotice + ")" }
    return Report(title: title, highlights: findings, sections: sections)
}

/// Per pair of clusters: shared members, ties across, distance, sole bridges, main bridgers.
func clusterConnections(_ eco: Ecosystem, graph: CSRGraph, groups: NodeGroups, bridges: GroupBridges) -> Table {
    let names = eco.members.map(\.name)
    var rows: [[Table.Cell]] = []
    for pair in bridges.pairs {
        let inA = { (v: Int) in groups.all[v].contains(pair.a) }
        let inB = { (v: Int) in groups.all[v].contains(pair.b) }
        let shared = (0..<graph.nodeCount).filter { inA($0) && inB($0) }.count
        var across = 0
        var byMember = [Int: Int]()
        for u in 0..<graph.nodeCount where inA(u) && !inB(u) {
            for a in graph.arcRange(u) {
                let v = graph.target(ofArc: a)
                guard inB(v) && !inA(v) else { continue }
                across += 1
                byMember[u, default: 0] += 1
                byMember[v, default: 0] += 1
            }
        }
        let main = byMember.ranked(score: \.value, id: { graph.nodes.ids[$0.key] })
            .prefix(3).map { "\(names[$0.key]) (\($0.value))" }
        rows.append([
            .text(groups.names[pair.a]), .text(groups.names[pair.b]), .integer(shared), .integer(across),
            pair.distance.map { .integer($0) } ?? .text("not connected"),
            .text(pair.soleBridges.map { names[$0] }.joined(separator: "; ")), .text(main.joined(separator: "; ")),
        ])
    }
    return Table(
        columns: [
            "cluster", "other cluster", "shared members", "ties across", "distance", "sole bridges", "most ties across",
        ],
        rows: rows
    )
}

extension Measure {
    /// The measure's name in prose ("degree centrality").
    public var title: String {
        switch self {
        case .degree: "degree centrality"
        case .betweenness: "betweenness centrality"
        case .closeness: "closeness centrality"
        case .harmonic: "harmonic centrality"
        case .eigenvector: "eigenvector centrality"
        case .pagerank: "PageRank"
        case .core: "core number"
        case .clustering: "clustering coefficient"
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
