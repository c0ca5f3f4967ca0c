import KlyngeEcosystem
import KlyngeGraph

/// Proposes consortia for a call: every role covered, the lead in, at least one new tie,
/// as good as possible on topic fit, cohesion and public/private balance.
///
/// ## Objective
/// For a team T of N members (N ≥ 2), let c(m) be the TF-IDF cosine between member m's topic
/// vector (``MatchingContext/vectors``: declared topics, its projects' topics and title words)
/// and the call's vector (its topics as phrases, weighted by the same ``TopicIndex``), and c* the
/// largest c over all candidates (1 when every c is 0). Then
///
///     score(T) = F(T) + λ·C(T) + μ·B(T)
///     F(T) = (1/N) Σ_{m∈T} c(m)/c*                       relative topic fit, 0…1
///     C(T) = |{ {a,b} ⊂ T : a, b share a project }| / (N(N−1)/2)   cohesion, 0…1
///     B(T) = 1 − |#public − #private| / N                public/private balance, 0…1
///
/// with λ = ``ConsortiumWeights/cohesion`` (default 0.5) and μ = ``ConsortiumWeights/balance``
/// (default 0.25). F is Σ topic fit scaled by 1/(N·c*), so the three terms share a 0…1 scale
/// whatever the dataset's typical cosines; "share a project" is an edge of the context's
/// collaboration graph. The sector is `MemberKind.isPublic`.
///
/// Subject to:
/// - every role covered: at least k members of a kind the call lists k times;
/// - |T| = N (default: the role count, plus one when the lead's kind is not a role; at least 2);
/// - the lead, if given, in T;
/// - at least one new tie: some pair of T has not shared a project (C(T) < 1).
///
/// ## Search
/// Candidates: for each role kind the ``ConsortiumCall/candidatesPerRole`` members of that kind
/// with the best c (then the most projects, then id) among those the call's filters keep
/// (``ConsortiumCall/counties``, ``ConsortiumCall/countries``, ``ConsortiumCall/cluster``,
/// ``ConsortiumCall/excluded``; members whose name is only an identifier only with
/// ``ConsortiumCall/includeUnnamed``); members beyond the required roles come from the same
/// pools. The lead is never filtered out.
///
/// 1. Greedy construction: from the lead, add one candidate at a time, the one that maximises the
///    score of the partial team (ties by member id), only from kinds still missing once the open
///    seats are just enough for them. Besides this start, one greedy start per candidate, seeded
///    with it (multi-start).
/// 2. Local search, best improvement: swap one non-lead member for one candidate (the roles still
///    covered) while that improves, from every start; the best of these local optima is then
///    improved with double swaps too (two out, two in, tried when no single swap improves). A
///    move improves with fewer broken constraints, or as many and a score higher by more than
///    1e-12; among equal moves the first in (ids out, ids in) order wins, among equal local
///    optima the first start's. The result is a local optimum: no single or double swap
///    improves it.
/// 3. Alternative k (k ≥ 2) is searched the same way with one more constraint: for every earlier
///    team A with a non-lead members, it keeps at most ⌊a/2⌋ of them (it differs in at least
///    half); its greedy starts avoid earlier teams' non-lead members where the roles allow.
///    The rule is symmetric (every team has the same a), so the teams differ pairwise.
/// 4. Should an alternative still score higher than the first team, the first team is searched
///    again from it and the alternatives recomputed; teams are listed best first.
///
/// Everything runs in a fixed order, so the result is deterministic.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let roles: [MemberKind] = [.municipality, .hospital, .company]
/// let call = ConsortiumCall(topics: ["welfare technology", "fall detection"], roles: roles)
/// let planner = try ConsortiumPlanner(try MatchingContext(eco), call: call)
/// for m in try planner.propose().teams[0].members { print(eco.members[m.member].name, "—", m.why) }
/// ```
///
/// - Complexity: O(V·t) to score the role kinds' members (t call terms); then P starts, each a
///   greedy O(N·P·N²) and single-swap rounds of O(N·P) moves, and double-swap rounds of
///   O(N²·P²) moves for the best; a move costs O(1 + earlier teams). P ≤ candidatesPerRole ×
///   role kinds.
public struct ConsortiumPlanner: Sendable {
    /// The dataset's collaboration graph and topic vectors the planner reads.
    public let context: MatchingContext
    /// The call the teams are proposed for.
    public let call: ConsortiumCall
    /// N: the team size.
    public let size: Int
    /// The call's topics as a TF-IDF vector of the context's index.
    public let callVector: TopicVector
    /// The smallest team the roles and the lead allow (at least 2).
    public let minimumSize: Int
    /// Stops the search when cancelled (checked at each start and each swap round):
    /// ``propose()`` then throws ``ConsortiumError/cancelled``. `klynge serve` cancels it when a
    /// request runs past its time limit.
    public var control: ComputeControl?

    /// Candidate members (and the lead) in ascending id order; the search works on positions here.
    let pool: [Int]
    /// Cosine topic fit of each pool entry.
    let fit: [Double]
    /// fit / c*.
    let relativeFit: [Double]
    /// Each pool entry's position in `kinds` (−1: a lead whose kind is not a role).
    let kindOf: [Int]
    let isPublic: [Bool]
    /// Distinct role kinds in the call's order, and how many of each the team needs.
    let kinds: [MemberKind]
    let required: [Int]
    /// Whether two pool entries share a project: bit i·P + j (a P × P bit matrix, P² / 8 bytes).
    let tieBits: [UInt64]
    /// The lead's pool position.
    let leadSlot: Int?
    /// How many members of each role kind the dataset has (besides the lead) and how many were kept.
    let poolCounts: [(kind: MemberKind, kept: Int, total: Int)]
    /// Members of the role kinds that passed the filters but were left out as unnamed, and the
    /// first one's name (for the note).
    let unnamedLeftOut: (count: Int, example: String?)

    /// Checks the call against the dataset and builds the candidate pools.
    ///
    /// ```swift
    /// let call = ConsortiumCall(topics: ["fall detection"], roles: [.municipality, .company, .company])
    /// let planner = try ConsortiumPlanner(try MatchingContext(eco), call: call)
    /// print(planner.size, planner.candidates.count)  // 3 60: 30 per role kind
    /// ```
    ///
    /// - Throws: ``ConsortiumError`` for no roles or topics, a role kind without enough
    ///   members (in the dataset, or left by the call's filters), an excluded lead, a size
    ///   below the roles, or fewer candidates than seats.
    /// - Complexity: O(V · (t + v̄) + V log V) to score and rank the role kinds' V members (a
    ///   cosine merges the call's t terms with a member's v̄), plus O(P² / 64 + Σ_{m ∈ pool} d(m))
    ///   for the tie matrix of the P candidates.
    public init(_ context: MatchingContext, call: ConsortiumCall) throws(ConsortiumError) {
        let eco = context.ecosystem
        self.context = context
        self.call = call
        if call.roles.isEmpty { throw .noRoles }
        if call.topics.isEmpty { throw .noTopics }
        var kinds: [MemberKind] = []
        var required: [Int] = []
        for r in call.roles {
            if let k = kinds.firstIndex(of: r) {
                required[k] += 1
            } else {
                kinds.append(r)
                required.append(1)
            }
        }
        let leadKind = call.lead.map { eco.members[$0].kind }
        let leadOutside = leadKind.map { !kinds.contains($0) } ?? false
        let needed = call.roles.count + (leadOutside ? 1 : 0)
        minimumSize = max(2, needed)
        if let s = call.size {
            if s < needed { throw .sizeTooSmall(s, needed: needed, leadKind: leadOutside ? leadKind : nil) }
            if s < 2 { throw .sizeBelowTwo(s) }
        }
        size = call.size ?? minimumSize
        let callVector = context.topics.vector(TopicIndex.terms(topics: call.topics, titles: []))
        self.callVector = callVector

        // Candidate pools: the best topic fit per role kind.
        let byId: (Int, Int) -> Bool = { Ranking.idPrecedes(eco.members[$0].id, eco.members[$1].id) }
        var members: [Int] = []
        var counts: [(kind: MemberKind, kept: Int, total: Int)] = []
        var cosine: [Int: Double] = [:]
        if let lead = call.lead, call.excluded.contains(lead) { throw .leadExcluded(eco.members[lead].name) }
        var unnamed = 0
        var example: String?
        for (k, kind) in kinds.enumerated() {
            let all = eco.members.indices.filter { eco.members[$0].kind == kind && $0 != call.lead }
            let need = required[k] - (leadKind == kind ? 1 : 0)
            if all.count < need { throw .noCandidate(kind, needed: need, available: all.count) }
            // The filters and the exclusions, then the unnamed members (counted for the notes).
            var ofKind = all.filter { call.admits(eco.members[$0], at: $0) }
            if !call.includeUnnamed {
                let named = ofKind.filter { !eco.members[$0].isUnnamed }
                unnamed += ofKind.count - named.count
                if example == nil, let first = ofKind.first(where: { eco.members[$0].isUnnamed }) {
                    example = eco.members[first].name
                }
                ofKind = named
            }
            if ofKind.count < need {
                throw .filteredOut(kind, needed: need, available: ofKind.count, total: all.count)
            }
            for c in ofKind { cosine[c] = callVector.cosine(context.vectors[c]) }
            let ranked = ofKind.sorted { a, b in
                if cosine[a]! != cosine[b]! { return cosine[a]! > cosine[b]! }
                if context.projectsOf[a].count != context.projectsOf[b].count {
                    return context.projectsOf[a].count > context.projectsOf[b].count
                }
                return byId(a, b)
            }
            let kept = ranked.prefix(max(call.candidatesPerRole, need))
            members += kept
            counts.append((kind, kept.count, ofKind.count))
        }
        if let lead = call.lead {
            members.append(lead)
            cosine[lead] = callVector.cosine(context.vectors[lead])
        }
        let seats = size - (call.lead == nil ? 0 : 1)
        let candidates = members.count - (call.lead == nil ? 0 : 1)
        if candidates < seats { throw .tooFewCandidates(seats: seats, available: candidates) }
        let pool = members.sorted(by: byId)
        self.pool = pool
        poolCounts = counts
        unnamedLeftOut = (unnamed, example)
        self.kinds = kinds
        self.required = required
        let fit = pool.map { cosine[$0]! }
        self.fit = fit
        let best = fit.max() ?? 0
        relativeFit = fit.map { best > 0 ? $0 / best : 0 }
        kindOf = pool.map { kinds.firstIndex(of: eco.members[$0].kind) ?? -1 }
        isPublic = pool.map { eco.members[$0].kind.isPublic }
        leadSlot = call.lead.flatMap { pool.firstIndex(of: $0) }
        // Ties among the pool, from the collaboration graph.
        let p = pool.count
        var slotOf: [Int: Int] = [:]
        for (i, m) in pool.enumerated() { slotOf[m] = i }
        var bits = [UInt64](repeating: 0, count: (p * p + 63) / 64)
        let g = context.graph
        for (i, m) in pool.enumerated() {
            for a in g.arcRange(m) where g.weight(ofArc: a) > 0 {
                if let j = slotOf[g.target(ofArc: a)], j != i {
                    bits[(i * p + j) >> 6] |= 1 << UInt64((i * p + j) & 63)
                }
            }
        }
        tieBits = bits
    }

    /// The score of a team of member indices, or nil when one of them is not a candidate.
    /// Does not check the constraints.
    ///
    /// ```swift
    /// let team = try planner.propose().teams[0]
    /// let score = planner.evaluate(team.members.map(\.member))!  // == team.score
    /// print(score.score, score.cohesion, score.newTies)
    /// ```
    ///
    /// - Complexity: O(N · P + N²) for N members and P candidates.
    public func evaluate(_ members: [Int]) -> TeamScore? {
        var slots: [Int] = []
        for m in members {
            guard let i = pool.firstIndex(of: m) else { return nil }
            slots.append(i)
        }
        return score(slots)
    }

    /// `true` when the members satisfy the call's constraints (roles, size, lead, a new tie);
    /// nil when one of them is not a candidate.
    ///
    /// ```swift
    /// let team = try planner.propose().teams[0].members.map(\.member)
    /// print(planner.isFeasible(team)!)                    // true
    /// print(planner.isFeasible(Array(team.dropLast()))!)  // false: a seat short
    /// ```
    ///
    /// - Complexity: O(N · P + N²) for N members and P candidates.
    public func isFeasible(_ members: [Int]) -> Bool? {
        var slots: [Int] = []
        for m in members {
            guard let i = pool.firstIndex(of: m) else { return nil }
            slots.append(i)
        }
        return Set(slots).count == size && slots.count == size && coversRoles(slots)
            && (leadSlot.map(slots.contains) ?? true) && hasNewTie(slots)
    }

    /// Every candidate (member indices, ascending id), the lead included.
    /// - Complexity: O(1).
    public var candidates: [Int] { pool }

    func score(_ team: [Int]) -> TeamScore {
        let t = team.sorted()
        let n = t.count
        var rel = 0.0
        var cos = 0.0
        var pub = 0
        var tied = 0
        for i in t {
            rel += relativeFit[i]
            cos += fit[i]
            if isPublic[i] { pub += 1 }
        }
        for (x, i) in t.enumerated() {
            for j in t[(x + 1)...] where self.tied(i, j) { tied += 1 }
        }
        let pairs = n * (n - 1) / 2
        let f = n > 0 ? rel / Double(n) : 0
        let c = pairs > 0 ? Double(tied) / Double(pairs) : 0
        let b = n > 0 ? 1 - Double(abs(pub - (n - pub))) / Double(n) : 0
        let w = call.weights
        return TeamScore(
            score: f + w.cohesion * c + w.balance * b,
            relativeFit: f,
            meanFit: n > 0 ? cos / Double(n) : 0,
            cohesion: c,
            balance: b,
            tiedPairs: tied,
            pairs: pairs,
            publicCount: pub,
            privateCount: n - pub
        )
    }

    func tied(_ i: Int, _ j: Int) -> Bool {
        let b = i * pool.count + j
        return tieBits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    func hasNewTie(_ team: [Int]) -> Bool {
        for (x, i) in team.enumerated() {
            for j in team[(x + 1)...] where !tied(i, j) { return true }
        }
        return false
    }

    func coversRoles(_ team: [Int]) -> Bool {
        var have = [Int](repeating: 0, count: kinds.count)
        for i in team where kindOf[i] >= 0 { have[kindOf[i]] += 1 }
        return zip(have, required).allSatisfy { $0 >= $1 }
    }
}

extension ConsortiumPlanner {
    /// A candidate's topic fit (TF-IDF cosine with the call), or nil when it is not a candidate.
    ///
    /// ```swift
    /// let fits = planner.candidates.map { ($0, planner.topicFit(of: $0)!) }
    /// let closest = fits.max { $0.1 < $1.1 }!.0  // the candidate nearest the call's topics
    /// ```
    ///
    /// - Complexity: O(P) for P candidates.
    public func topicFit(of member: Int) -> Double? {
        pool.firstIndex(of: member).map { fit[$0] }
    }
}
