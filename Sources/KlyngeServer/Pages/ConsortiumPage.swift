import Hummingbird
import KlyngeConcurrency
import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports

/// `/consortium`: the consortium builder as a form (the call's topics, how many members of each
/// kind it needs, a lead, the team size, how many teams) and the teams it proposes, each with
/// its score in words and why each member is in it. The call goes through the API's reading
/// (``ConsortiumParameters``, ``ServedDataset/consortium(_:)``): the page proposes what
/// `/api/consortium` and `klynge consortium` propose.
///
/// The needed kinds are sent as one count per kind (`need-municipality=1&need-company=2`) and
/// become the API's `roles=municipality,company,company`; a `roles` list in the address is
/// read as well.
///
/// ```swift
/// let page = ConsortiumPage.answer(try QueryValues(query: "topics=fall+detection&need-municipality=1"), served: served)
/// ```
enum ConsortiumPage {
    /// The API parameters the form shows an error beside; others are shown above it.
    static let fields: Set<String> = [
        "topics", "roles", "lead", "size", "alternatives", "county", "country", "cluster", "exclude",
    ]

    /// How many members of `kind` the request asks for: its `need-KIND` count, else how often
    /// `roles` names it.
    static func need(_ kind: MemberKind, in values: QueryValues) -> Int {
        if let n = values.first("need-" + kind.rawValue).flatMap({ Int($0) }) { return max(0, min(n, 9)) }
        return values.list("roles").filter { MemberKind(named: $0) == kind }.count
    }

    /// The call as `/api/consortium` parameters.
    static func apiQuery(_ values: QueryValues) -> QueryValues {
        let counted = MemberKind.allCases.contains { values.first("need-" + $0.rawValue) != nil }
        let roles =
            counted
            ? MemberKind.allCases.flatMap { k in Array(repeating: k.rawValue, count: need(k, in: values)) }
            : values.list("roles")
        var out: [(name: String, value: String)] = values.list("topics").map { ("topics", $0) }
        out.append(("roles", roles.joined(separator: ",")))
        for key in ["lead", "size", "alternatives"] { if let v = values.first(key) { out.append((key, v)) } }
        // The candidate filters, when chosen (an empty select or text box is no filter).
        for key in ["county", "country", "cluster", "exclude", "include-unnamed"] {
            if let v = values.first(key), !v.isEmpty { out.append((key, v)) }
        }
        return QueryValues(out)
    }

    /// The page for the request: the form, and the teams when it asks for some.
    /// - Complexity: that of the planner, plus O(members log members + topics) for the form.
    /// `control` stops the planner (``withTimeLimit(_:pool:_:)`` cancels it past the time limit).
    static func answer(_ values: QueryValues, served: ServedDataset, control: ComputeControl? = nil) -> HTMLPage {
        let query = apiQuery(values)
        // A call is asked for once it names the partners it needs; topics alone (a link from
        // elsewhere, or a form half filled) fill the form in.
        let asked = query.first("roles") != nil
        var errors: [String: String] = [:]
        var results = ""
        var status = HTTPResponse.Status.ok
        if asked {
            do {
                let report = try served.consortium(ConsortiumParameters(query: query, in: served), control: control)
                results = teams(report, query: query)
            } catch {
                let field = error.parameter.flatMap { fields.contains($0) ? $0 : nil }
                errors[field ?? ""] = error.description
                status = HTTPResponse.Status(code: error.status)
            }
        }
        var body = """
            <h1>Build a consortium</h1>
            <p class="lead">Propose a team for a funding call: members who fit the call's topics, cover the kinds \
            of partner it needs, have worked together before, and bring some new ties, public and private in \
            balance.</p>

            """
        if let general = errors[""] { body += "<p class=\"error\" role=\"alert\">\(HTML.text(general))</p>" }
        if !asked && query.first("topics") != nil {
            body += "<p class=\"note\" role=\"status\">Now say how many partners of each kind the call needs.</p>"
        }
        let filled = form(values, served: served, errors: errors)
        body += results.isEmpty ? filled : results + "<h2>Change the call</h2>" + filled
        return HTMLPage(
            Layout.page(title: "Consortium", section: .consortium, served: served, body: body),
            status: status
        )
    }

    /// The form, filled with what was sent.
    static func form(_ values: QueryValues, served: ServedDataset, errors: [String: String]) -> String {
        let f = FormFields(values: values, errors: errors)
        var out = "<form class=\"panel\" id=\"consortium-form\" method=\"get\" action=\"/consortium\">\n"
        out += "<fieldset><legend>The call</legend>"
        out += f.topics("topics", label: "Its topics (Norwegian and English synonyms in grey)", served: served)
        out += f.error("topics") + "</fieldset>\n"
        out += "<fieldset><legend>Partners it needs</legend><div class=\"role-counts\">"
        for k in MemberKind.allCases {
            let name = "need-" + k.rawValue
            out += "<div><label for=\"\(name)\">\(HTML.text(PlainWords.kind(k).capitalizedFirst))</label>"
            out += "<input type=\"number\" id=\"\(name)\" name=\"\(name)\" min=\"0\" max=\"9\" "
            out += "value=\"\(need(k, in: values))\"></div>"
        }
        out += "</div>" + f.error("roles")
        out += f.member(
            "lead",
            label: "Lead partner (optional: a member that must be in every team)",
            eco: served.ecosystem
        )
        out += f.number(
            "size",
            label: "Team size (empty: the smallest that covers the kinds)",
            range: 2...30,
            fallback: ""
        )
        out += f.number("alternatives", label: "Teams to propose", range: 1...10, fallback: "2")
        out += "</fieldset>\n<fieldset><legend>Where partners may come from</legend>"
        let eco = served.ecosystem
        out += f.select("county", label: "In county", eco.countyVocabulary.names, none: "anywhere", errorKey: "county")
        let countries = eco.countryVocabulary.names
        if !countries.isEmpty {
            out += f.select("country", label: "From country", countries, none: "any", errorKey: "country")
        }
        if !eco.clusters.isEmpty {
            out += f.select("cluster", label: "In cluster", eco.clusters, none: "any", errorKey: "cluster")
        }
        out += "<label for=\"exclude\">Never propose (ids or names, comma-separated)</label>"
        out += "<input type=\"text\" id=\"exclude\" name=\"exclude\" value=\"\(HTML.text(f.value("exclude")))\" "
        out += "autocomplete=\"off\"\(f.described("exclude"))>" + f.error("exclude")
        let unnamed = (try? values.flag("include-unnamed")) ?? false
        out += "<label class=\"inline\"><input type=\"checkbox\" name=\"include-unnamed\" value=\"true\""
        out += (unnamed ? " checked" : "") + "> Also members known only by a code (e.g. PIC 918199964)</label>"
        out += "</fieldset>\n<button type=\"submit\">Propose teams</button>\n</form>\n"
        return out
    }

    /// The proposed teams, with downloads.
    static func teams(_ report: ConsortiumReport, query: QueryValues) -> String {
        let eco = report.ecosystem
        var out = "<section id=\"consortium-results\" aria-labelledby=\"teams-title\">"
        out += "<h2 id=\"teams-title\">\(HTML.text(report.title))</h2>"
        out += "<p class=\"note\">\(HTML.text(report.objective))</p>"
        for note in report.proposal.notes { out += "<p class=\"note\">\(HTML.text(note))</p>" }
        for (k, team) in report.proposal.teams.enumerated() {
            out += "<h3>\(k == 0 ? "Best team" : "Alternative \(k)")</h3>"
            out += "<p>\(HTML.text(ConsortiumReport.summary(team.score)))</p>"
            var rows = ""
            for t in team.members {
                let m = eco.members[t.member]
                let role =
                    PlainWords.kind(m.kind) + (t.role == .lead ? " (lead)" : t.role == .extra ? " (extra)" : "")
                rows += "<tr data-member=\"\(HTML.text(m.id))\"><td>\(HTML.memberLink(m))</td>"
                rows += "<td>\(HTML.text(role))</td><td>\(HTML.text(m.kind.sector))</td>"
                rows += "<td>\(HTML.text(m.clusters.joined(separator: ", ")))</td>"
                rows += "<td class=\"num\">\(HTML.number(t.topicFit, digits: 3))</td>"
                rows += "<td class=\"num\">\(t.tiedTo.count)</td><td class=\"num\">\(t.newTiesTo.count)</td>"
                rows += "<td>\(HTML.text(t.why))</td></tr>"
            }
            out += HTML.table(
                "<thead><tr><th>Member</th><th>Role</th><th>Sector</th><th>Clusters</th>"
                    + "<th class=\"num\"><abbr title=\"How well its topics match the call's, 0 to 1\">Topic fit</abbr></th>"
                    + "<th class=\"num\"><abbr title=\"Teammates it has done a project with\">Known</abbr></th>"
                    + "<th class=\"num\"><abbr title=\"Teammates it has not worked with yet\">New ties</abbr></th>"
                    + "<th>Why</th></tr></thead><tbody>" + rows + "</tbody>"
            )
        }
        out += "<div class=\"actions\">"
        let pairs = query.pairs.map { ($0.name, $0.value) }
        for (format, label) in [("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON")] {
            out +=
                "<a class=\"button secondary\" href=\"\(HTML.url("/api/consortium", pairs + [("format", format)]))\" "
            out += "download>Download \(label)</a>"
        }
        return out + "</div></section>"
    }
}
