import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports

/// A match as the API and the match page show it: the suggestions `klynge match` would print
/// for the same query, and how many candidates were ranked.
public struct MatchOutcome: Sendable {
    /// The suggestions shown, best first (at most `top`).
    public var suggestions: [Suggestion]
    /// How many candidates passed the filters and were ranked.
    public var candidates: Int
    /// What the page says once above the list (``Matcher/summary(of:for:)``).
    public var summary: MatchSummary
    /// The report `klynge match` writes: `report.render(.json)` is its `--format json`.
    public var report: MatchReport
    /// The seeker, names resolved.
    public var seeker: Seeker { report.seeker }
}

extension ServedDataset {
    /// Ranks the candidates of `p` as `klynge match` does (``Matcher/rank(_:among:explain:)`` on the
    /// shared ``MatchingContext``) and keeps the first `top`.
    ///
    /// ```swift
    /// let p = try MatchParameters(query: QueryValues(query: "for=Bergen&kind=municipality"), in: served)
    /// let outcome = try served.match(p)
    /// print(outcome.report.render(.json))  // byte for byte `klynge match … --format json`
    /// ```
    ///
    /// - Throws: ``ParameterError`` (no parameter) when no candidate passes the filters, with
    ///   `Matcher.noCandidates(for:)`'s count of what each filter leaves.
    /// - Complexity: O(candidates · features + top · explanation).
    public func match(_ p: MatchParameters) throws(ParameterError) -> MatchOutcome {
        let matcher = Matcher(context)
        let ranked = matcher.rank(p.query)
        if ranked.isEmpty { throw ParameterError(nil, matcher.noCandidates(for: p.query).description) }
        let shown = Array(ranked.prefix(p.top))
        let summary = matcher.summary(of: shown, for: p.query)
        return MatchOutcome(
            suggestions: shown,
            candidates: ranked.count,
            summary: summary,
            report: MatchReport(shown, seeker: p.query.seeker, in: ecosystem, explain: p.explain, summary: summary)
        )
    }
}
