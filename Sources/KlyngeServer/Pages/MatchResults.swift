import KlyngeEcosystem
import KlyngeMatching

/// The ranked partners of the match page: each with its place, a score bar (`<meter>`, no
/// inline style), the reasons in words and the chain of partners that leads to it; then the
/// evidence-path map and the downloads. Each result carries `data-member="ID"`.
///
/// ```swift
/// let outcome = try served.match(MatchParameters(query: form.apiQuery, in: served))
/// let html = MatchResults(eco: eco, seeker: outcome.seeker, suggestions: outcome.suggestions, apiQuery: form.apiQuery).html
/// ```
struct MatchResults {
    let eco: Ecosystem
    let seeker: Seeker
    let suggestions: [Suggestion]
    /// The question as `/api/match` parameters (for the downloads and the map).
    let apiQuery: QueryValues
    /// What is said once above the list: the reasons every suggestion shares, the partners left
    /// out (each suggestion then lists only its own reasons).
    var summary = MatchSummary()

    /// - Complexity: O(Σ (reasons + path length)).
    var html: String {
        var out = "<section id=\"match-results\" class=\"match-results\" aria-labelledby=\"results-title\">"
        out += "<h2 id=\"results-title\">Suggested partners for \(HTML.text(seekerName))</h2>"
        guard !suggestions.isEmpty else {
            return out
                + "<p>No member fits these filters. Tick more kinds, or choose another county or cluster.</p></section>"
        }
        let best = max(1, suggestions.map(\.score).max() ?? 1)
        if !summary.sharedReasons.isEmpty {
            out += "<p class=\"note shared-reasons\">Every suggestion: "
            out += summary.sharedReasons.map(HTML.text).joined(separator: "; ") + ".</p>"
        }
        if summary.partnersLeftOut > 0 {
            let n = summary.partnersLeftOut
            out += "<p class=\"note\">\(HTML.count(n, "member")) \(HTML.text(seekerName)) already works with "
            out += "\(n == 1 ? "is" : "are") left out.</p>"
        }
        out += "<ol class=\"results\">"
        for s in suggestions {
            let m = eco.members[s.candidate]
            let facts = [PlainWords.kind(m.kind), m.county ?? "", m.clusters.joined(separator: ", ")]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            out += "<li data-member=\"\(HTML.text(m.id))\"><h3>\(HTML.memberLink(m))</h3>"
            out += "<p class=\"hint\">\(HTML.text(facts))</p>"
            out += "<div class=\"score\"><meter min=\"0\" max=\"\(best)\" value=\"\(s.score)\" aria-label=\"score\">"
            out +=
                "\(HTML.number(s.score, digits: 3))</meter> <span>score \(HTML.number(s.score, digits: 3))</span></div>"
            let reasons = summary.ownReasons(of: s)
            if !reasons.isEmpty {
                out += "<ul class=\"reasons\">" + reasons.map { "<li>\(HTML.text($0))</li>" }.joined() + "</ul>"
            }
            if s.path.count > 2 {
                out += "<p class=\"note\">Reached through: "
                out += s.path.map { HTML.memberLink(eco.members[$0]) }.joined(separator: " → ") + "</p>"
            }
            out += "</li>"
        }
        out += "</ol>"
        let map = HTML.url("/api/map.svg", [("kind", "match")] + mapQuery)
        out += """
            <h3>The evidence paths</h3>
            <div class="figure"><a href="\(map)"><img src="\(map)" alt="Map of the seeker, the suggested partners \
            and the chains of partners between them" loading="lazy"></a></div>
            <div class="actions">
            """
        for (format, label) in [("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON")] {
            let link = HTML.url("/api/match", pairs + [("explain", "true"), ("format", format)])
            out += "<a class=\"button secondary\" href=\"\(link)\" download>Download \(label)</a>"
        }
        return out + "</div></section>"
    }

    /// The question's parameters in order.
    var pairs: [(String, String)] { apiQuery.pairs.map { ($0.name, $0.value) } }

    /// The question for the map (``MapParameters``): the target kinds as `target`, since the
    /// map's `kind` is the kind of map.
    var mapQuery: [(String, String)] {
        pairs.map { $0.0 == "kind" ? ("target", $0.1) : $0 }
    }

    /// A member's name, or "the newcomer" with its kind.
    var seekerName: String {
        switch seeker {
        case .member(let i): eco.members[i].name
        case .profile(let kind, _, let county, _):
            "a new \(PlainWords.kind(kind))" + (county.map { " in " + $0 } ?? "")
        }
    }
}
