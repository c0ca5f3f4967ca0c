import KlyngeEcosystem
import KlyngeMatching

/// The match page's form, a plain GET to `/match`: who is looking (a member, or a newcomer's
/// kind, topics, county and, where the dataset has countries, country), which partners (kinds, county, cluster) and how many. The values
/// the user sent are shown again, and an error is shown next to the field it concerns, in the
/// API's words.
///
/// A newcomer's fields are sent apart (`newcomer-kind`, `newcomer-topics` once per topic,
/// `newcomer-county`, `newcomer-country`) and joined into the API's
/// `profile=kind=…;topics=…;county=…;country=…` by
/// ``apiQuery``, so `/match?…` and `/api/match?…` answer the same question.
///
/// ```swift
/// let form = MatchForm(try QueryValues(query: "newcomer-kind=company&newcomer-topics=fall+detection"))
/// form.apiQuery  // profile=kind=company;topics=fall detection, top=10
/// ```
struct MatchForm {
    /// The request's query as sent.
    let query: QueryValues

    init(_ query: QueryValues) { self.query = query }

    /// The API parameters the form shows an error beside; others are shown above it.
    static let fields: Set<String> = ["for", "profile", "kind", "county", "cluster", "top"]

    /// Rows asked for when the form does not say.
    static let defaultTop = "10"

    func values(_ key: String) -> [String] { query.all(key).filter { !$0.isEmpty } }
    func value(_ key: String) -> String { query.first(key) ?? "" }

    /// `true` when the form asks for a newcomer (no member given, some newcomer field filled).
    var isNewcomer: Bool {
        value("for").isEmpty
            && !(value("newcomer-kind") + value("newcomer-topics") + value("newcomer-county")
                + value("newcomer-country")).isEmpty
    }
    /// `true` when the request asks a question (not the empty form).
    var isQuestion: Bool { isNewcomer || !value("for").isEmpty }

    /// The same question as `/api/match` parameters (without `format`).
    /// - Complexity: O(length of the query).
    var apiQuery: QueryValues {
        var out: [(name: String, value: String)] = []
        if isNewcomer {
            var fields = ["kind=" + value("newcomer-kind")]
            if !values("newcomer-topics").isEmpty {
                fields.append("topics=" + values("newcomer-topics").joined(separator: ","))
            }
            for key in ["county", "country"] where !value("newcomer-" + key).isEmpty {
                fields.append(key + "=" + value("newcomer-" + key))
            }
            out.append(("profile", fields.joined(separator: ";")))
        } else {
            out.append(("for", value("for")))
        }
        for k in values("kind") { out.append(("kind", k)) }
        for key in ["county", "cluster"] where !value(key).isEmpty { out.append((key, value(key))) }
        out.append(("top", value("top").isEmpty ? Self.defaultTop : value("top")))
        return QueryValues(out)
    }

    /// The form, filled with what was sent; `errors` by API parameter (`for`, `profile`, `kind`,
    /// `county`, `cluster`, `top`) are shown next to their fields.
    /// - Complexity: O(members log members + topics · synonyms).
    func html(served: ServedDataset, errors: [String: String]) -> String {
        let eco = served.ecosystem
        let f = FormFields(values: query, errors: errors)
        let counties = eco.countyVocabulary.names
        var out = "<form class=\"panel match-form\" id=\"match-form\" method=\"get\" action=\"/match\">\n"
        out += "<fieldset><legend>Who is looking for partners: a member…</legend>"
        out += f.member("for", label: "Member (name or id)", eco: eco)
        out += "</fieldset>\n<fieldset><legend>…or a newcomer, not yet in the dataset</legend>"
        out += "<p class=\"hint\">Leave the member empty to match a newcomer.</p>"
        out += f.select(
            "newcomer-kind",
            label: "Its kind",
            MemberKind.allCases.map(\.rawValue),
            none: "choose…",
            errorKey: nil
        )
        out += f.topics(
            "newcomer-topics",
            label: "Its topics (the dataset's words; Norwegian and English synonyms in grey)",
            served: served
        )
        out += f.select("newcomer-county", label: "Its county", counties, none: "not given", errorKey: nil)
        let countries = eco.countryVocabulary.names
        if !countries.isEmpty {
            out += f.select("newcomer-country", label: "Its country", countries, none: "not given", errorKey: nil)
        }
        out += f.error("profile") + "</fieldset>\n<fieldset><legend>Which partners?</legend>"
        out += f.kinds("kind", label: "Kinds (none ticked: every kind)")
        out += f.select("county", label: "In county", counties, none: "anywhere", errorKey: "county")
        if !eco.clusters.isEmpty {
            out += f.select("cluster", label: "In cluster", eco.clusters, none: "any", errorKey: "cluster")
        }
        out += f.number("top", label: "How many", range: 1...1000, fallback: Self.defaultTop)
        out += "</fieldset>\n<button type=\"submit\">Find partners</button>\n</form>\n"
        return out
    }
}
