import KlyngeEcosystem
import KlyngeGraph

/// `/`: the supercluster map, with an index of every member by cluster under it. The search box
/// filters the index as one types (JavaScript) or on submit (`?q=`, a plain GET without it);
/// each name opens the member's page.
///
/// ```swift
/// let html = MapPage(served: served, query: "bergen").html
/// ```
struct MapPage {
    let served: ServedDataset
    /// What the search box held (`?q=`), empty for the whole index.
    var query: String = ""

    /// - Complexity: O(members · clusters per member) plus the search.
    var html: String {
        Layout.page(title: "Map", section: .map, served: served, body: body)
    }

    var body: String {
        let eco = served.ecosystem
        let map = HTML.url("/api/map.svg", [("kind", "supercluster")])
        var out = """
            <h1>The ecosystem map</h1>
            <p class="lead">\(HTML.count(eco.members.count, "member")) in \(HTML.count(eco.clusters.count, "cluster")), \
            tied when they share a project. Colour: cluster; size: how often a member is the go-between.</p>
            <div class="figure"><a href="\(map)"><img src="\(map)" alt="The supercluster map: members coloured by \
            cluster, sized by go-between centrality, lines for shared projects"></a></div>
            <p class="note">Open the map on its own to zoom and hover over names.</p>

            """
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
