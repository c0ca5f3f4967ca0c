import KlyngeEcosystem
import KlyngeGraph

extension Ecosystem {
    /// One member and its collaboration neighbourhood out to `options.radius` steps: the
    /// focus drawn large with a red border, rings of partners around it, and every tie
    /// labelled with the projects behind it (titles on the focus's own ties, counts on the
    /// others; all titles in the tooltip).
    ///
    /// - Throws: ``MemberLookupError`` when `options.focus` names no member or several.
    /// - Complexity: O(V + E) for the neighbourhood plus the centrality asked for.
    public func egoMap(_ options: MapOptions) throws -> MapDescription {
        guard let query = options.focus else { throw MapError.missing("an ego map needs a focus member") }
        let focus = try member(matching: query)
        let style = try MemberStyling(self, options: options)
        let graph = style.graph
        let distance = graph.breadthFirstDistances(from: focus)
        let radius = max(options.radius, 1)
        var kept = members.indices.filter { distance[$0] >= 0 && distance[$0] <= radius }
        if let top = options.top, kept.count > top {
            kept = [focus] + style.top(top - 1, among: kept.filter { $0 != focus })
        }
        let ties = WholeMapTies(graph, kept: kept, minWeight: options.minWeight)
        let labelled = labelledMembers(options.labels ?? .all, kept: kept, style: style)
        let projectsOf = memberProjects(years: options.years)

        let nodes = kept.map { i in
            var n = style.node(i, labelled: labelled.contains(i) || i == focus, minSize: 0.2, scale: 0.45)
            if i == focus {
                n.highlight = MapStyle.highlight
                n.size = max(n.size, 0.7)
                n.fontSize = 14
            }
            return n
        }
        let edges = ties.list.map { t -> MapEdge in
            let projects = projectsOf.shared(t.u, t.v)
            let titles = projects.map {
                self.projects[$0].title.map { MapStyle.shorten($0, limit: 30) } ?? self.projects[$0].id
            }
            let label: String
            if t.u == focus || t.v == focus {
                label =
                    titles.prefix(2).joined(separator: "\n") + (titles.count > 2 ? "\n+\(titles.count - 2) more" : "")
            } else {
                label = projects.isEmpty ? "" : "\(projects.count)"
            }
            let inner = t.u == focus || t.v == focus
            return MapEdge(
                source: members[t.u].id,
                target: members[t.v].id,
                width: ties.width(t.weight),
                color: inner ? "#444444b0" : "#99999970",
                label: label,
                tooltip: "\(members[t.u].name) — \(members[t.v].name): "
                    + (projects.isEmpty
                        ? tieStrength(t.weight, options)
                        : projects.map { self.projects[$0].title ?? self.projects[$0].id }.joined(separator: "; "))
            )
        }
        let direct = kept.filter { distance[$0] == 1 }.count
        return memberMap(
            title: options.title ?? "\(members[focus].name): collaboration neighbourhood",
            subtitle: [
                "\(members[focus].name) (\(members[focus].id), \(members[focus].kind.rawValue)): \(direct) direct partner\(direct == 1 ? "" : "s"), \(kept.count - 1) members within \(radius) step\(radius == 1 ? "" : "s") · \(projectSpan(options.years))",
                "size: \(options.sizeBy.legendName) in the whole ecosystem · labels on ties: the focus's shared projects (two titles, then how many more), the number of shared projects on the others",
            ],
            nodes: nodes,
            edges: edges,
            style: style,
            shown: kept,
            notes: ["Red border: the member in focus. Line width: shared projects."],
            layout: kept.count > 400 ? .sfdp : .neato
        )
    }
}

/// A map that cannot be drawn as asked.
public enum MapError: KlyngeError, CustomStringConvertible, Sendable {
    case missing(String)
    case empty(String)

    public var description: String {
        switch self {
        case .missing(let s), .empty(let s): s
        }
    }
}
