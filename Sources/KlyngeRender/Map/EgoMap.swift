import KlyngeEcosystem
import KlyngeGraph

extension Ecosystem {
    /// One member and its collaboration neighbourhood out to `options.radius` steps: the
    /// focus drawn large with a red border, rings of partners around it, and the projects
    /// behind each tie: titles on the focus's own ties and counts on the others while at
    /// most ``egoTitledTies`` ties of the focus carry projects; beyond that, each project of
    /// the focus gets a number, the numbers of the projects a partner shares with the focus
    /// sit under its name, and a key lists number → title (edge labels are placed by
    /// Graphviz without regard to other text, node labels are kept apart by its overlap
    /// removal, so no text overlaps another). All titles are in the ties' tooltips. With
    /// `options.minWeight`, members left without a drawn tie are not drawn.
    ///
    /// - Throws: ``MemberLookupError`` when `options.focus` names no member or several.
    /// - Complexity: O(V + E) for the neighbourhood plus the centrality asked for.
    public func egoMap(_ options: MapOptions) throws -> MapDescription {
        guard let query = options.focus else { throw MapError.missing("an ego map needs a focus member") }
        let focus = try member(matching: query)
        let style = try MemberStyling(self, options: options)
        let text = style.text
        let graph = style.graph
        let distance = graph.breadthFirstDistances(from: focus)
        let radius = max(options.radius, 1)
        var kept = members.indices.filter { distance[$0] >= 0 && distance[$0] <= radius }
        if let top = options.top, kept.count > top {
            kept = [focus] + style.top(top - 1, among: kept.filter { $0 != focus })
        }
        var ties = WholeMapTies(graph, kept: kept, minWeight: options.minWeight ?? 0)
        if (options.minWeight ?? 0) > 0 {
            var tied = Set([focus])
            for t in ties.list { tied.formUnion([t.u, t.v]) }
            kept = kept.filter(tied.contains)
            ties = WholeMapTies(graph, kept: kept, minWeight: options.minWeight ?? 0)
        }
        let labelled = labelledMembers(options.labels ?? .all, kept: kept, style: style)
        let projectsOf = memberProjects(years: options.years)
        let isFocusTie = { (t: (u: Int, v: Int, weight: Double)) in t.u == focus || t.v == focus }
        let titledTies = ties.list.filter { isFocusTie($0) && !projectsOf.shared($0.u, $0.v).isEmpty }.count
        let useKeys = titledTies > Self.egoTitledTies
        let countLabels = !useKeys && ties.list.filter { !isFocusTie($0) }.count <= Self.egoTitledTies

        // Keys: the focus's projects shared with someone on the map, numbered in dataset order.
        var keyOf: [Int: Int] = [:]
        if useKeys {
            let shared = Set(ties.list.filter(isFocusTie).flatMap { projectsOf.shared($0.u, $0.v) })
            for (n, p) in shared.sorted().enumerated() { keyOf[p] = n + 1 }
        }

        let nodes = kept.map { i in
            var n = style.node(i, labelled: labelled.contains(i) || i == focus, minSize: 0.2, scale: 0.45)
            if i == focus {
                n.highlight = MapStyle.highlight
                n.size = max(n.size, 0.7)
                n.fontSize = 14
            } else if useKeys, distance[i] == 1 {
                let keys = projectsOf.shared(focus, i).compactMap { keyOf[$0] }.map(String.init)
                if !keys.isEmpty {
                    let line = keys.joined(separator: " · ")
                    n.label = n.label.isEmpty ? line : n.label + "\n" + line
                }
            }
            return n
        }
        let edges = ties.list.map { t -> MapEdge in
            let projects = projectsOf.shared(t.u, t.v)
            let titles = projects.map {
                self.projects[$0].title.map { MapStyle.shorten($0, limit: 30) } ?? self.projects[$0].id
            }
            let label: String
            if useKeys {
                label = ""
            } else if isFocusTie(t) {
                label =
                    titles.prefix(2).joined(separator: "\n")
                    + (titles.count > 2 ? "\n" + text(.moreTitles, String(titles.count - 2)) : "")
            } else {
                label = projects.isEmpty || !countLabels ? "" : "\(projects.count)"
            }
            return MapEdge(
                source: members[t.u].id,
                target: members[t.v].id,
                width: ties.width(t.weight),
                color: isFocusTie(t) ? "#444444b0" : "#99999970",
                label: label,
                tooltip: "\(members[t.u].name) — \(members[t.v].name): "
                    + (projects.isEmpty
                        ? tieStrength(t.weight, options, text)
                        : projects.map { self.projects[$0].title ?? self.projects[$0].id }.joined(separator: "; "))
            )
        }
        let direct = kept.filter { distance[$0] == 1 }.count
        let f = members[focus]
        var map = memberMap(
            title: options.title ?? text(.titleEgo, f.name),
            subtitle: [
                text(
                    .egoLine,
                    f.name,
                    f.id,
                    text.kind(f.kind),
                    text.plural(direct, .directPartnerOne, .directPartnersMany),
                    text.plural(kept.count - 1, .memberOne, .membersMany),
                    text.plural(radius, .stepOne, .stepsMany),
                    projectSpan(options.years, text)
                ),
                useKeys
                    ? text(.egoSizeLineKeys, text.measure(options.sizeBy), f.name)
                    : text(.egoSizeLine, text.measure(options.sizeBy)),
            ],
            nodes: nodes,
            edges: edges,
            style: style,
            shown: kept,
            notes: [text(.egoNote)],
            layout: kept.count > 400 ? .sfdp : .neato
        )
        if useKeys {
            map.legend.keysHeading = text(.keysHeading, f.name)
            map.legend.keys = keyOf.sorted { $0.value < $1.value }.map { p, n in
                (String(n), projects[p].title ?? projects[p].id)
            }
        }
        return map
    }

    /// Ties of the focus an ego map labels with project titles; with more, numbered keys.
    public static let egoTitledTies = 12
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
