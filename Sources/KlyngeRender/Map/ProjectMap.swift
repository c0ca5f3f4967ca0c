import KlyngeEcosystem
import KlyngeGraph

extension Ecosystem {
    /// The two-mode map: projects (yellow notes) and the members taking part in them,
    /// for the projects with `options.topic` (in their topics or title, any case) active
    /// in `options.years`. When more than `options.top` (default 40) projects qualify,
    /// the largest are kept (most participants, ties by id). Coordinators' lines are bold,
    /// pilot sites' dashed.
    ///
    /// - Throws: ``MapError/empty`` when no project qualifies.
    /// - Complexity: O(P + participations · log) plus the centrality asked for.
    public func projectMap(_ options: MapOptions = MapOptions()) throws -> MapDescription {
        let topic = options.topic?.lowercased()
        let byProject = membersByProject
        var chosen = projects(activeIn: options.years).filter { p in
            guard let topic else { return true }
            return projects[p].topics.contains { $0.lowercased() == topic }
                || (projects[p].title?.lowercased().contains(topic) ?? false)
        }
        guard !chosen.isEmpty else {
            throw MapError.empty(
                "no project\(topic.map { " with topic '\($0)'" } ?? "")\(options.years.map { " active in \($0.lowerBound)–\($0.upperBound)" } ?? "") in \(name)"
            )
        }
        let limit = options.top ?? 40
        let qualifying = chosen.count
        if chosen.count > limit {
            chosen = Array(chosen.ranked(score: { byProject[$0].count }, id: { projects[$0].id }).prefix(limit))
        }
        let style = try MemberStyling(self, options: options)
        let text = style.text

        var projectCount: [Int: Int] = [:]
        for p in chosen { for (m, _) in byProject[p] { projectCount[m, default: 0] += 1 } }
        let involved = projectCount.keys.sorted()
        let labelled: Set<Int> =
            switch options.labels ?? .top(30) {
            case .all: Set(involved)
            case .none: []
            case .top(let n):
                Set(
                    involved.ranked(score: { projectCount[$0]! }, id: { members[$0].id }).prefix(n)
                )
            }
        var nodes = involved.map { style.node($0, labelled: labelled.contains($0), minSize: 0.14, scale: 0.4) }
        var edges: [MapEdge] = []
        for p in chosen {
            let project = projects[p]
            let when = project.start.map { "\($0.year)" + (project.end.map { "–\($0.year)" } ?? "") } ?? "date unknown"
            nodes.append(
                MapNode(
                    id: "project:" + project.id,
                    label: MapStyle.shorten(project.title ?? project.id, limit: 28),
                    tooltip: "\(project.title ?? project.id)\nproject \(project.id) · \(when)"
                        + (project.programme.map { " · \($0)" } ?? "")
                        + (project.topics.isEmpty ? "" : "\ntopics: " + project.topics.joined(separator: ", "))
                        + "\n\(byProject[p].count) participants",
                    fill: ["#fff7bc"],
                    shape: .note,
                    size: 0.3,
                    fontSize: 9
                )
            )
            for (m, role) in byProject[p] {
                let style: MapEdge.Style = role == .coordinator ? .bold : (role == .pilotSite ? .dashed : .solid)
                edges.append(
                    MapEdge(
                        source: "project:" + project.id,
                        target: members[m].id,
                        width: role == .coordinator ? 2 : 0.8,
                        color: "#666666a0",
                        style: style,
                        label: "",
                        tooltip: "\(members[m].name): \(role.rawValue) in \(project.title ?? project.id)"
                    )
                )
            }
        }
        let what =
            (topic.map { text(.topicNamed, $0) } ?? text(.allTopics)) + " · " + projectSpan(options.years, text)
        return memberMap(
            title: options.title
                ?? (options.topic.map { text(.titleProjectsOn, name, $0) } ?? text(.titleProjects, name)),
            subtitle: [
                text(
                    .projectsLine,
                    text.plural(chosen.count, .projectOne, .projectsMany),
                    qualifying > chosen.count ? text(.largestOf, text.count(qualifying)) : "",
                    text.plural(involved.count, .memberOne, .membersMany),
                    what
                ).replacingOccurrences(of: "  ", with: " "),
                text(.projectsSizeLine, text.measure(options.sizeBy)),
            ],
            nodes: nodes,
            edges: edges,
            style: style,
            shown: involved,
            extraShapes: [(text(.project), .note)],
            notes: [text(.projectsNote)],
            layout: nodes.count > 300 ? .sfdp : .neato
        )
    }
}
