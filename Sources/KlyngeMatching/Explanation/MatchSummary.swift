import Foundation
import KlyngeEcosystem

/// What a list of suggestions says once, above the list, rather than in every row: the reasons
/// every suggestion shares, the members left out as the seeker's partners, and the network
/// columns a seeker without collaborations leaves at 0.
///
/// ```swift
/// let matcher = Matcher(try MatchingContext(eco))
/// var query = MatchQuery(seeker: try Seeker.parseProfile("kind=company;topics=fall detection"))
/// let shown = Array(matcher.rank(query).prefix(10))
/// let summary = matcher.summary(of: shown, for: query)
/// print(summary.sharedReasons)               // ["public partner for a private seeker (+0.12)"]
/// print(summary.ownReasons(of: shown[0]))    // the first suggestion's other reasons
/// print(summary.emptyNetworkFeatures)        // [proximity, shared_partners, consortium_overlap]
/// ```
///
/// - Complexity: O(1) to read; made by ``Matcher/summary(of:for:)``.
public struct MatchSummary: Sendable, Equatable {
    /// Reasons every shown suggestion gives (two or more suggestions), in the first one's order,
    /// each with its contribution (`(+0.12)`, or the range `(+0.08 to +0.12)`); the formats for
    /// people say them once and each suggestion's ``ownReasons(of:)`` without them.
    public var sharedReasons: [String] = []
    /// The words of ``sharedReasons`` (without contributions), to take them out of a suggestion's.
    var sharedWords: Set<String> = []
    /// Members that pass the query's other filters but already work with the seeker, left out
    /// (0 when ``MatchQuery/includePartners`` or for a newcomer).
    public var partnersLeftOut = 0
    /// Features reading the seeker's collaborations (``MatchFeature/readsSeekerNetwork``) that
    /// are 0 for every suggestion because the seeker has none: the formats for people leave
    /// these columns out, with a sentence; CSV, JSON and workbooks keep them.
    public var emptyNetworkFeatures: [MatchFeature] = []
    /// ``MatchFeature/sameCountry`` when the seeker has no country (a profile without
    /// `country=`, a member without a `country` attribute): 0 for every suggestion, left out of
    /// the formats for people with a sentence, as the network columns.
    public var emptyCountryFeatures: [MatchFeature] = []
    /// Whether the seeker is a newcomer (a profile) rather than a member.
    public var newcomer = false

    /// An empty summary: nothing shared, nothing left out.
    public init() {}

    /// The suggestion's reasons but the shared ones.
    ///
    /// ```swift
    /// for s in shown { print(summary.ownReasons(of: s).joined(separator: "; ")) }
    /// ```
    /// - Complexity: O(reasons).
    public func ownReasons(of suggestion: Suggestion) -> [String] {
        suggestion.reasons.filter { !sharedWords.contains(Matcher.words(of: $0)) }
    }
}

extension Matcher {
    /// What to say once about `shown`, the suggestions of `query` shown to the user.
    ///
    /// A reason is shared when every suggestion of `shown` (at least two) gives the same words
    /// (its contribution, the `(+0.12)` at the end, may differ). A member seeker's partners left
    /// out are the candidates of the query with ``MatchQuery/includePartners`` minus those
    /// without. Network features are reported empty only for a seeker without collaborations in
    /// the context (a newcomer, or a member without ties) and when 0 for every suggestion; the
    /// country feature when the seeker has no country.
    ///
    /// ```swift
    /// let shown = Array(matcher.rank(query).prefix(query.top))
    /// let summary = matcher.summary(of: shown, for: query)
    /// print(summary.partnersLeftOut, summary.sharedReasons)
    /// ```
    ///
    /// - Complexity: O(members · filters) for the partners, plus O(s · r²) for s suggestions of
    ///   r reasons.
    public func summary(of shown: [Suggestion], for query: MatchQuery) -> MatchSummary {
        var summary = MatchSummary()
        let seekerIndex: Int? = if case .member(let i) = query.seeker { i } else { nil }
        summary.newcomer = seekerIndex == nil
        if seekerIndex != nil, !query.includePartners {
            var all = query
            all.includePartners = true
            summary.partnersLeftOut = candidates(for: all).count - candidates(for: query).count
        }
        let hasTies = seekerIndex.map { !context.graph.neighbors($0).isEmpty } ?? false
        if !hasTies, !shown.isEmpty {
            summary.emptyNetworkFeatures = MatchFeature.allCases.filter { f in
                f.readsSeekerNetwork && shown.allSatisfy { ($0.features[f] ?? 0) == 0 }
            }
        }
        let seekerCountry = SeekerProfile(query.seeker, context: context).country
        if seekerCountry == nil, !shown.isEmpty, shown.allSatisfy({ ($0.features[.sameCountry] ?? 0) == 0 }) {
            summary.emptyCountryFeatures = [.sameCountry]
        }
        if shown.count >= 2, let first = shown.first {
            for reason in first.reasons {
                let words = Self.words(of: reason)
                let matches = shown.map { s in s.reasons.first { Self.words(of: $0) == words } }
                guard matches.allSatisfy({ $0 != nil }) else { continue }
                let amounts = matches.compactMap { $0.flatMap(Self.contribution(of:)) }
                    .sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
                var said = words
                if let low = amounts.first, let high = amounts.last {
                    said += low == high ? " (+\(low))" : " (+\(low) to +\(high))"
                }
                summary.sharedReasons.append(said)
                summary.sharedWords.insert(words)
            }
        }
        return summary
    }

    /// A reason without its contribution: "public partner for a private seeker".
    static func words(of reason: String) -> String {
        guard let r = reason.range(of: " (+", options: .backwards), reason.hasSuffix(")") else { return reason }
        return String(reason[..<r.lowerBound])
    }

    /// The contribution at the end of a reason, as written ("0.12"), if any.
    static func contribution(of reason: String) -> String? {
        guard let r = reason.range(of: " (+", options: .backwards), reason.hasSuffix(")") else { return nil }
        return String(reason[r.upperBound...].dropLast())
    }
}
