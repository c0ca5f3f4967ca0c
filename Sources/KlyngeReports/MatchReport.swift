import KlyngeEcosystem
import KlyngeMatching

/// Ranked partner suggestions as a report: one row per suggestion with every feature's
/// normalised value, and, when explained, the reasons behind each.
///
/// With `explain`, `table` and `md` follow the table with a "Why" list (the reasons of each
/// suggestion in words); `csv` and `json` add a `reasons` column instead.
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

    public init(_ suggestions: [Suggestion], seeker: Seeker, in ecosystem: Ecosystem, explain: Bool = false) {
        self.suggestions = suggestions
        self.seeker = seeker
        self.ecosystem = ecosystem
        self.explain = explain
    }

    /// The columns: rank, member, name, kind, county, score, one per ``MatchFeature`` (in
    /// declaration order), and `reasons` (joined by "; ") when `withReasons`.
    /// - Complexity: O(suggestions × features).
    public func table(withReasons: Bool = false) -> Table {
        let features = MatchFeature.allCases
        var columns = ["rank", "member", "name", "kind", "county", "score"] + features.map(\.rawValue)
        if withReasons { columns.append("reasons") }
        let rows = suggestions.enumerated().map { r, s -> [Table.Cell] in
            let m = ecosystem.members[s.candidate]
            var row: [Table.Cell] = [
                .integer(r + 1), .text(m.id), .text(m.name), .text(m.kind.rawValue), .text(m.county ?? ""),
                .number(s.score),
            ]
            row += features.map { .number(s.features[$0] ?? 0) }
            if withReasons { row.append(.text(s.reasons.joined(separator: "; "))) }
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    /// The seeker's name as the "Why" heading says it: a member's name, or "the newcomer".
    public var seekerName: String {
        if case .member(let i) = seeker { ecosystem.members[i].name } else { "the newcomer" }
    }

    /// The report in `format`, ending with a newline.
    /// - Complexity: O(suggestions × (features + reasons)).
    public func render(_ format: OutputFormat) -> String {
        let inline = format == .csv || format == .json
        var text = table(withReasons: explain && inline).render(format)
        if explain && !inline { text += why(markdown: format == .md) }
        return text
    }

    /// "Why, for NAME:" (or a Markdown "### Why" heading), then each suggestion numbered with
    /// its reasons as a bulleted list.
    func why(markdown: Bool) -> String {
        var text = markdown ? "\n### Why\n\n" : "\nWhy, for \(seekerName):\n"
        for (r, s) in suggestions.enumerated() {
            let name = ecosystem.members[s.candidate].name
            text += markdown ? "\(r + 1). **\(name)**\n" : "\(r + 1). \(name)\n"
            for reason in s.reasons { text += "   - " + reason + "\n" }
        }
        return text
    }
}
