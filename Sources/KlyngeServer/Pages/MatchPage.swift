import Hummingbird
import KlyngeEcosystem

/// `/match`: the partner-matching form and, when it asks a question, the ranked partners. The
/// question goes through the API's own reading (``MatchParameters``, ``ServedDataset/match(_:)``),
/// so the page ranks exactly what `/api/match` and `klynge match` rank, and says what is wrong
/// in the same words, next to the field at fault.
///
/// ```swift
/// let page = MatchPage.answer(try QueryValues(query: "for=Bergen&kind=municipality"), served: served)
/// ```
enum MatchPage {
    /// The page for the request's query: the empty form, the form with its errors (status 400,
    /// or 404 for a member that does not exist), or the form and the results.
    /// - Complexity: that of the match, plus O(members + topics) for the form.
    static func answer(_ values: QueryValues, served: ServedDataset) -> HTMLPage {
        let form = MatchForm(values)
        var errors: [String: String] = [:]
        var results = ""
        var status = HTTPResponse.Status.ok
        if form.isQuestion {
            do {
                let parameters = try MatchParameters(query: form.apiQuery, in: served)
                let outcome = try served.match(parameters)
                results =
                    MatchResults(
                        eco: served.ecosystem,
                        seeker: outcome.seeker,
                        suggestions: outcome.suggestions,
                        apiQuery: form.apiQuery,
                        summary: outcome.summary
                    ).html
                results += "<p class=\"note\">\(HTML.count(outcome.candidates, "candidate")) passed the filters.</p>"
            } catch {
                let field = error.parameter.flatMap { MatchForm.fields.contains($0) ? $0 : nil }
                errors[field ?? ""] = error.description
                results = closest(error.closest, values: values, eco: served.ecosystem)
                status = HTTPResponse.Status(code: error.status)
            }
        }
        var body = """
            <h1>Find partners</h1>
            <p class="lead">Rank the members who would make good partners for a member, or for a newcomer \
            described by its kind, topics and county: who fits the topics, is close in the network, and has \
            done projects like these.</p>

            """
        if let general = errors[""] { body += "<p class=\"error\" role=\"alert\">\(HTML.text(general))</p>" }
        let filled = form.html(served: served, errors: errors)
        body +=
            results.isEmpty || !errors.isEmpty ? filled + results : results + "<h2>Change the question</h2>" + filled
        return HTMLPage(Layout.page(title: "Match", section: .match, served: served, body: body), status: status)
    }

    /// For a member that does not exist: the closest members, each a link asking the same
    /// question for it.
    static func closest(_ ids: [String], values: QueryValues, eco: Ecosystem) -> String {
        let members = ids.compactMap(eco.memberIndex(of:))
        guard !members.isEmpty else { return "" }
        let rest = values.pairs.filter { $0.name != "for" }.map { ($0.name, $0.value) }
        let links = members.map { i in
            "<li><a href=\"\(HTML.url("/match", [("for", eco.members[i].id)] + rest))\">"
                + "\(HTML.text(eco.members[i].name))</a></li>"
        }
        return "<section class=\"closest\"><h2>Did you mean</h2><ul>" + links.joined() + "</ul></section>"
    }
}
