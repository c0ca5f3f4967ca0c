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
        let metrics = style.metrics
        let text = style.text
        let selection = MapSelection(self, style: style, options: options)
        let kept = selection.kept
        let ties = selection.ties
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
        let measure = text.measure(.betweenness)
        return memberMap(
            title: options.title ?? text(.titleBrokers, name, groupWord),
            subtitle: [
                text(
                    .brokersLine,
                    selection.who(text, measure: measure),
                    text.count(ties.list.count),
                    text.count(crossing),
                    groupWord,
                    projectSpan(options.years, text)
                ),
                text(.brokersSizeLine, measure, text.count(brokers.count)),
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
