import KlyngeEcosystem
import KlyngeGraph

extension Ecosystem {
    /// Who bridges the clusters: every member sized by betweenness, the top
    /// `options.brokers` ringed in red and named with their rank, ties that cross
    /// colour groups drawn dark and wide, ties inside a group faint.
    ///
    /// Brokers are ranked by the one top-broker rule the report and `klynge brokers` follow
    /// (``BrokerRanking``: the brokerage total of Gould and Fernandez, ties by member id), and
    /// so is the large-dataset selection of members (``MapOptions/keptMembers(memberCount:)``).
    /// - Complexity: O(V·E) for betweenness, the brokerage totals' O(Σ_b Σ_{a ∈ N(b)} (d(a) + d(b))),
    ///   plus O((V + E) log(V + E)).
    public func brokerMap(_ options: MapOptions = MapOptions()) throws -> MapDescription {
        var options = options
        options.sizeBy = .betweenness
        let style = try MemberStyling(self, options: options)
        let text = style.text
        let totals = BrokerRanking.totals(style.graph, threads: options.threads)
        let order = BrokerRanking.order(totals: totals, ids: members.map(\.id))
        let selection = MapSelection(self, style: style, options: options, order: order)
        let kept = selection.kept
        let ties = selection.ties
        let onMap = Set(kept)
        let brokers = order.lazy.filter { onMap.contains($0) && totals[$0] > 0 }.prefix(options.brokers)
        let rank = Dictionary(uniqueKeysWithValues: brokers.enumerated().map { ($1, $0 + 1) })
        let brokerCount = rank.count
        let extra = labelledMembers(options.labels ?? .none, kept: kept, style: style)

        let nodes = kept.map { i in
            var n = style.node(
                i,
                labelled: rank[i] != nil || extra.contains(i),
                prefix: rank[i].map { "\($0). " } ?? ""
            )
            if let r = rank[i] {
                n.highlight = MapStyle.highlight
                n.tooltip = text(.brokerTooltip, String(r)) + "\n" + n.tooltip
            }
            return n
        }
        var crossing = 0
        let groupWord = text.grouping(style.grouping, plural: true)
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
                tooltip: "\(members[t.u].name) — \(members[t.v].name): \(tieStrength(t.weight, options, text))"
                    + (cross ? " (\(text(.crosses, groupWord)))" : "")
            )
        }
        return memberMap(
            title: options.title ?? text(.titleBrokers, name, groupWord),
            subtitle: [
                text(
                    .brokersLine,
                    selection.who(text, measure: text(.brokerageTotal)),
                    selection.tieCount(text, relations: options.includeRelations),
                    text.count(crossing),
                    groupWord,
                    projectSpan(options.years, text)
                ),
                text(.brokersSizeLine, text.measure(.betweenness), text.count(brokerCount)),
            ],
            nodes: nodes,
            edges: edges,
            style: style,
            shown: kept,
            notes: [text(.brokersNote, groupWord, text.grouping(style.grouping))],
            layout: .sfdp
        )
    }
}
