import KlyngeEcosystem
import KlyngeGraph

/// Ranks candidates for a seeker: each candidate's score is Σ_f w_f · x_f over the
/// registered ``MatchFeature``s (x_f normalised to 0…1 within the query, w_f from
/// ``MatchWeights``), best first, ties by member id (NetworKit's `ranking()` order).
/// The network evidence follows NetworkX: personalised PageRank (`networkx.pagerank` with a
/// personalisation) and the Adamic–Adar index (`networkx.adamic_adar_index`).
///
///     let matcher = Matcher(try MatchingContext(eco))
///     var query = MatchQuery(seeker: .member(eco.memberIndex(of: "m0001")!), kinds: [.municipality])
///     query.top = 5
///     for s in matcher.rank(query).prefix(5) { print(eco.members[s.candidate].name, s.reasons) }
public struct Matcher: Sendable {
    public let context: MatchingContext
    /// The per-member and per-project data the features read, precomputed once.
    let index: FeatureIndex
    /// The link-prediction pass over the context's collaboration graph (shared partners, and
    /// the evaluator's neighbourhood baselines).
    let links: LinkPrediction

    /// Prepares the per-member data the features read and the link-prediction pass.
    ///
    /// ```swift
    /// let matcher = Matcher(try MatchingContext(eco, before: 2022))
    /// ```
    ///
    /// - Complexity: O(members' topic terms + projects' topics + n + m) for the collaboration
    ///   graph's n members and m ties.
    public init(_ context: MatchingContext) {
        self.context = context
        index = FeatureIndex(context)
        links = LinkPrediction(context.graph)
    }

    /// The candidates that pass the query's filters (``MatchQuery/kinds``, counties, cluster,
    /// size, pilot sites, the seeker's partners), ascending; never the seeker.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let matcher = Matcher(try MatchingContext(eco))
    /// let seeker = try Seeker.parseProfile("kind=company;topics=fall detection;county=Vestland")
    /// let municipalities = matcher.candidates(for: MatchQuery(seeker: seeker, kinds: [.municipality]))
    /// ```
    ///
    /// - Complexity: O(members · filters).
    public func candidates(for query: MatchQuery) -> [Int] {
        let seekerIndex: Int? = if case .member(let i) = query.seeker { i } else { nil }
        let filters = query.filters(in: context)
        return context.ecosystem.members.indices.filter { c in
            c != seekerIndex && filters.allSatisfy { $0.keeps(c) }
        }
    }

    /// Every candidate's features and score, best first (ties by member id), with the path
    /// and reasons for the first `query.top` when `explain`.
    ///
    ///     let ranked = matcher.rank(MatchQuery(seeker: .member(seeker)))
    ///     let best = ranked.first.map { eco.members[$0.candidate].id }
    ///
    /// - Complexity: O(push PPR + d_s · d̄ + Σ_c (t + p_c)) for candidates c of p_c projects
    ///   and t shared topic terms; the candidates are scored on `query.threads` workers
    ///   (same result for any count).
    public func rank(_ query: MatchQuery, among given: [Int]? = nil, explain: Bool = true) -> [Suggestion] {
        let eco = context.ecosystem
        let candidates = given ?? self.candidates(for: query)
        guard !candidates.isEmpty else { return [] }
        let seeker = SeekerProfile(query.seeker, context: context)
        let scored = score(query, seeker: seeker, among: candidates)
        let scores = scored.scores
        let width = MatchFeature.allCases.count
        let order = candidates.indices.ranked(score: { scores[$0] }, id: { eco.members[candidates[$0]].id })
        // Shortest collaboration paths from the seeker (BFS tree: ties by earlier discovery).
        let paths = explain ? seeker.index.map { context.graph.breadthFirstTree(from: $0) } : nil
        return order.enumerated().map { rank, i in
            let c = candidates[i]
            var features: [MatchFeature: Double] = [:]
            for (k, f) in MatchFeature.allCases.enumerated() { features[f] = scored.features[i * width + k] }
            var s = Suggestion(candidate: c, score: scores[i], features: features, path: [], reasons: [])
            if explain && rank < query.top {
                s.path = paths?.path(to: c) ?? []
                s.reasons = Explainer(context: context, seeker: seeker, weights: query.weights).reasons(for: s)
            }
            return s
        }
    }
}
