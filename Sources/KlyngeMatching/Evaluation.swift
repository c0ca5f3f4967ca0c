import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// The ranking methods `klynge evaluate` compares: Klynge's matcher and the baselines.
public enum EvaluationMethod: String, Sendable, CaseIterable, Comparable {
    /// ``Matcher`` with the given ``MatchWeights``.
    case klynge
    /// A seeded SplitMix64 shuffle of the candidates (Fisher–Yates, one stream per query).
    case random
    /// d(s) · d(c): popular candidates first.
    case preferentialAttachment = "preferential_attachment"
    /// |N(s) ∩ N(c)|.
    case commonNeighbours = "common_neighbours"
    /// |N(s) ∩ N(c)| / |N(s) ∪ N(c)|.
    case jaccard
    /// Σ 1 / ln d(w) over shared partners w.
    case adamicAdar = "adamic_adar"
    /// Σ 1 / d(w) over shared partners w.
    case resourceAllocation = "resource_allocation"
    /// Personalised PageRank from the seeker (α = 0.85, ties weighted by shared projects, push ε = 10⁻⁶).
    case personalisedPageRank = "personalised_pagerank"
    /// TF-IDF cosine of the topic documents alone (Klynge's ``MatchFeature/topicFit``).
    case topicFit = "topic_fit"

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The baselines' link score, when the method is one.
    var linkScore: LinkScore? {
        switch self {
        case .preferentialAttachment: .preferentialAttachment
        case .commonNeighbours: .commonNeighbours
        case .jaccard: .jaccard
        case .adamicAdar: .adamicAdar
        case .resourceAllocation: .resourceAllocation
        default: nil
        }
    }
}

/// One seeker of a time split: whom it may be matched with and whom it went on to partner.
public struct EvaluationQuery: Sendable, Equatable {
    /// The seeker (member index).
    public let seeker: Int
    /// Every target-kind member of the training graph other than the seeker and not tied to it, ascending.
    public let candidates: [Int]
    /// The candidates it partnered in a project starting in the split year or later, ascending.
    public let partners: [Int]
}

/// The honest test of partner matching: learn from the projects that started before a
/// year, predict the partnerships of the projects that started in it or later.
///
/// - A member is **in the training graph** when it took part in at least one training
///   project (start before the split year); its degree there may be 0 when those projects
///   had no other participant (e.g. single-beneficiary SME-instrument grants).
/// - Two members are **tied** when they shared a training project.
/// - A **test pair** (s, t): s of a seeker kind, t of a target kind, s ≠ t, both in the
///   training graph, not tied, and both in some project starting in the split year or
///   later (and before `testBefore`, when given). Projects of unknown start are in neither set.
/// - Each seeker with at least one test pair is a **query**; its candidates are all
///   target-kind members of the training graph other than itself and not tied to it.
///   Queries are ordered by member index, so results never depend on scheduling.
public struct TimeSplit: Sendable {
    /// The training data: projects starting before the split year.
    public let context: MatchingContext
    public let splitYear: Int
    /// Test projects start before this year too (nil: no upper bound).
    public let testBefore: Int?
    public let seekerKinds: Set<MemberKind>
    public let targetKinds: Set<MemberKind>
    public let queries: [EvaluationQuery]

    /// Builds the training context (projects before `splitYear`) and the queries.
    /// - Complexity: O(training context + Σ_p k_p² over test projects + Q · T) for Q queries and T targets.
    public init(
        _ eco: Ecosystem,
        splitYear: Int,
        seekerKinds: Set<MemberKind>,
        targetKinds: Set<MemberKind>,
        testBefore: Int? = nil
    ) throws {
        try self.init(
            context: MatchingContext(eco, before: splitYear),
            seekerKinds: seekerKinds,
            targetKinds: targetKinds,
            testBefore: testBefore
        )
    }

    /// The queries of an existing training context (its cutoff is the split year).
    public init(
        context: MatchingContext,
        seekerKinds: Set<MemberKind>,
        targetKinds: Set<MemberKind>,
        testBefore: Int? = nil
    ) {
        precondition(context.cutoff != nil, "a time split needs a context with a cutoff year")
        let eco = context.ecosystem
        let g = context.graph
        let split = context.cutoff!
        self.context = context
        splitYear = split
        self.testBefore = testBefore
        self.seekerKinds = seekerKinds
        self.targetKinds = targetKinds
        let n = eco.members.count
        let inTraining = context.projectsOf.map { !$0.isEmpty }
        let isSeeker = eco.members.indices.map { inTraining[$0] && seekerKinds.contains(eco.members[$0].kind) }
        let isTarget = eco.members.indices.map { inTraining[$0] && targetKinds.contains(eco.members[$0].kind) }
        // Later partners of each seeker (ties and the seeker itself removed below).
        var later = [[Int]](repeating: [], count: n)
        for (p, ms) in eco.membersByProject.enumerated() {
            guard let y = eco.projects[p].start?.year, y >= split, testBefore.map({ y < $0 }) ?? true else { continue }
            let members = Array(Set(ms.map(\.member))).sorted()
            for a in members where isSeeker[a] {
                for b in members where b != a && isTarget[b] { later[a].append(b) }
            }
        }
        let pool = (0..<n).filter { isTarget[$0] }
        var tied = [Bool](repeating: false, count: n)
        var queries: [EvaluationQuery] = []
        for s in 0..<n where !later[s].isEmpty {
            for a in g.arcRange(s) { tied[g.target(ofArc: a)] = true }
            let partners = Array(Set(later[s].filter { !tied[$0] })).sorted()
            if !partners.isEmpty {
                queries.append(
                    EvaluationQuery(seeker: s, candidates: pool.filter { $0 != s && !tied[$0] }, partners: partners)
                )
            }
            for a in g.arcRange(s) { tied[g.target(ofArc: a)] = false }
        }
        self.queries = queries
    }

    /// The number of test pairs (Σ partners over queries).
    public var testPairs: Int { queries.reduce(0) { $0 + $1.partners.count } }
}

/// How a query's ranking scores: computed on one ranked candidate list.
public struct RankingMetrics: Sendable, Equatable {
    /// 1 / rank of the first true partner (ranks from 1).
    public var reciprocalRank: Double
    /// True partners among the first k, divided by k (also when fewer than k candidates).
    public var precision: Double
    /// True partners among the first k, divided by the number of true partners.
    public var recall: Double
    /// P(a random true partner scores above a random other candidate), ties counting ½
    /// (Mann–Whitney); nil when every candidate is a true partner.
    public var auc: Double?

    public init(reciprocalRank: Double, precision: Double, recall: Double, auc: Double?) {
        self.reciprocalRank = reciprocalRank
        self.precision = precision
        self.recall = recall
        self.auc = auc
    }

    /// The metrics of candidates ranked by `scores` (higher first; equal scores by
    /// `tieKeys`, lower first), `isPartner` marking the true partners (at least one).
    /// AUC compares scores only: candidates with equal scores count half, whatever their keys.
    /// - Complexity: O(P · C) for P true partners among C candidates (no sort: each
    ///   partner's rank is the number of candidates ranked before it).
    public init(scores: [Double], isPartner: [Bool], tieKeys: [Int], k: Int) {
        precondition(scores.count == isPartner.count && scores.count == tieKeys.count)
        var positives = 0
        var bestRank = Int.max
        var hits = 0
        var wins = 0.0
        for p in scores.indices where isPartner[p] {
            positives += 1
            let sp = scores[p]
            let kp = tieKeys[p]
            var before = 0
            var lower = 0
            var equal = 0
            for c in scores.indices {
                let sc = scores[c]
                if sc > sp || (sc == sp && tieKeys[c] < kp) { before += 1 }
                if !isPartner[c] {
                    if sc < sp { lower += 1 } else if sc == sp { equal += 1 }
                }
            }
            bestRank = min(bestRank, before + 1)
            if before < k { hits += 1 }
            wins += Double(lower) + 0.5 * Double(equal)
        }
        precondition(positives > 0, "a query needs at least one true partner")
        reciprocalRank = 1 / Double(bestRank)
        precision = Double(hits) / Double(max(k, 1))
        recall = Double(hits) / Double(positives)
        let negatives = scores.count - positives
        auc = negatives > 0 ? wins / (Double(positives) * Double(negatives)) : nil
    }
}

/// One method's metrics averaged over the queries (in query order).
public struct MethodSummary: Sendable, Equatable {
    public var method: EvaluationMethod
    public var queries: Int
    /// Mean reciprocal rank of the first true partner.
    public var mrr: Double
    public var precisionAtK: Double
    public var recallAtK: Double
    /// Mean AUC over the queries that have a non-partner candidate (NaN when none has).
    public var auc: Double
    /// The number of queries AUC averages over.
    public var aucQueries: Int
    /// Each query's reciprocal rank, in query order (what ``mrr`` averages; the bootstrap resamples them).
    public var reciprocalRanks: [Double]

    /// The mean of per-query metrics, summed in the given order.
    public init(method: EvaluationMethod, metrics: [RankingMetrics]) {
        self.method = method
        queries = metrics.count
        let n = Double(max(metrics.count, 1))
        reciprocalRanks = metrics.map(\.reciprocalRank)
        mrr = reciprocalRanks.reduce(0, +) / n
        precisionAtK = metrics.reduce(0) { $0 + $1.precision } / n
        recallAtK = metrics.reduce(0) { $0 + $1.recall } / n
        let aucs = metrics.compactMap(\.auc)
        aucQueries = aucs.count
        auc = aucs.isEmpty ? .nan : aucs.reduce(0, +) / Double(aucs.count)
    }
}

/// Options of an evaluation run.
public struct EvaluationOptions: Sendable {
    /// The k of precision@k and recall@k.
    public var k = 10
    /// Seed of the random baseline's shuffles.
    public var seed: UInt64 = 42
    /// Klynge's weights.
    /// Klynge's weights; nil: ``MatchWeights/defaults(targets:)`` of the split's target kinds.
    public var weights: MatchWeights?
    public var methods = EvaluationMethod.allCases
    /// Worker threads (nil: all cores); the result is the same for any count.
    public var threads: Int?

    public init() {}
}

/// The outcome of ``Evaluator/run(_:)``.
public struct EvaluationReport: Sendable {
    public var splitYear: Int
    public var queries: Int
    public var testPairs: Int
    /// Mean number of candidates per query.
    public var meanCandidates: Double
    public var k: Int
    public var seed: UInt64
    /// One per method, in ``EvaluationMethod`` order.
    public var methods: [MethodSummary]

    public subscript(_ m: EvaluationMethod) -> MethodSummary? { methods.first { $0.method == m } }

    /// The baseline with the highest MRR (the first in method order on a tie).
    public var bestBaseline: MethodSummary? {
        methods.filter { $0.method != .klynge }.reduce(nil) { best, m in
            best.map { m.mrr > $0.mrr ? m : $0 } ?? m
        }
    }
}

/// Runs the methods on a ``TimeSplit``'s queries.
public struct Evaluator: Sendable {
    public let split: TimeSplit
    let matcher: Matcher
    /// Each member's position in id order (bytewise), the tie-break of every method.
    let idRank: [Int]
    /// Each node's distinct neighbours other than itself (Jaccard's |N(v)|).
    let simpleDegree: [Int]

    public init(_ split: TimeSplit) {
        self.split = split
        matcher = Matcher(split.context)
        let members = split.context.ecosystem.members
        let byID = members.indices.sorted { members[$0].id.utf8.lexicographicallyPrecedes(members[$1].id.utf8) }
        var rank = [Int](repeating: 0, count: members.count)
        for (r, m) in byID.enumerated() { rank[m] = r }
        idRank = rank
        let g = split.context.graph
        var stamp = [Int](repeating: -1, count: g.nodeCount)
        simpleDegree = (0..<g.nodeCount).map { v in
            var d = 0
            for a in g.arcRange(v) where g.target(ofArc: a) != v && stamp[g.target(ofArc: a)] != v {
                stamp[g.target(ofArc: a)] = v
                d += 1
            }
            return d
        }
    }

    /// Every method's metrics; queries run concurrently, their metrics are averaged in query order.
    public func run(_ options: EvaluationOptions) -> EvaluationReport {
        let methods = options.methods.sorted()
        let queries = split.queries
        var perQuery = [[RankingMetrics]](repeating: [], count: queries.count)
        perQuery.withUnsafeMutableBufferPointer { buffer in
            // Safety: each query index is written by exactly one worker; parallelChunks returns
            // after every chunk has finished.
            nonisolated(unsafe) let out = buffer
            parallelChunks(count: queries.count, threads: options.threads, minChunk: 1) { range in
                var scratch = Scratch(nodeCount: self.split.context.graph.nodeCount)
                for v in range {
                    let q = Self.balanced(v, count: queries.count)
                    let scores = self.scores(methods, query: q, options: options, scratch: &scratch)
                    let flags = self.partnerFlags(queries[q])
                    let keys = queries[q].candidates.map { self.idRank[$0] }
                    out[q] = scores.map { RankingMetrics(scores: $0, isPartner: flags, tieKeys: keys, k: options.k) }
                }
            }
        }
        let summaries = methods.enumerated().map { i, m in MethodSummary(method: m, metrics: perQuery.map { $0[i] }) }
        let candidates = queries.reduce(0) { $0 + $1.candidates.count }
        return EvaluationReport(
            splitYear: split.splitYear,
            queries: queries.count,
            testPairs: split.testPairs,
            meanCandidates: queries.isEmpty ? 0 : Double(candidates) / Double(queries.count),
            k: options.k,
            seed: options.seed,
            methods: summaries
        )
    }

    /// `method`'s score of each of query `q`'s candidates (higher: better), in candidate order.
    public func scores(_ method: EvaluationMethod, query q: Int, options: EvaluationOptions) -> [Double] {
        var scratch = Scratch(nodeCount: split.context.graph.nodeCount)
        return scores([method], query: q, options: options, scratch: &scratch)[0]
    }

    /// Dense per-worker buffers for the neighbourhood scores.
    struct Scratch {
        var common: [Int32]
        var adamicAdar: [Double]
        var resource: [Double]
        var touched: [Int] = []
        init(nodeCount: Int) {
            common = [Int32](repeating: 0, count: nodeCount)
            adamicAdar = [Double](repeating: 0, count: nodeCount)
            resource = [Double](repeating: 0, count: nodeCount)
        }
    }

    /// Each method's scores of query `q`'s candidates, in `methods` order. The network
    /// evidence is computed once per query: one pass over the seeker's two-step
    /// neighbourhood gives common neighbours, Jaccard, Adamic–Adar and resource allocation
    /// exactly as `CSRGraph.linkScores` computes them (the same sums in the same order, so
    /// the same bits), and the personalised PageRank and Adamic–Adar Klynge uses are the
    /// baselines' too.
    func scores(
        _ methods: [EvaluationMethod],
        query q: Int,
        options: EvaluationOptions,
        scratch: inout Scratch
    ) -> [[Double]] {
        let query = split.queries[q]
        let s = query.seeker
        let cs = query.candidates
        let context = split.context
        let g = context.graph
        for a in g.arcRange(s) {
            let w = g.target(ofArc: a)
            if w == s { continue }
            let dw = Double(g.degree(w))
            for b in g.arcRange(w) {
                let v = g.target(ofArc: b)
                if v == s || v == w { continue }
                if scratch.common[v] == 0 { scratch.touched.append(v) }
                scratch.common[v] += 1
                scratch.adamicAdar[v] += dw > 1 ? 1 / log(dw) : 0
                scratch.resource[v] += 1 / dw
            }
        }
        let needsPPR = methods.contains { $0 == .klynge || $0 == .personalisedPageRank } && g.degree(s) > 0
        let ppr = needsPPR ? g.personalizedPageRank(from: s, weighted: true) : []
        let evidence = Matcher.NetworkEvidence(
            ppr: needsPPR ? cs.map { ppr[$0] } : [Double](repeating: 0, count: cs.count),
            adamicAdar: cs.map { scratch.adamicAdar[$0] },
            consortium: methods.contains(.klynge) && g.degree(s) > 0
                ? context.consortiumOverlap(of: s, among: cs) : [Double](repeating: 0, count: cs.count)
        )
        let out: [[Double]] = methods.map { method in
            switch method {
            case .klynge:
                var mq = MatchQuery(seeker: .member(s))
                mq.weights = options.weights ?? MatchWeights.defaults(targets: split.targetKinds)
                mq.threads = 1
                return matcher.score(
                    mq,
                    seeker: SeekerProfile(.member(s), context: context),
                    among: cs,
                    evidence: evidence
                ).scores
            case .random:
                var rng = SplitMix64(streamOf: options.seed, index: UInt64(q))
                var order = Array(cs.indices)
                var i = order.count - 1
                while i > 0 {
                    order.swapAt(i, Int(rng.next(below: UInt64(i + 1))))
                    i -= 1
                }
                var out = [Double](repeating: 0, count: cs.count)
                for (position, slot) in order.enumerated() { out[slot] = Double(cs.count - position) }
                return out
            case .personalisedPageRank:
                return evidence.ppr
            case .adamicAdar:
                return evidence.adamicAdar
            case .topicFit:
                // Klynge's topic-fit feature (summed in term order, so equal documents tie exactly).
                let probe = FeatureIndex.Probe(SeekerProfile(.member(s), context: context), index: matcher.index)
                return cs.map { probe.cosine(matcher.index.vectors[$0]) }
            case .preferentialAttachment:
                return cs.map { Double(g.degree(s) * g.degree($0)) }
            case .commonNeighbours:
                return cs.map { Double(scratch.common[$0]) }
            case .jaccard:
                return cs.map { v in
                    let c = Int(scratch.common[v])
                    let union = simpleDegree[s] + simpleDegree[v] - c
                    return union == 0 ? 0 : Double(c) / Double(union)
                }
            case .resourceAllocation:
                return cs.map { scratch.resource[$0] }
            }
        }
        for v in scratch.touched {
            scratch.common[v] = 0
            scratch.adamicAdar[v] = 0
            scratch.resource[v] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        return out
    }

    /// Klynge's normalised features of a query's candidates (row-major, candidate × feature).
    func klyngeFeatures(_ query: EvaluationQuery, weights: MatchWeights) -> [Double] {
        var mq = MatchQuery(seeker: .member(query.seeker))
        mq.weights = weights
        mq.threads = 1
        return matcher.score(
            mq,
            seeker: SeekerProfile(.member(query.seeker), context: split.context),
            among: query.candidates
        ).features
    }

    func partnerFlags(_ query: EvaluationQuery) -> [Bool] {
        var flags = [Bool](repeating: false, count: query.candidates.count)
        for p in query.partners { flags[Self.position(of: p, in: query.candidates)] = true }
        return flags
    }

    /// The index of `x` in the ascending array `a` (which holds it).
    static func position(of x: Int, in a: [Int]) -> Int {
        var lo = 0
        var hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        precondition(lo < a.count && a[lo] == x, "\(x) is not a candidate")
        return lo
    }

    /// The `v`-th query to run: a fixed interleaving, so the contiguous chunks of
    /// ``parallelChunks`` each get a mix of early and late (light and heavy) queries.
    static func balanced(_ v: Int, count: Int) -> Int {
        let lanes = 64
        guard count > lanes else { return v }
        // Lane l holds queries l, l + 64, l + 128, …: ⌈(count − l) / 64⌉ of them.
        let full = count / lanes
        let extra = count % lanes
        let bigLane = full + 1
        let lane: Int
        let offset: Int
        if v < extra * bigLane {
            lane = v / bigLane
            offset = v % bigLane
        } else {
            let w = v - extra * bigLane
            lane = extra + w / full
            offset = w % full
        }
        return lane + offset * lanes
    }
}
