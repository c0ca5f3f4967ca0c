import KlyngeEcosystem
import KlyngeGraph
import KlyngeRender

/// `/`: the interactive supercluster map (``InteractiveMap``, with `/assets/map.js` and
/// `/assets/map.css`: search, filters, pan and zoom, hover card, member card), then an index of
/// every member by cluster. The index's search box filters it as one types (JavaScript) or on
/// submit (`?q=`, a plain GET without it); each name opens the member's page, as each member
/// on the map does.
///
/// ```swift
/// let fragment = try MapPage.interactiveMap(served)   // once: Graphviz lays out the map
/// let html = MapPage(served: served, map: .success(fragment), query: "bergen").html
/// ```
struct MapPage {
    let served: ServedDataset
    /// The interactive map's fragment, or why it could not be drawn.
    let map: Result<String, any Error>
    /// What the search box held (`?q=`), empty for the whole index.
    var query: String = ""

    /// The interactive map of the whole supercluster as the `/` page embeds it: the server's
    /// kept Graphviz drawing (``ServedDataset/superclusterMap()``) with the centralities
    /// computed at start, each member linked to its page.
    /// - Complexity: the layout once (kept by the server), then O(|svg| + V·measures).
    static func interactiveMap(_ served: ServedDataset) throws -> String {
        let (map, svg) = try served.superclusterMap()
        let columns = ServedDataset.measures.compactMap { m in
            served.centrality[m].map { InteractiveMap.Centrality(name: m.rawValue, values: $0) }
        }
        return InteractiveMap(served.ecosystem, map: map, svg: svg, centralities: columns)
            .embeddedHTML { "/members/" + HTML.percent($0) }
    }

    /// - Complexity: O(size of the map fragment + members · clusters per member) plus the search.
    var html: String {
        Layout.page(
            title: "Map",
            section: .map,
            served: served,
            stylesheets: ["/assets/map.css"],
            scripts: ["/assets/map.js"],
            body: body
        )
    }

    var body: String {
        let eco = served.ecosystem
        var out = """
            <h1>The ecosystem map</h1>
            <p class="lead">\(HTML.count(eco.members.count, "member")) in \(HTML.count(eco.clusters.count, "cluster")), \
            tied when they share a project. Colour: cluster; size: how often a member is the go-between. Find a \
            member by name, or dim the others by cluster, kind or county; click a member to open it.</p>

            """
        switch map {
        case .success(let fragment): out += fragment
        case .failure(let error):
            out += "<p class=\"error\">The map could not be drawn: \(HTML.text(String(describing: error)))</p>"
        }
        out += searchForm
        out += index
        for note in served.notes { out += "<p class=\"note\">\(HTML.text(note))</p>" }
        return out
    }

    /// The search form: a plain GET back to this page.
    var searchForm: String {
        """
        <h2 id="members">Members</h2>
        <form class="panel" method="get" action="/#members" role="search">
        <label for="q">Find a member by name</label>
        <input type="search" id="q" name="q" value="\(HTML.text(query))" data-filter=".member-list li" \
        data-status="q-status" autocomplete="off" placeholder="e.g. Bergen, Tromsø">
        <button type="submit">Search</button> <span id="q-status" class="hint" aria-live="polite"></span>
        </form>

        """
    }

    /// Members by their first cluster (by name), those without one last; only those whose name
    /// holds the query (accent- and case-insensitive) when there is one.
    var index: String {
        let eco = served.ecosystem
        let key = foldedKey(query)
        let shown = eco.members.indices.filter { key.isEmpty || foldedKey(eco.members[$0].name).contains(key) }
        if shown.isEmpty { return "<p class=\"error\">No member's name contains ‘\(HTML.text(query))’.</p>" }
        var byCluster: [String: [Int]] = [:]
        for i in shown { byCluster[eco.members[i].clusters.first ?? "", default: []].append(i) }
        let groups = byCluster.keys.sorted { a, b in a.isEmpty != b.isEmpty ? !a.isEmpty : Ranking.idPrecedes(a, b) }
        var out = ""
        for g in groups {
            let members = byCluster[g]!.sorted { eco.members[$0].name < eco.members[$1].name }
            out +=
                "<h3>\(HTML.text(g.isEmpty ? "In no cluster" : g)) <span class=\"hint\">(\(members.count))</span></h3>"
            out += "<ul class=\"member-list\">"
            for i in members {
                out +=
                    "<li>\(HTML.memberLink(eco.members[i])) <span class=\"hint\">\(HTML.text(PlainWords.kind(eco.members[i].kind)))</span></li>"
            }
            out += "</ul>\n"
        }
        return out
    }
}
