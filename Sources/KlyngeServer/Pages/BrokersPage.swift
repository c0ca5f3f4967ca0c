import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// `/brokers`: the members who bridge clusters, as a table an advisor can read. Each numeric
/// heading is a link (`?sort=col`) that sorts on the server without JavaScript, and sorts in
/// place with it; each heading's `<abbr title>` and the glossary say what it means. CSV and
/// JSON downloads come from `/api/brokers` with the same sort and length.
///
/// ```swift
/// let order = try served.brokers.order(by: "liaison")
/// let html = BrokersPage(served: served, order: order, sort: "liaison", top: 50).html
/// ```
struct BrokersPage {
    let served: ServedDataset
    /// Members in the order to list them.
    let order: [Int]
    /// The column `order` follows.
    let sort: String
    /// How many rows to show.
    let top: Int
    /// A parameter error to show above the table (the API's words).
    var error: String?

    /// Rows shown when the request does not say.
    static let defaultTop = 50

    /// - Complexity: O(top · columns).
    var html: String { Layout.page(title: "Brokers", section: .brokers, served: served, body: body) }

    var body: String {
        let eco = served.ecosystem
        let a = served.brokers
        let word = PlainWords.groupWord(eco)
        let columns = BrokerGlossary.columns(groupWord: word)
        var out = """
            <h1>Brokers</h1>
            <p class="lead">Members who link \(word)s that would otherwise be apart: they introduce partners \
            who have no project together. Click a heading to sort by it.</p>

            """
        if let error { out += "<p class=\"error\" role=\"alert\">\(HTML.text(error))</p>\n" }
        var head = "<thead><tr><th class=\"num\">#</th><th>Member</th><th>\(HTML.text(word.capitalizedFirst))</th>"
        for c in columns {
            let current = c.key == sort ? " aria-sort=\"descending\"" : ""
            head +=
                "<th class=\"num\"\(current)><a href=\"\(HTML.url("/brokers", [("sort", c.key), ("top", "\(top)")]))\">"
                + "<abbr title=\"\(HTML.text(c.help))\">\(HTML.text(c.heading))</abbr></a></th>"
        }
        head +=
            "<th><abbr title=\"Yes when removing it would split the network in two.\">Cut point</abbr></th></tr></thead>"
        var rows = "<tbody>"
        for (position, v) in order.prefix(top).enumerated() {
            let m = eco.members[v]
            rows +=
                "<tr><td class=\"num\">\(position + 1)</td><td>\(HTML.memberLink(m))</td>"
                + "<td>\(HTML.text(a.groups.names[a.groups.primary[v]]))</td>"
            for c in columns { rows += cell(c.key, v) }
            rows += "<td>\(a.articulationPoints.contains(v) ? "yes" : "no")</td></tr>\n"
        }
        rows += "</tbody>"
        out += HTML.table(head + rows, sortable: true)
        out += "<p class=\"note\">The first \(min(top, order.count)) of \(HTML.count(order.count, "member")), by "
        out += HTML.text(columns.first { $0.key == sort }?.heading ?? sort) + ", then go-between, then id. "
        if top < order.count {
            out +=
                "<a href=\"\(HTML.url("/brokers", [("sort", sort), ("top", "\(min(order.count, 1000))")]))\">Show more</a>"
        }
        out += "</p>"
        out += BrokerGlossary.html(groupWord: word)
        out += "<div class=\"actions\">"
        for format in ["csv", "json"] {
            let link = HTML.url("/api/brokers", [("sort", sort), ("top", "\(top)"), ("format", format)])
            out += "<a class=\"button secondary\" href=\"\(link)\" download>Download \(format.uppercased())</a>"
        }
        out += "</div>"
        return out
    }

    /// One numeric cell: the exact value in `data-v` for sorting, a short one shown.
    func cell(_ key: String, _ v: Int) -> String {
        let a = served.brokers
        let value: Double
        if let role = BrokerageRoles.Role.allCases.first(where: { "brokerage_" + $0.name == key || $0.name == key }) {
            value = a.roles.raw[v][role.rawValue]
        } else {
            switch key {
            case "betweenness": value = a.betweenness[v]
            case "effective_size": value = a.holes.effectiveSize[v]
            case "constraint": value = a.holes.constraint[v]
            case "sole_bridges": value = Double(a.soleBridgeCounts[v])
            default: value = .nan
            }
        }
        let exact = value.isFinite ? "\(value)" : "-1e308"
        return "<td class=\"num\" data-v=\"\(exact)\">\(HTML.number(value, digits: 3))</td>"
    }
}
