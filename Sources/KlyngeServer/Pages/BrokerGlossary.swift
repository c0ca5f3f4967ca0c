import KlyngeReports

/// The columns of the brokers page: the brokers table's column, a short heading, and a
/// sentence an advisor can read (in `<abbr title>` on the heading and in the glossary).
///
/// ```swift
/// BrokerGlossary.columns.first!.heading  // "Times brokered"
/// ```
enum BrokerGlossary {
    struct Column: Sendable {
        /// The column of ``BrokerAnalysis`` (and the API's `sort`).
        let key: String
        let heading: String
        let help: String
    }

    /// The numeric columns shown, in order; each sortable.
    static func columns(groupWord g: String) -> [Column] {
        [
            Column(
                key: "brokerage_total",
                heading: "Times brokered",
                help:
                    "How many pairs of its partners it links who have no project together, in any role (each pair counted in both directions)."
            ),
            Column(
                key: "coordinator",
                heading: "Coordinator",
                help: "Links two members of its own \(g) who have not worked together."
            ),
            Column(
                key: "itinerant",
                heading: "Consultant",
                help: "Links two members of another \(g) to each other, from outside (Gould–Fernandez: itinerant)."
            ),
            Column(
                key: "representative",
                heading: "Representative",
                help: "Passes contacts from its own \(g) on to a member of another."
            ),
            Column(
                key: "gatekeeper",
                heading: "Gatekeeper",
                help: "Brings a member of another \(g) in to a partner in its own."
            ),
            Column(
                key: "liaison",
                heading: "Liaison",
                help: "Links members of two other \(g)s, neither of them its own."
            ),
            Column(
                key: "betweenness",
                heading: "Go-between",
                help:
                    "Share of the shortest chains of partners between two other members that run through it (betweenness centrality)."
            ),
            Column(
                key: "effective_size",
                heading: "New contacts",
                help: "How many of its partners bring contacts its other partners lack (Burt's effective size)."
            ),
            Column(
                key: "constraint",
                heading: "Constraint",
                help:
                    "High when its partners all know each other, so it has few gaps to bridge; a low value marks a better broker (Burt)."
            ),
            Column(
                key: "sole_bridges",
                heading: "Sole bridge",
                help: "How many pairs of \(g)s have their closest connection run only through it."
            ),
        ]
    }

    /// The `<details>` glossary under the table.
    static func html(groupWord g: String) -> String {
        "<details class=\"glossary\"><summary>What the columns mean</summary><dl>"
            + columns(groupWord: g).map { "<dt>\(HTML.text($0.heading))</dt><dd>\(HTML.text($0.help))</dd>" }
            .joined()
            + "<dt>Cut point</dt><dd>Yes when removing it would split the network in two.</dd></dl>"
            + "<p class=\"note\">Roles after Gould and Fernandez (1989), as R's sna::brokerage counts them; "
            + "structural holes after Burt (1992), as NetworkX computes them.</p></details>"
    }
}
