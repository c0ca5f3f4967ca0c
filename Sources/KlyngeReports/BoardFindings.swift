import KlyngeEcosystem
import KlyngeGraph

/// What the board page's key findings are made of, gathered while the report is computed.
struct BoardFacts {
    let eco: Ecosystem
    let graph: CSRGraph
    let byKind: Bool
    /// Members in top-broker order (``BrokerRanking``) and their brokerage totals.
    let brokerOrder: [Int]
    let brokerage: [Double]
    /// A member's cluster (kind) as the broker table names it.
    let brokerGroup: (Int) -> String
    let trend: CrossTieTrend
    let gain: MergeGain?
    /// Leiden communities of two or more members and their NMI with the clusters.
    let communities: (count: Int, nmi: Double?)?
    /// Members with no tie and with one.
    let risk: (none: Int, one: Int)

    /// Five to eight findings in plain sentences, each with its number and why a board should
    /// care: size, connectedness, ties across clusters, their trend, the top broker, the
    /// merger, communities against clusters, members at risk.
    func findings(_ text: ReportText) -> [Report.Finding] {
        let g = byKind ? ".kinds" : ".clusters"
        let n = eco.members.count
        var out: [Report.Finding] = []

        let multi = eco.members.filter { $0.clusters.count > 1 }.count
        let kinds = Set(eco.members.map(\.kind)).count
        out.append(
            .init(
                text(
                    "finding.size" + g,
                    text.count(n),
                    text.count(byKind ? kinds : eco.clusters.count),
                    text.count(multi),
                    text.count(eco.projects.count),
                    text.count(graph.edgeCount)
                ),
                why: text("why.size")
            )
        )

        let sizes = graph.weaklyConnectedComponents().sizes
        let largest = sizes.max() ?? 0
        if n > 0 {
            out.append(
                .init(
                    text(
                        "finding.connected",
                        text.percent(Double(largest) / Double(n)),
                        text.count(largest),
                        text.count(n),
                        text.count(max(0, sizes.count - 1))
                    ),
                    why: text("why.connected")
                )
            )
        }

        var grouped = 0
        var across = 0
        let clusterSets = eco.members.map { Set($0.clusters) }
        for u in 0..<graph.nodeCount {
            for a in graph.arcRange(u) where graph.target(ofArc: a) > u {
                let v = graph.target(ofArc: a)
                if byKind {
                    grouped += 1
                    if eco.members[u].kind != eco.members[v].kind { across += 1 }
                } else if !clusterSets[u].isEmpty && !clusterSets[v].isEmpty {
                    grouped += 1
                    if clusterSets[u].isDisjoint(with: clusterSets[v]) { across += 1 }
                }
            }
        }
        if grouped > 0 {
            out.append(
                .init(
                    text(
                        "finding.cross" + g,
                        text.percent(Double(across) / Double(grouped)),
                        text.count(across),
                        text.count(grouped)
                    ),
                    why: text("why.cross" + g)
                )
            )
        }

        if let t = trend.firstAndLast {
            func span(_ r: ClosedRange<Int>) -> String {
                r.count == 1 ? "\(r.lowerBound)" : "\(r.lowerBound)–\(r.upperBound)"
            }
            let direction =
                abs(t.lastShare - t.firstShare) < 0.02 ? "flat" : (t.lastShare > t.firstShare ? "up" : "down")
            out.append(
                .init(
                    text(
                        "finding.trend.\(direction)" + g,
                        text.percent(t.firstShare),
                        span(t.first),
                        text.percent(t.lastShare),
                        span(t.last)
                    ),
                    why: text("why.trend")
                )
            )
        }

        if let first = brokerOrder.first, brokerage[first] > 0 {
            let next = brokerOrder.dropFirst().prefix(2).filter { brokerage[$0] > 0 }.map { eco.members[$0].name }
            out.append(
                .init(
                    text(
                        "finding.broker",
                        eco.members[first].name,
                        brokerGroup(first),
                        text.count(Int(brokerage[first])),
                        text.count(graph.degree(first)),
                        next.isEmpty ? "" : text("finding.broker.next", next.joined(separator: text("list.and")))
                    ),
                    why: text("why.broker")
                )
            )
        }

        if let gain, gain.pairs > 0 {
            let pairs = Double(gain.pairs)
            var statement = text(
                "finding.merger",
                text.count(gain.newlyWithinTwo),
                text.percent(Double(gain.withinTwoBefore) / pairs),
                text.percent(Double(gain.withinTwoAfter) / pairs)
            )
            if gain.meanDistanceBefore.isFinite && gain.meanDistanceAfter.isFinite {
                let before = text.decimal(gain.meanDistanceBefore, 2)
                let after = text.decimal(gain.meanDistanceAfter, 2)
                let same = text.decimal(gain.meanDistanceAfterSamePairs, 2)
                let joined = text.count(gain.reachableAfter - gain.reachableBefore)
                statement +=
                    " "
                    + (before == after
                        ? text("finding.merger.same", before, joined)
                        : gain.meanDistanceAfter > gain.meanDistanceBefore
                            ? text("finding.merger.longer", before, after, same, joined)
                            : text("finding.merger.shorter", before, after, joined))
            }
            out.append(.init(statement, why: text("why.merger")))
        } else {
            out.append(
                .init(
                    eco.clusters.isEmpty ? text("merger.none.noClusters") : text("merger.none.oneCluster"),
                    why: text("why.merger.none")
                )
            )
        }

        if let c = communities, let nmi = c.nmi, !byKind {
            let how = nmi > 0.6 ? "follow" : (nmi > 0.3 ? "partly" : "across")
            out.append(.init(text("finding.communities.\(how)", text.count(c.count)), why: text("why.communities")))
        }

        if n > 0 {
            out.append(
                .init(
                    text(
                        "finding.risk",
                        text.count(risk.none + risk.one),
                        text.percent(Double(risk.none + risk.one) / Double(n)),
                        text.count(risk.none),
                        text.count(risk.one)
                    ),
                    why: text("why.risk")
                )
            )
        }
        return Array(out.prefix(8))
    }
}
