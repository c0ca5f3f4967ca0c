import KlyngeEcosystem
import KlyngeMatching

/// Ranked partner suggestions as a report: one row per suggestion with every feature's
/// normalised value, and, when explained, the reasons behind each.
///
/// With `explain`, `table` and `md` follow the table with a "Why" list (the reasons of each
/// suggestion in words); `csv` and `json` add a `reasons` column instead.
///
/// With a ``summary`` (``Matcher/summary(of:for:)``), the formats for people (text, Markdown,
/// HTML) say once what every suggestion shares and how many partners were left out, and leave
/// out the network columns a seeker without collaborations has at 0, with a sentence saying why.
/// CSV, JSON and workbooks are for machines: they keep every column and each suggestion's full
/// reasons.
///
/// ```swift
/// let ranked = Matcher(context).rank(MatchQuery(seeker: .member(7)))
/// let report = MatchReport(Array(ranked.prefix(5)), seeker: .member(7), in: eco, explain: true)
/// print(report.render(.md))
/// ```
public struct MatchReport: Sendable {
    /// The suggestions shown, best first.
    public var suggestions: [Suggestion]
    public var seeker: Seeker
    public var ecosystem: Ecosystem
    /// Whether to show each suggestion's reasons.
    public var explain: Bool
    /// What the formats for people say once above the list (nil: nothing).
    public var summary: MatchSummary?

    public init(
        _ suggestions: [Suggestion],
        seeker: Seeker,
        in ecosystem: Ecosystem,
        explain: Bool = false,
        summary: MatchSummary? = nil
    ) {
        self.suggestions = suggestions
        self.seeker = seeker
        self.ecosystem = ecosystem
        self.explain = explain
        self.summary = summary
    }

    /// The columns: rank, member, name, kind, county, score, one per ``MatchFeature`` (in
    /// declaration order), and `reasons` (joined by "; ") when `withReasons`.
    /// - Complexity: O(suggestions × features).
    public func table(withReasons: Bool = false) -> Table {
        table(withReasons: withReasons, forPeople: false)
    }

    /// ``table(withReasons:)``, or with `forPeople` the table the formats for people show: without
    /// the summary's empty network and country columns, each suggestion's reasons without the shared ones.
    func table(withReasons: Bool, forPeople: Bool) -> Table {
        let left = forPeople ? Set((summary?.emptyNetworkFeatures ?? []) + (summary?.emptyCountryFeatures ?? [])) : []
        let features = MatchFeature.allCases.filter { !left.contains($0) }
        var columns = ["rank", "member", "name", "kind", "county", "score"] + features.map(\.rawValue)
        if withReasons { columns.append("reasons") }
        let rows = suggestions.enumerated().map { r, s -> [Table.Cell] in
            let m = ecosystem.members[s.candidate]
            var row: [Table.Cell] = [
                .integer(r + 1), .text(m.id), .text(m.name), .text(m.kind.rawValue), .text(m.county ?? ""),
                .number(s.score),
            ]
            row += features.map { .number(s.features[$0] ?? 0) }
            if withReasons { row.append(.text(reasons(of: s, forPeople: forPeople).joined(separator: "; "))) }
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    /// A suggestion's reasons: all of them, or for people those the summary does not say once.
    func reasons(of s: Suggestion, forPeople: Bool) -> [String] {
        guard forPeople, let summary else { return s.reasons }
        return summary.ownReasons(of: s)
    }

    /// The sentences the formats for people say once, above the list: the reasons every
    /// suggestion shares (when explained), the partners left out, the network columns left out.
    public var summarySentences: [String] {
        guard let summary else { return [] }
        var out: [String] = []
        if explain {
            out += summary.sharedReasons.map { "Every suggestion: \($0)." }
        }
        let n = summary.partnersLeftOut
        if n > 0 {
            out.append(
                "\(n) member\(n == 1 ? "" : "s") \(seekerName) already works with \(n == 1 ? "is" : "are") left out "
                    + "(--include-partners keeps them)."
            )
        }
        let empty = summary.emptyNetworkFeatures
        if !empty.isEmpty {
            let names = empty.map(\.rawValue)
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            let who = summary.newcomer ? "the newcomer has none yet" : "\(seekerName) has none in the data"
            out.append(
                "\(list) \(names.count == 1 ? "is" : "are") left out of the table: \(names.count == 1 ? "it measures" : "they measure") "
                    + "the seeker's own collaborations and \(who), so \(names.count == 1 ? "it is" : "they are") 0 "
                    + "for every suggestion (CSV, JSON and XLSX keep \(names.count == 1 ? "the column" : "the columns"))."
            )
        }
        if !summary.emptyCountryFeatures.isEmpty {
            let why =
                ecosystem.countryVocabulary.names.isEmpty
                ? "the dataset has no country column"
                : summary.newcomer
                    ? "the newcomer has no country (--profile \"…;country=…\")" : "\(seekerName) has no country"
            out.append(
                "same_country is left out of the table: \(why), so it is 0 for every suggestion "
                    + "(CSV, JSON and XLSX keep the column)."
            )
        }
        return out
    }

    /// The seeker's name as the "Why" heading says it: a member's name, or "the newcomer".
    public var seekerName: String {
        if case .member(let i) = seeker { ecosystem.members[i].name } else { "the newcomer" }
    }

    /// The report in `format`, ending with a newline.
    /// - Complexity: O(suggestions × (features + reasons)).
    public func render(_ format: OutputFormat) -> String {
        let inline = format == .csv || format == .json
        if inline { return table(withReasons: explain).render(format) }
        var text = table(withReasons: false, forPeople: true).render(format)
        let sentences = summarySentences
        if !sentences.isEmpty { text += "\n" + sentences.joined(separator: "\n") + "\n" }
        if explain { text += why(markdown: format == .md) }
        return text
    }

    /// "Why, for NAME:" (or a Markdown "### Why" heading), then each suggestion numbered with
    /// its reasons (but those said once above) as a bulleted list.
    func why(markdown: Bool) -> String {
        var text = markdown ? "\n### Why\n\n" : "\nWhy, for \(seekerName):\n"
        for (r, s) in suggestions.enumerated() {
            let name = ecosystem.members[s.candidate].name
            text += markdown ? "\(r + 1). **\(name)**\n" : "\(r + 1). \(name)\n"
            for reason in reasons(of: s, forPeople: true) { text += "   - " + reason + "\n" }
        }
        return text
    }
}
