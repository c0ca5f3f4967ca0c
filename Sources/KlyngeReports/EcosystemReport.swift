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
    /// The report's title (nil: the dataset's README title, else its folder name).
    public var title: String?
    /// Rows the formats for people show of a long member list (members at risk, communities);
    /// CSV, JSON and workbooks keep every row.
    public var shownRows = 40
    public init() {}
}

/// `klynge report`: one document a cluster board can read. It opens with the board page
/// (the map, drawn by the caller, then five to eight key findings in plain words, each with
/// its number and why a board should care, and the year-by-year chart of new ties across
/// clusters), followed by the analyst sections: the dataset summary
/// (``ecosystemStats(_:graph:text:)``), the members highest on each centrality, the brokers
/// (ranked by ``BrokerRanking``) and their Gould–Fernandez roles, the connections between
/// clusters, communities against clusters (Louvain and Leiden with NMI and adjusted Rand
/// index), the supercluster merger gain (``MergeGain``), the members at risk of isolation,
/// and a glossary. A dataset without clusters is grouped by kind throughout; its merger
/// analysis is left out with the reason, and an undefined measure says so in words.
///
/// ```swift
/// var options = EcosystemReportOptions()
/// options.language = .bokmal
/// let report = try ecosystemReport(eco, options: options)
/// report.findings.first?.statement  // "1 402 medlemmer i 4 klynger …"
/// ```
/// - Complexity: dominated by betweenness, O(V·E).
public func ecosystemReport(
    _ eco: Ecosystem,
    options: EcosystemReportOptions = EcosystemReportOptions(),
    control: ComputeControl? = nil
) throws -> Report {
    let text = ReportText.of(options.language)
    let byKind = eco.clusters.isEmpty
    /// The variant of `key` for the grouping: `key.clusters` or `key.kinds`.
    func g(_ key: String, _ args: String...) -> String {
        let variant = key + (byKind ? ".kinds" : ".clusters")
        var s = text(variant)
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i + 1)}", with: a) }
        return s
    }
    let graph = try eco.collaborationGraph()
    let names = eco.members.map(\.name)
    let n = eco.members.count
    let stats = ecosystemStats(eco, graph: graph, text: text)
    var sections = stats.sections.map { s -> Report.Section in
        var s = s
        s.key = "stats_" + s.key
        return s
    }
    let groups = try eco.groups(by: .cluster)
    /// `table` without its empty-headed column (the clusters column of a dataset without any).
    func withoutGroups(_ table: Table) -> Table {
        guard let i = table.columns.firstIndex(of: "") else { return table }
        var t = table
        t.columns.remove(at: i)
        t.rows = t.rows.map {
            var r = $0
            r.remove(at: i)
            return r
        }
        if i < t.styles.count { t.styles.remove(at: i) }
        return t
    }
    func groupText(_ v: Int) -> String {
        byKind ? text.kind(eco.members[v].kind) : eco.members[v].clusters.joined(separator: "; ")
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
                    title: text("measure.\(m.rawValue).title"),
                    note: text("section.notComputed", e.description),
                    table: Table(columns: [])
                )
            )
        }
    }
    let ids = graph.nodes.ids
    for m in measures {
        guard let v = values[m] else { continue }
        let score: (Int) -> Double = m == .degree ? { Double(graph.degree($0)) } : { v[$0] }
        let order = ids.indices.ranked(score: score, id: { ids[$0] })
        let rows = order.prefix(options.top).enumerated().map { rank, i -> [Table.Cell] in
            [
                .integer(rank + 1), .text(eco.members[i].id), .text(names[i]), .text(text.kind(eco.members[i].kind)),
                .text(groupText(i)),
                m == .core || m == .degree ? .integer(Int(score(i))) : .number(v[i]),
            ]
        }
        let style: Table.ColumnStyle = m == .core || m == .degree ? .count : .significant(3)
        sections.append(
            .init(
                key: "top_\(m.rawValue)",
                title: text("measure.\(m.rawValue).title"),
                note: text("measure.\(m.rawValue).note"),
                table: withoutGroups(
                    Table(
                        columns: [
                            text("col.rank"), text("col.member"), text("col.name"), text("col.kind"),
                            byKind ? "" : text("col.groups.clusters"), text("measure.\(m.rawValue).column"),
                        ],
                        rows: rows,
                        styles: [.auto, .auto, .auto, .auto, .auto, style]
                    )
                )
            )
        )
    }

    // Brokers: one ranking rule (BrokerRanking), stated with the table.
    let brokers = try BrokerAnalysis(
        graph: graph,
        groups: groups,
        weighted: true,
        threads: options.threads,
        control: control,
        betweenness: values[.betweenness]
    )
    let brokerOrder = try brokers.order(by: "brokerage_total")
    let groupName = { (v: Int) in byKind ? text.kind(eco.members[v].kind) : groups.names[groups.primary[v]] }
    let brokerRows = brokerOrder.prefix(options.brokers).map { v -> [Table.Cell] in
        let r = brokers.roles.raw[v]
        return [.text(eco.members[v].id), .text(names[v]), .text(groupName(v))]
            + (0..<6).map { .integer(Int(r[$0])) }
            + [
                .number(brokers.roles.z[v][5]), .number(brokers.holes.constraint[v]), .number(brokers.betweenness[v]),
                .integer(graph.degree(v)), .integer(brokers.soleBridgeCounts[v]),
            ]
    }
    sections.append(
        .init(
            key: "brokers",
            title: g("section.brokers.title"),
            note: text("rule.brokers") + " " + g("section.brokers.note") + multiNote(eco, text),
            table: Table(
                columns: [
                    text("col.member"), text("col.name"), g("col.group"), text("col.coordinator"),
                    text("col.itinerant"), text("col.representative"), text("col.gatekeeper"), text("col.liaison"),
                    text("col.brokerage"), text("col.brokerageZ"), text("col.constraint"), text("col.betweenness"),
                    text("col.partners"), text("col.soleBridges"),
                ],
                rows: brokerRows,
                styles: [.auto, .auto, .auto] + Array(repeating: .count, count: 6) + [
                    .decimals(1), .decimals(2), .significant(3), .count, .count,
                ]
            )
        )
    )
    var bridges = Report.Section(
        key: "bridges",
        title: g("section.bridges.title"),
        note: g("section.bridges.note"),
        table: clusterConnections(
            eco,
            graph: graph,
            groups: groups,
            bridges: brokers.bridges,
            text: text,
            byKind: byKind
        )
    )
    bridges.shownRows = options.shownRows
    sections.append(bridges)

    // Communities against clusters.
    var communities: (count: Int, nmi: Double?)?
    if graph.edgeCount > 0 {
        let louvain = try graph.louvain(seed: options.seed)
        let leiden = try graph.leiden(seed: options.seed, iterations: 2)  // igraph's default n_iterations
        let clustered = eco.members.indices.filter { !eco.members[$0].clusters.isEmpty }
        var rows: [[Table.Cell]] = []
        var leidenNMI: Double?
        for (method, p) in [("Louvain", louvain), ("Leiden", leiden)] {
            // Agreement of the communities with the members' primary clusters; undefined
            // (said in words) when no member has a cluster.
            func agreement(_ score: ([Int], [Int]) -> Double) -> Table.Cell {
                guard !clustered.isEmpty else { return .text(text("value.noClusters")) }
                let x = score(clustered.map { p.labels[$0] }, clustered.map { groups.primary[$0] })
                return x.isFinite ? .number(x) : .text(text("value.undefined"))
            }
            let nmi = agreement(PartitionAgreement.normalizedMutualInformation)
            if method == "Leiden", case .number(let x) = nmi { leidenNMI = x }
            let big = p.sizes.filter { $0 >= 2 }.count
            rows.append([
                .text(method), .integer(p.count), .integer(big), .number(p.modularity), nmi,
                agreement(PartitionAgreement.adjustedRandIndex),
            ])
        }
        communities = (leiden.sizes.filter { $0 >= 2 }.count, leidenNMI)
        sections.append(
            .init(
                key: "communities",
                title: text(byKind ? "section.communities.title.noClusters" : "section.communities.title"),
                note: text("section.communities.note", String(options.seed))
                    + (byKind ? " " + text("section.communities.noClusters") : ""),
                table: Table(
                    columns: [
                        text("col.method"), text("col.communities"), text("col.communities2"), text("col.modularity"),
                        text("col.nmi"), text("col.ari"),
                    ],
                    rows: rows,
                    styles: [.auto, .count, .count, .decimals(2), .decimals(2), .decimals(2)]
                )
            )
        )
        var composition: [[Table.Cell]] = []
        for (c, membersOf) in leiden.communities.enumerated() where membersOf.count >= 2 {
            var byGroup: [String: Int] = [:]
            for v in membersOf { byGroup[groupName(v), default: 0] += 1 }
            let top = byGroup.ranked(score: \.value, id: \.key).first!
            let publicShare = Double(membersOf.filter { eco.members[$0].kind.isPublic }.count) / Double(membersOf.count)
            let hub = membersOf.max { a, b in
                graph.degree(a) != graph.degree(b) ? graph.degree(a) < graph.degree(b) : ids[a] > ids[b]
            }!
            composition.append([
                .integer(c + 1), .integer(membersOf.count), .text(top.key),
                .number(Double(top.value) / Double(membersOf.count)), .number(publicShare), .text(names[hub]),
            ])
        }
        var section = Report.Section(
            key: "community_composition",
            title: text("section.composition.title"),
            note: g("section.composition.note"),
            table: Table(
                columns: [
                    text("col.community"), text("col.members"), g("col.mainGroup"), g("col.mainShare"),
                    text("col.publicShare"), text("col.bestConnected"),
                ],
                rows: composition,
                styles: [.auto, .count, .auto, .share, .share, .auto]
            )
        )
        section.shownRows = options.shownRows
        sections.append(section)
    }

    // The merger.
    let gain = eco.mergeGain(on: graph)
    if let gain {
        sections.append(mergerSection(gain, text))
    } else {
        sections.append(
            .init(
                key: "merger",
                title: text("section.merger.title.none"),
                note: eco.clusters.isEmpty ? text("merger.none.noClusters") : text("merger.none.oneCluster"),
                table: Table(columns: [])
            )
        )
    }

    // At risk of isolation: fewest ties first (ranked by minus the degree).
    let risk = ids.indices.filter { graph.degree($0) <= 1 }.ranked(score: { -graph.degree($0) }, id: { ids[$0] })
    var riskSection = Report.Section(
        key: "at_risk",
        title: text("section.risk.title"),
        note: text("section.risk.note", text.count(risk.count), text.count(n)),
        table: withoutGroups(
            Table(
                columns: [
                    text("col.member"), text("col.name"), text("col.kind"), byKind ? "" : text("col.groups.clusters"),
                    text("col.partners"), text("col.onlyPartner"),
                ],
                rows: risk.map { v in
                    let partner = graph.degree(v) == 1 ? names[Int(graph.neighbors(v).first!)] : ""
                    return [
                        .text(eco.members[v].id), .text(names[v]), .text(text.kind(eco.members[v].kind)),
                        .text(byKind ? "" : groupText(v)), .integer(graph.degree(v)), .text(partner),
                    ]
                },
                styles: [.auto, .auto, .auto, .auto, .count, .auto]
            )
        )
    )
    riskSection.shownRows = options.shownRows
    sections.append(riskSection)

    // The trend of new ties across clusters (kinds), for the board page and its own table.
    let trend = try CrossTieTrend(eco)
    if !trend.years.isEmpty { sections.append(trend.section(text, byKind: byKind)) }

    sections.append(glossarySection(text))

    let facts = BoardFacts(
        eco: eco,
        graph: graph,
        byKind: byKind,
        brokerOrder: brokerOrder,
        brokerage: brokers.roles.raw.map { $0[5] },
        brokerGroup: groupName,
        trend: trend,
        gain: gain,
        communities: communities,
        risk: (risk.filter { graph.degree($0) == 0 }.count, risk.filter { graph.degree($0) == 1 }.count)
    )
    let title = options.title ?? text("report.title", eco.displayName)
    var report = Report(title: title, sections: sanitised(sections, text))
    report.language = options.language
    report.findings = facts.findings(text)
    report.highlights = report.findings.map { $0.statement + " " + text("board.why") + " " + $0.why }
    if let chart = trend.chart(text, byKind: byKind) { report.boardFigures = [chart] }
    var lead: [String] = []
    if eco.isSynthetic { lead.append(text("lead.synthetic")) }
    lead.append(text("lead.board"))
    report.lead = lead.joined(separator: " ")
    return report
}

/// The note on members of several clusters (empty when none is).
private func multiNote(_ eco: Ecosystem, _ text: ReportText) -> String {
    let multi = eco.members.filter { $0.clusters.count > 1 }.count
    return multi == 0 ? "" : " " + text("section.brokers.multi", text.count(multi))
}

/// `sections` with every non-finite number replaced by words, so that no format prints
/// `nan` or `inf` (CSV and JSON included).
private func sanitised(_ sections: [Report.Section], _ text: ReportText) -> [Report.Section] {
    sections.map { s in
        var s = s
        s.table.rows = s.table.rows.map { row in
            row.map { c in
                if case .number(let x) = c, !x.isFinite { return .text(text("value.undefined")) }
                return c
            }
        }
        return s
    }
}

/// The merger gain as a table: counts, the share within two steps (in %) and mean steps.
private func mergerSection(_ gain: MergeGain, _ text: ReportText) -> Report.Section {
    func pct(_ a: Int) -> Table.Cell { .number(gain.pairs == 0 ? 0 : 100 * Double(a) / Double(gain.pairs)) }
    func steps(_ x: Double) -> Table.Cell { x.isFinite ? .number(x) : .text(text("value.noPairs")) }
    return .init(
        key: "merger",
        title: text("section.merger.title"),
        note: text("section.merger.note"),
        table: Table(
            columns: [text("col.measure"), text("col.before"), text("col.after"), text("col.change")],
            rows: [
                [
                    .text(text("merger.reachable")), .integer(gain.reachableBefore), .integer(gain.reachableAfter),
                    .integer(gain.reachableAfter - gain.reachableBefore),
                ],
                [
                    .text(text("merger.withinTwo")), .integer(gain.withinTwoBefore), .integer(gain.withinTwoAfter),
                    .integer(gain.newlyWithinTwo),
                ],
                [
                    .text(text("merger.withinTwoShare", text.count(gain.pairs))), pct(gain.withinTwoBefore),
                    pct(gain.withinTwoAfter), pct(gain.newlyWithinTwo),
                ],
                [
                    .text(text("merger.meanSame")), steps(gain.meanDistanceBefore),
                    steps(gain.meanDistanceAfterSamePairs),
                    steps(gain.meanDistanceAfterSamePairs - gain.meanDistanceBefore),
                ],
                [
                    .text(text("merger.meanAll")), steps(gain.meanDistanceBefore), steps(gain.meanDistanceAfter),
                    steps(gain.meanDistanceAfter - gain.meanDistanceBefore),
                ],
            ],
            styles: [.auto, .decimals(2), .decimals(2), .decimals(2)]
        )
    )
}

/// The glossary: each term of the analyst sections in a sentence.
private func glossarySection(_ text: ReportText) -> Report.Section {
    let terms = [
        "partners", "tie", "betweenness", "closeness", "pagerank", "eigenvector", "core", "brokerage",
        "gouldFernandez", "zscore", "constraint", "soleBridge", "community", "modularity", "nmi", "ari", "steps",
    ]
    return .init(
        key: "glossary",
        title: text("section.glossary.title"),
        table: Table(
            columns: [text("col.term"), text("col.meaning")],
            rows: terms.map { [.text(text("glossary.\($0).term")), .text(text("glossary.\($0).meaning"))] }
        )
    )
}

/// Per pair of groups: shared members, ties across, distance, sole bridges, main bridgers.
func clusterConnections(
    _ eco: Ecosystem,
    graph: CSRGraph,
    groups: NodeGroups,
    bridges: GroupBridges,
    text: ReportText = .english,
    byKind: Bool = false
) -> Table {
    let names = eco.members.map(\.name)
    let label = { (g: Int) in
        byKind ? (MemberKind(rawValue: groups.names[g]).map(text.kind) ?? groups.names[g]) : groups.names[g]
    }
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
            .prefix(3).map { "\(names[$0.key]) (\(text.count($0.value)))" }
        rows.append([
            .text(label(pair.a)), .text(label(pair.b)), .integer(shared), .integer(across),
            pair.distance.map { .integer($0) } ?? .text(text("value.notConnected")),
            .text(pair.soleBridges.map { names[$0] }.joined(separator: "; ")), .text(main.joined(separator: "; ")),
        ])
    }
    let g = byKind ? ".kinds" : ".clusters"
    return Table(
        columns: [
            text("col.group" + g), text("col.otherGroup" + g), text("col.shared"), text("col.tiesAcross"),
            text("col.distance"), text("col.soleBridges"), text("col.mostAcross"),
        ],
        rows: rows,
        styles: [.auto, .auto, .count, .count, .count, .auto, .auto]
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
