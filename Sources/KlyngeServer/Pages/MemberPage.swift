import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// `/members/{id}`, the member panel: its facts, its rank on each centrality with a sentence on
/// what that means, its brokerage in words, its partners and projects, its ego map, and a link
/// to find partners for it.
///
/// ```swift
/// let html = MemberPage(served: served, member: served.ecosystem.memberIndex(of: "m0066")!).html
/// ```
struct MemberPage {
    let served: ServedDataset
    let member: Int

    /// How many partners and projects the page lists before saying how many more there are.
    static let listLimit = 100

    var eco: Ecosystem { served.ecosystem }
    var m: Member { eco.members[member] }

    /// The whole document.
    /// - Complexity: O(participations + Σ_{a ∈ N(m)} deg(a) + deg(m)²).
    var html: String {
        Layout.page(title: m.name, section: nil, served: served, body: body)
    }

    var body: String {
        let facts = self.facts
        let lists = partnersAndProjects
        let find = HTML.url("/match", [("for", m.id)])
        let consortium =
            m.topics.isEmpty
            ? ""
            : "<a class=\"button secondary\" href=\"\(HTML.url("/consortium", m.topics.map { ("topics", $0) } + [("lead", m.id)]))\">"
                + "Build a consortium it leads</a>"
        return """
            <h1>\(HTML.text(m.name))</h1>
            <p class="lead">\(HTML.text(PlainWords.kind(m.kind).capitalizedFirst))\
            \(m.county.map { " in " + HTML.text($0) } ?? "")\
            \(m.clusters.isEmpty ? "" : ", member of " + HTML.text(m.clusters.joined(separator: ", "))).</p>
            <div class="actions"><a class="button" href="\(find)">Find partners for this member</a>\
            \(consortium)\
            <a class="button secondary" href="\(HTML.url("/api/members/" + HTML.percent(m.id)))">This member as JSON</a></div>
            <div class="columns"><section aria-labelledby="facts"><h2 id="facts">About</h2>\(facts)</section>
            <section aria-labelledby="ego"><h2 id="ego">Its neighbourhood</h2>\(egoMap)</section></div>
            <section aria-labelledby="centrality"><h2 id="centrality">Its place in the network</h2>\(centrality)</section>
            <section aria-labelledby="brokerage"><h2 id="brokerage">Brokerage: whom it connects</h2>\(brokerage)</section>
            <section aria-labelledby="partners"><h2 id="partners">Partners</h2>\(lists.partners)</section>
            <section aria-labelledby="projects"><h2 id="projects">Projects</h2>\(lists.projects)</section>
            """
    }

    /// The member's attributes as a definition list.
    var facts: String {
        var rows: [(String, String)] = [("Id", HTML.text(m.id)), ("Kind", HTML.text(PlainWords.kind(m.kind)))]
        if !m.clusters.isEmpty { rows.append(("Clusters", HTML.text(m.clusters.joined(separator: ", ")))) }
        if let c = m.county { rows.append(("County", HTML.text(c))) }
        if let c = m.municipality { rows.append(("Municipality", HTML.text(c))) }
        if let s = m.size { rows.append((m.kind == .municipality ? "Inhabitants" : "Employees", "\(s)")) }
        if let f = m.founded { rows.append(("Founded", "\(f)")) }
        if let o = m.organisationNumber { rows.append(("Organisation number", HTML.text(o))) }
        for key in m.attributes.keys.sorted() { rows.append((HTML.text(key), HTML.text(m.attributes[key]!))) }
        var out = "<dl class=\"facts\">" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
        if !m.topics.isEmpty {
            out +=
                "<h3>Topics</h3><ul class=\"chips\">" + m.topics.map { "<li>\(HTML.text($0))</li>" }.joined()
                + "</ul>"
        }
        return out
    }

    /// The ego map, drawn by the API (`/api/map.svg?kind=ego&focus=ID`), linked to open it alone
    /// (where hovering shows names and projects).
    var egoMap: String {
        let src = HTML.url("/api/map.svg", [("kind", "ego"), ("focus", m.id)])
        return """
            <div class="figure"><a href="\(src)"><img src="\(src)" alt="Map of \(HTML.text(m.name)), its partners \
            and the ties between them" loading="lazy"></a></div>
            <p class="note">Its partners and the ties between them; line width is the number of shared projects. Open the map \
            on its own to hover over names.</p>
            """
    }

    /// Rank on each measure, with the everyday name and meaning.
    var centrality: String {
        let n = eco.members.count
        var rows = ""
        for measure in ServedDataset.measures {
            guard let rank = served.rank[measure]?[member], let value = served.centrality[measure]?[member] else {
                continue
            }
            rows += """
                <tr><th scope="row">\(HTML.text(PlainWords.title(measure))) <span class="hint">(\(measure.rawValue))</span></th>\
                <td class="num" data-v="\(rank)">\(rank) of \(n)</td><td class="num">\(HTML.number(value))</td>\
                <td>\(HTML.text(PlainWords.meaning(measure)))</td></tr>
                """
        }
        let missing = ServedDataset.measures.filter { served.rank[$0] == nil }
        return HTML.table(
            "<thead><tr><th>Measure</th><th class=\"num\">Rank</th><th class=\"num\">Value</th><th>What it means</th></tr></thead><tbody>"
                + rows + "</tbody>"
        )
            + "<p class=\"note\">Rank 1 is the highest in the dataset; ties are ranked by id.\(missing.isEmpty ? "" : " Not computed: " + missing.map(\.rawValue).joined(separator: ", ") + ".")</p>"
    }

    /// The brokerage roles and the group pairs the member links, in sentences.
    var brokerage: String {
        let groups = served.brokers.groups
        let own = groups.names[groups.primary[member]]
        let word = PlainWords.groupWord(eco)
        let raw = served.brokers.roles.raw[member]
        let pairs = BrokeredPairs(graph: served.graph, group: groups.primary, member: member)
        guard pairs.total > 0 else {
            return "<p>It links no two of its partners who have no project together: every pair of its partners "
                + "has also worked together, or it has fewer than two partners.</p>"
        }
        var out =
            "<p>It connects \(HTML.count(pairs.total, "pair")) of partners who have no project together"
            + " (counted from its own \(word), \(HTML.text(own))).</p><ul>"
        for line in pairs.lines.prefix(12) {
            let a = HTML.text(groups.names[line.groups.0])
            let b = HTML.text(groups.names[line.groups.1])
            out +=
                line.groups.0 == line.groups.1
                ? "<li>links members of \(a) to each other \(HTML.count(line.count, "time"))</li>"
                : "<li>links members of \(a) to members of \(b) \(HTML.count(line.count, "time"))</li>"
        }
        if pairs.lines.count > 12 { out += "<li>and \(pairs.lines.count - 12) more combinations</li>" }
        out += "</ul><h3>Its roles</h3><ul>"
        for role in BrokerageRoles.Role.allCases where role != .total && raw[role.rawValue] > 0 {
            out +=
                "<li><strong>\(role.name.capitalizedFirst)</strong>, \(HTML.count(Int(raw[role.rawValue]), "time")): "
                + HTML.text(PlainWords.role(role, own: own, groupWord: word)) + "</li>"
        }
        out += "</ul><p class=\"note\">Roles after Gould and Fernandez (1989), counted in both directions as "
        out += "<a href=\"/brokers\">the brokers table</a> does.</p>"
        return out
    }

    /// The partners (by shared projects) and the projects, as two tables.
    var partnersAndProjects: (partners: String, projects: String) {
        var mine = Set<Int>()
        var roleIn: [Int: ParticipationRole] = [:]
        for p in eco.participations where p.member == member {
            mine.insert(p.project)
            roleIn[p.project] = roleIn[p.project] ?? p.role
        }
        var shared: [Int: [Int]] = [:]
        var size: [Int: Set<Int>] = [:]
        for p in eco.participations where mine.contains(p.project) {
            size[p.project, default: []].insert(p.member)
            if p.member != member { shared[p.member, default: []].append(p.project) }
        }
        let partners = shared.keys.sorted { a, b in
            let (x, y) = (Set(shared[a]!).count, Set(shared[b]!).count)
            return x != y ? x > y : Ranking.idPrecedes(eco.members[a].id, eco.members[b].id)
        }
        var prow = ""
        for j in partners.prefix(Self.listLimit) {
            let projects = Array(Set(shared[j]!)).sorted()
            let titles = projects.prefix(3).map { HTML.text(eco.projects[$0].title ?? eco.projects[$0].id) }
            prow += """
                <tr><td>\(HTML.memberLink(eco.members[j]))</td><td>\(HTML.text(PlainWords.kind(eco.members[j].kind)))</td>\
                <td class="num">\(projects.count)</td><td>\(titles.joined(separator: "; "))\
                \(projects.count > 3 ? "; …" : "")</td></tr>
                """
        }
        let partnerTable =
            partners.isEmpty
            ? "<p>No partners: it shares no project with another member.</p>"
            : HTML.table(
                "<thead><tr><th>Partner</th><th>Kind</th><th class=\"num\">Shared projects</th><th>Projects</th></tr></thead><tbody>"
                    + prow + "</tbody>"
            ) + more(partners.count, "partner")
        let projects = mine.sorted { a, b in
            let (x, y) = (eco.projects[a].start, eco.projects[b].start)
            return x != y ? (x ?? PartialDate(year: Int.min)) > (y ?? PartialDate(year: Int.min)) : a < b
        }
        var jrow = ""
        for p in projects.prefix(Self.listLimit) {
            let project = eco.projects[p]
            let span = [project.start, project.end].compactMap { $0?.description }.joined(separator: "–")
            jrow += """
                <tr><td>\(HTML.text(project.title ?? project.id))</td><td>\(HTML.text(span))</td>\
                <td>\(HTML.text(roleIn[p]?.rawValue ?? ""))</td><td class="num">\(size[p]?.count ?? 0)</td>\
                <td>\(HTML.text(project.topics.joined(separator: ", ")))</td></tr>
                """
        }
        let projectTable =
            projects.isEmpty
            ? "<p>No projects in the dataset.</p>"
            : HTML.table(
                "<thead><tr><th>Project</th><th>Years</th><th>Its role</th><th class=\"num\">Members</th><th>Topics</th></tr></thead><tbody>"
                    + jrow + "</tbody>"
            ) + more(projects.count, "project")
        return (partnerTable, projectTable)
    }

    private func more(_ count: Int, _ word: String) -> String {
        count > Self.listLimit
            ? "<p class=\"note\">The first \(Self.listLimit) of \(HTML.count(count, word)).</p>" : ""
    }
}

extension String {
    /// The string with its first character in upper case (`research institute` → `Research institute`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
