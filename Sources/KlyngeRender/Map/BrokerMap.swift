import KlyngeEcosystem
import KlyngeGraph

extension Ecosystem {
    /// Who bridges the clusters: every member sized by betweenness, the top
    /// `options.brokers` ringed in red and named with their rank, ties that cross
    /// colour groups drawn dark and wide, ties inside a group faint.
    ///
    /// Brokers are ranked by betweenness centrality (NetworkX `betweenness_centrality`,
    /// unweighted, normalised), ties by member id.
    /// - Complexity: O(V·E) for betweenness plus O((V + E) log(V + E)).
    public func brokerMap(_ options: MapOptions = MapOptions()) throws -> MapDescription {
        var options = options
        options.sizeBy = .betweenness
        let style = try MemberStyling(self, options: options)
        let graph = style.graph
        let metrics = style.metrics
        let kept = options.top.map { style.top($0, among: Array(members.indices)) } ?? Array(members.indices)
        let ties = WholeMapTies(graph, kept: kept, minWeight: options.minWeight)
        let brokers = style.top(options.brokers, among: kept).filter { metrics.values(.betweenness)[$0] > 0 }
        let rank = Dictionary(uniqueKeysWithValues: brokers.enumerated().map { ($1, $0 + 1) })
        let extra = labelledMembers(options.labels ?? .none, kept: kept, style: style)

        let nodes = kept.map { i in
            var n = style.node(
                i,
                labelled: rank[i] != nil || extra.contains(i),
                prefix: rank[i].map { "\($0). " } ?? ""
            )
            if let r = rank[i] {
                n.highlight = MapStyle.highlight
                n.tooltip = "broker #\(r)\n" + n.tooltip
            }
            return n
        }
        var crossing = 0
        let edges = ties.list.map { t -> MapEdge in
            let inside = sharedGroup(style, t.u, t.v) != nil
            let bothGrouped = !style.groupsOf[t.u].isEmpty && !style.groupsOf[t.v].isEmpty
            let cross = !inside && bothGrouped
            if cross { crossing += 1 }
            return MapEdge(
                source: members[t.u].id,
                target: members[t.v].id,
                width: cross ? ties.width(t.weight) + 0.6 : max(0.4, ties.width(t.weight) * 0.5),
                color: cross ? "#2c3e50c0" : "#b0b0b050",
                tooltip:
                    "\(members[t.u].name) — \(members[t.v].name): \(tieStrength(t.weight, options))\(cross ? " (crosses \(options.colorBy.rawValue)s)" : "")"
            )
        }
        let groupWord = options.colorBy.rawValue
        return memberMap(
            title: options.title ?? "\(name): brokers between \(groupWord)s",
            subtitle: [
                "\(NumberText.grouped(kept.count)) members · \(NumberText.grouped(ties.list.count)) ties, \(NumberText.grouped(crossing)) of them across \(groupWord)s · \(projectSpan(options.years))",
                "size: betweenness · red ring and rank: the top \(brokers.count) brokers by betweenness",
            ],
            nodes: nodes,
            edges: edges,
            style: style,
            shown: kept,
            notes: [
                "Dark wide lines: ties between members of different \(groupWord)s; faint lines: ties inside one \(groupWord). A member of several clusters counts as inside each."
            ],
            layout: .sfdp
        )
    }
}
