import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching

extension Ecosystem {
    /// A seeker, its suggested partners ranked, and the collaboration paths that justify
    /// them: the seeker ringed in red, each candidate named with its rank and score, a
    /// dashed line from the seeker to each candidate, and the members along the evidence
    /// paths with the ties between them labelled by their shared projects. For suggestions
    /// read back from a pair list (`klynge map --kind match`), with no ``MatchingContext`` at
    /// hand; a newcomer is labelled "New KIND: topics (county)".
    ///
    /// - Throws: ``MapError/empty`` without suggestions; ``MapError/missing`` when a path
    ///   does not start at the seeker and end at its candidate, or steps over a non-tie.
    /// - Complexity: O(Σ path lengths · shared-project lookups).
    public func matchMap(
        seeker: Seeker,
        suggestions: [Suggestion],
        options: MapOptions = MapOptions()
    ) throws -> MapDescription {
        guard !suggestions.isEmpty else { throw MapError.empty("no suggestions to draw") }
        return try matchMap(
            seeker: seeker,
            suggestions: suggestions,
            style: MemberStyling(self, options: options),
            options: options
        )
    }

    /// ``matchMap(seeker:suggestions:options:)`` with members styled by `style`.
    func matchMap(
        seeker: Seeker,
        suggestions: [Suggestion],
        style: MemberStyling,
        options: MapOptions
    ) throws -> MapDescription {
        guard !suggestions.isEmpty else { throw MapError.empty("no suggestions to draw") }
        let graph = style.graph
        let projectsOf = memberProjects(years: options.years)
        let seekerID: String
        let seekerIndex: Int?
        var nodes: [MapNode] = []
        switch seeker {
        case .member(let i):
            seekerID = members[i].id
            seekerIndex = i
            var n = style.node(i, labelled: true, minSize: 0.3, scale: 0.3)
            n.highlight = MapStyle.highlight
            n.fontSize = 14
            nodes.append(n)
        case .profile(let kind, _, _, _):
            let label = seeker.mapName(in: self)
            seekerID = "seeker"
            seekerIndex = nil
            nodes.append(
                MapNode(
                    id: seekerID,
                    label: MapStyle.shorten(label, limit: 30),
                    tooltip: "the seeker: \(label) (\(kind.rawValue), not yet in the dataset)",
                    fill: ["#ffffff"],
                    shape: MapStyle.shape(kind),
                    size: 0.5,
                    highlight: MapStyle.highlight,
                    fontSize: 14
                )
            )
        }
        var onMap: Set<Int> = seekerIndex.map { [$0] } ?? []
        var edges: [MapEdge] = []
        var pathTies = Set<[Int]>()
        for (r, s) in suggestions.enumerated() {
            guard s.candidate != seekerIndex else {
                throw MapError.missing("suggestion #\(r + 1) is the seeker itself")
            }
            if !s.path.isEmpty {
                guard let seekerIndex, s.path.first == seekerIndex, s.path.last == s.candidate else {
                    throw MapError.missing(
                        "the path of suggestion #\(r + 1) must run from the seeker to \(members[s.candidate].id)"
                    )
                }
                for (a, b) in zip(s.path, s.path.dropFirst()) {
                    guard graph.neighbors(a).contains(Int32(b)) else {
                        throw MapError.missing(
                            "the path of suggestion #\(r + 1) steps from \(members[a].id) to \(members[b].id), who have no tie"
                        )
                    }
                    pathTies.insert([min(a, b), max(a, b)])
                }
            }
            if !onMap.contains(s.candidate) {
                var n = style.node(s.candidate, labelled: true, prefix: "\(r + 1). ", minSize: 0.25, scale: 0.3)
                n.label += " (\(MapStyle.score(s.score)))"
                n.tooltip =
                    "suggestion #\(r + 1), score \(MapStyle.score(s.score))" + (s.reason.isEmpty ? "" : "\n" + s.reason)
                    + "\n" + n.tooltip
                nodes.append(n)
                onMap.insert(s.candidate)
            }
            edges.append(
                MapEdge(
                    source: seekerID,
                    target: members[s.candidate].id,
                    width: 1.5,
                    color: "#c0392bb0",
                    style: .dashed,
                    label: "#\(r + 1)",
                    tooltip: "suggested: \(members[s.candidate].name), score \(MapStyle.score(s.score))"
                )
            )
        }
        for tie in pathTies.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            for i in tie where !onMap.contains(i) {
                nodes.append(style.node(i, labelled: true, minSize: 0.15, scale: 0.2))
                onMap.insert(i)
            }
            let projects = projectsOf.shared(tie[0], tie[1])
            let label =
                projects.first.map {
                    MapStyle.shorten(self.projects[$0].title ?? self.projects[$0].id, limit: 26)
                        + (projects.count > 1 ? " +\(projects.count - 1)" : "")
                } ?? ""
            edges.append(
                MapEdge(
                    source: members[tie[0]].id,
                    target: members[tie[1]].id,
                    width: 1.6,
                    color: "#34495ec0",
                    label: label,
                    tooltip: "\(members[tie[0]].name) — \(members[tie[1]].name): "
                        + (projects.isEmpty
                            ? "explicit relation"
                            : projects.map { self.projects[$0].title ?? self.projects[$0].id }.joined(separator: "; "))
                )
            )
        }
        let seekerName = seeker.mapName(in: self)
        let text = style.text
        return memberMap(
            title: options.title ?? text(.titleMatch, seekerName),
            subtitle: [
                text(
                    .matchLine,
                    text.plural(suggestions.count, .suggestionOne, .suggestionsMany),
                    seekerName,
                    text.count(pathTies.count),
                    projectSpan(options.years, text)
                )
            ],
            nodes: nodes,
            edges: edges,
            style: style,
            shown: onMap,
            notes: [text(.matchNote)],
            layout: .neato
        )
    }
}

extension MatchingContext {
    /// A seeker and the suggestions a ``Matcher`` ranked for it, drawn as
    /// `Ecosystem.matchMap(seeker:suggestions:options:)` draws them, on the
    /// collaboration graph this context already holds (nothing is rebuilt). Members are sized
    /// by degree unless `options.sizeBy` asks for betweenness or PageRank (betweenness costs
    /// O(V·E)); a newcomer is labelled "New KIND: topics (county)".
    ///
    /// ```swift
    /// let context = try MatchingContext(eco)
    /// let ranked = Matcher(context).rank(MatchQuery(seeker: .member(7)))
    /// let svg = try context.matchMap(Array(ranked.prefix(5)), for: .member(7)).render(.svg)
    /// ```
    /// - Throws: ``MapError/empty`` without suggestions.
    /// - Complexity: O(V + E + Σ path lengths) sized by degree.
    public func matchMap(
        _ suggestions: [Suggestion],
        for seeker: Seeker,
        options: MapOptions = .sizedByDegree
    ) throws -> MapDescription {
        var options = options
        if let cutoff { options.years = options.years ?? (Int.min / 2)...(cutoff - 1) }
        let style = try MemberStyling(ecosystem, graph: graph, options: options)
        return try ecosystem.matchMap(seeker: seeker, suggestions: suggestions, style: style, options: options)
    }
}

extension Seeker {
    /// The seeker's name on a map: the member's name, or "New KIND: topics (county, country)" for a newcomer.
    fileprivate func mapName(in eco: Ecosystem) -> String {
        switch self {
        case .member(let i): eco.members[i].name
        case .profile(let kind, let topics, let county, let country):
            "New \(kind.rawValue): " + topics.joined(separator: ", ")
                + (county == nil && country == nil
                    ? "" : " (" + [county, country].compactMap { $0 }.joined(separator: ", ") + ")")
        }
    }
}

extension MapOptions {
    /// The default options with members sized by degree (cheap: no betweenness).
    public static var sizedByDegree: MapOptions {
        var options = MapOptions()
        options.sizeBy = .degree
        return options
    }
}
