import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// Who is looking for partners.
public enum Seeker: Sendable, Equatable {
    /// A member of the dataset (index).
    case member(Int)
    /// A newcomer with no ties: its kind, topics and county.
    case profile(kind: MemberKind, topics: [String], county: String?)

    /// Parses `kind=company;topics=fall detection,welfare technology;county=Vestland`.
    /// - Throws: ``MatchError/badProfile`` naming the bad field.
    public static func parseProfile(_ text: String) throws(MatchError) -> Seeker {
        var kind: MemberKind?
        var topics: [String] = []
        var county: String?
        for field in text.split(separator: ";") {
            let kv = field.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2 else { throw .badProfile("profile field '\(field)' is not key=value") }
            switch kv[0] {
            case "kind":
                do { kind = try MemberKind.named(kv[1]) } catch { throw .badProfile(error.description) }
            case "topics":
                topics = kv[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            case "county": county = kv[1]
            default: throw .badProfile("unknown profile field '\(kv[0])' (use kind, topics, county)")
            }
        }
        guard let kind else { throw .badProfile("the profile needs kind=…") }
        if topics.isEmpty { throw .badProfile("the profile needs topics=… (comma-separated)") }
        return .profile(kind: kind, topics: topics, county: county)
    }
}

/// What to match: the seeker, which candidates, and how to weigh the evidence.
public struct MatchQuery: Sendable {
    public var seeker: Seeker
    /// Candidate kinds (empty: every kind).
    public var kinds: Set<MemberKind> = []
    /// Only candidates in one of these counties (empty: anywhere).
    public var counties: Set<String> = []
    /// Only candidates of this cluster.
    public var cluster: String?
    /// Only candidates whose size is in this range.
    public var sizeRange: ClosedRange<Int>?
    /// Only candidates that have been a pilot site before.
    public var pilotedBefore = false
    /// Keep candidates the seeker already works with (default: leave them out).
    public var includePartners = false
    public var top = 10
    public var weights: MatchWeights
    public var threads: Int?

    /// Weights default to ``MatchWeights/defaults(for:targets:)`` the seeker and `kinds`.
    public init(seeker: Seeker, kinds: Set<MemberKind> = []) {
        self.seeker = seeker
        self.kinds = kinds
        weights = MatchWeights.defaults(for: seeker, targets: kinds)
    }
}

/// One suggested partner with its score, the features behind it and the evidence.
public struct Suggestion: Sendable, Equatable {
    public var candidate: Int
    public var score: Double
    /// Each feature's normalised value (0…1).
    public var features: [MatchFeature: Double]
    /// Shortest collaboration path from the seeker (member indices, seeker first); empty when none.
    public var path: [Int]
    /// Plain-language reasons, strongest contribution first.
    public var reasons: [String]
}

/// Ranks candidates for a seeker; see ``MatchFeature`` for the evidence and
/// ``MatchWeights`` for how it is combined.
public struct Matcher: Sendable {
    public let context: MatchingContext
    /// The per-member and per-project data the features read, precomputed once.
    let index: FeatureIndex

    /// - Complexity: O(members' topic terms + projects' topics).
    public init(_ context: MatchingContext) {
        self.context = context
        index = FeatureIndex(context)
    }

    /// The candidates that pass the query's filters, ascending.
    public func candidates(for query: MatchQuery) -> [Int] {
        let eco = context.ecosystem
        let seekerIndex: Int? = if case .member(let i) = query.seeker { i } else { nil }
        let partners: Set<Int> = seekerIndex.map { Set(context.graph.neighbors($0).map(Int.init)) } ?? []
        return eco.members.indices.filter { c in
            let m = eco.members[c]
            if c == seekerIndex { return false }
            if !query.kinds.isEmpty && !query.kinds.contains(m.kind) { return false }
            if !query.counties.isEmpty && !(m.county.map(query.counties.contains) ?? false) { return false }
            if let cl = query.cluster, !m.clusters.contains(cl) { return false }
            if let r = query.sizeRange, !(m.size.map(r.contains) ?? false) { return false }
            if query.pilotedBefore && context.pilotCount[c] == 0 { return false }
            if !query.includePartners && partners.contains(c) { return false }
            return true
        }
    }

    /// Every candidate's features and score, best first (ties by member id), with reasons
    /// for the first `query.top`.
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
        var order = Array(candidates.indices)
        order.sort {
            scores[$0] != scores[$1]
                ? scores[$0] > scores[$1]
                : eco.members[candidates[$0]].id.utf8.lexicographicallyPrecedes(eco.members[candidates[$1]].id.utf8)
        }
        let paths = explain ? seeker.index.map { PathFinder(context.graph, from: $0) } : nil
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

    /// The network evidence from a member seeker: personalised PageRank (weighted, α 0.85,
    /// ε 10⁻⁶), the Adamic–Adar index and the consortium overlap of each candidate (in candidate order); none when
    /// the seeker is a newcomer or has no ties.
    struct NetworkEvidence: Sendable {
        /// Personalised PageRank of each candidate, in candidate order.
        var ppr: [Double]
        var adamicAdar: [Double]
        /// ``MatchingContext/consortiumOverlap(of:among:)``, in candidate order.
        var consortium: [Double]
    }

    func networkEvidence(from seeker: Int?, among candidates: [Int]) -> NetworkEvidence {
        let g = context.graph
        guard let s = seeker, g.degree(s) > 0 else {
            let zeros = [Double](repeating: 0, count: candidates.count)
            return NetworkEvidence(ppr: zeros, adamicAdar: zeros, consortium: zeros)
        }
        let ppr = g.personalizedPageRank(from: s, weighted: true)
        return NetworkEvidence(
            ppr: candidates.map { ppr[$0] },
            adamicAdar: g.linkScores(.adamicAdar, from: s, to: candidates),
            consortium: context.consortiumOverlap(of: s, among: candidates)
        )
    }

    /// Normalised features (row-major: candidate × ``MatchFeature/allCases``) and scores, in candidate order.
    struct Scored: Sendable {
        var features: [Double]
        var scores: [Double]
    }

    /// Scores `candidates` for `query` (the work of ``rank(_:among:explain:)`` before sorting).
    /// `evidence`, when given, must be ``networkEvidence(from:among:)`` of the same seeker and candidates.
    func score(
        _ query: MatchQuery,
        seeker: SeekerProfile,
        among candidates: [Int],
        evidence given: NetworkEvidence? = nil
    ) -> Scored {
        let width = MatchFeature.allCases.count
        let evidence = given ?? networkEvidence(from: seeker.index, among: candidates)
        let probe = FeatureIndex.Probe(seeker, index: index)
        var raw = [Double](repeating: 0, count: candidates.count * width)
        raw.withUnsafeMutableBufferPointer { buffer in
            // Safety: each chunk writes only the rows of its own disjoint range of candidates;
            // parallelChunks returns after every chunk has finished.
            nonisolated(unsafe) let out = buffer
            parallelChunks(count: candidates.count, threads: query.threads, minChunk: 512) { range in
                for i in range {
                    self.rawFeatures(
                        candidates[i],
                        seeker: seeker,
                        probe: probe,
                        ppr: evidence.ppr[i],
                        aa: evidence.adamicAdar[i],
                        overlap: evidence.consortium[i],
                        into: UnsafeMutableBufferPointer(rebasing: out[(i * width)..<((i + 1) * width)])
                    )
                }
            }
        }
        // Normalise the relative features by their best candidate.
        for f in [MatchFeature.proximity, .sharedPartners, .experience, .activity, .pilotExperience, .capacity] {
            let k = f.index
            var top = 0.0
            for i in candidates.indices { top = max(top, raw[i * width + k]) }
            if top > 0 { for i in candidates.indices { raw[i * width + k] /= top } }
        }
        let weights = MatchFeature.allCases.map { query.weights[$0] }
        let scores = candidates.indices.map { i in
            var s = 0.0
            for k in 0..<width { s = s + weights[k] * raw[i * width + k] }
            return s
        }
        return Scored(features: raw, scores: scores)
    }

    /// Raw (unnormalised) feature values of candidate `c`, in ``MatchFeature/allCases`` order.
    func rawFeatures(
        _ c: Int,
        seeker: SeekerProfile,
        probe: FeatureIndex.Probe,
        ppr: Double,
        aa: Double,
        overlap: Double,
        into r: UnsafeMutableBufferPointer<Double>
    ) {
        r[MatchFeature.topicFit.index] = probe.cosine(index.vectors[c])
        r[MatchFeature.proximity.index] = ppr
        r[MatchFeature.sharedPartners.index] = aa
        r[MatchFeature.consortiumOverlap.index] = overlap
        var onTopic = 0
        for p in context.projectsOf[c] where index.projectTopics[p].contains(where: { probe.topicMask[Int($0)] }) {
            onTopic += 1
        }
        r[MatchFeature.experience.index] = log1p(Double(onTopic))
        r[MatchFeature.activity.index] = log1p(Double(context.projectsOf[c].count))
        r[MatchFeature.pilotExperience.index] = log1p(Double(context.pilotCount[c]))
        r[MatchFeature.complementarity.index] = seeker.kind.isPublic != index.isPublic[c] ? 1 : 0
        r[MatchFeature.geography.index] = probe.closeness(index.county[c])
        r[MatchFeature.capacity.index] = log1p(Double(index.size[c] ?? 0))
        if let last = context.lastYear[c] {
            r[MatchFeature.recency.index] = max(0, min(1, 1 - Double(context.referenceYear - last - 1) / 7))
        }
    }
}

/// What the features read per candidate, precomputed from a context so that scoring a
/// candidate does no string work: topic vectors over term ids, project topics as ids,
/// member kinds, counties and sizes in flat arrays.
struct FeatureIndex: Sendable {
    /// Each member's TF-IDF vector as (term id, weight), ascending term ids (ids in term byte order).
    let vectors: [[(term: Int32, weight: Double)]]
    let termID: [String: Int32]
    /// Each project's topics (lower-cased phrases) as ids.
    let projectTopics: [[Int32]]
    let topicID: [String: Int32]
    let isPublic: [Bool]
    let county: [String?]
    let size: [Int?]

    init(_ context: MatchingContext) {
        let eco = context.ecosystem
        // Ids in byte order, the order TopicVector keeps its terms in: sums run in the same order.
        let terms = Set(context.vectors.flatMap(\.terms)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var termID: [String: Int32] = [:]
        for (i, t) in terms.enumerated() { termID[t] = Int32(i) }
        self.termID = termID
        vectors = context.vectors.map { v in zip(v.terms, v.weights).map { (termID[$0]!, $1) } }
        var topicID: [String: Int32] = [:]
        projectTopics = eco.projects.map { p in
            p.topics.map { t in
                let key = t.lowercased()
                if let id = topicID[key] { return id }
                let id = Int32(topicID.count)
                topicID[key] = id
                return id
            }
        }
        self.topicID = topicID
        isPublic = eco.members.map(\.kind.isPublic)
        county = eco.members.map(\.county)
        size = eco.members.map(\.size)
    }

    /// The seeker's side of the features, prepared once per query.
    struct Probe: Sendable {
        /// The seeker's TF-IDF vector over term ids, ascending (terms no member has are left
        /// out: they add nothing to a dot product).
        let vector: [(term: Int32, weight: Double)]
        /// Which topic ids are the seeker's topics.
        let topicMask: [Bool]
        let county: String?

        init(_ seeker: SeekerProfile, index: FeatureIndex) {
            vector = zip(seeker.vector.terms, seeker.vector.weights).compactMap { t, w in
                index.termID[t].map { ($0, w) }
            }
            var mask = [Bool](repeating: false, count: index.topicID.count)
            for t in seeker.topicSet { if let id = index.topicID[t] { mask[Int(id)] = true } }
            topicMask = mask
            county = seeker.county
        }

        /// ``TopicVector/cosine(_:)`` of the seeker and a member: the same products summed in
        /// the same (term) order, so the same bits, without comparing strings.
        func cosine(_ other: [(term: Int32, weight: Double)]) -> Double {
            var i = 0
            var j = 0
            var s = 0.0
            while i < vector.count && j < other.count {
                if vector[i].term == other[j].term {
                    s += vector[i].weight * other[j].weight
                    i += 1
                    j += 1
                } else if vector[i].term < other[j].term {
                    i += 1
                } else {
                    j += 1
                }
            }
            return min(1, s)
        }

        func closeness(_ other: String?) -> Double { Geography.closeness(county, other) }
    }
}

extension MatchFeature {
    /// Position in ``allCases`` (a switch: this is read for every feature of every candidate).
    var index: Int {
        switch self {
        case .topicFit: 0
        case .proximity: 1
        case .sharedPartners: 2
        case .consortiumOverlap: 3
        case .experience: 4
        case .activity: 5
        case .pilotExperience: 6
        case .complementarity: 7
        case .geography: 8
        case .capacity: 9
        case .recency: 10
        }
    }
}

/// The seeker as matching sees it.
struct SeekerProfile: Sendable {
    let index: Int?
    let kind: MemberKind
    let county: String?
    let vector: TopicVector
    let topicSet: Set<String>
    let name: String

    init(_ seeker: Seeker, context: MatchingContext) {
        switch seeker {
        case .member(let i):
            let m = context.ecosystem.members[i]
            index = i
            kind = m.kind
            county = m.county
            name = m.name
            vector = context.vectors[i]
            topicSet = context.topicSets[i]
        case .profile(let k, let topics, let c):
            index = nil
            kind = k
            county = c
            name = "the newcomer"
            vector = context.topics.vector(TopicIndex.terms(topics: topics, titles: []))
            topicSet = Set(topics.map { $0.lowercased() })
        }
    }
}

/// Shortest collaboration paths from one member (BFS tree; ties by smaller index).
struct PathFinder {
    let parent: [Int32]

    init(_ g: CSRGraph, from s: Int) {
        var parent = [Int32](repeating: -2, count: g.nodeCount)
        parent[s] = -1
        var queue = [s]
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for a in g.arcRange(u) where parent[g.target(ofArc: a)] == -2 {
                parent[g.target(ofArc: a)] = Int32(u)
                queue.append(g.target(ofArc: a))
            }
        }
        self.parent = parent
    }

    /// Member indices from the seeker to `v`, or empty when unreachable.
    func path(to v: Int) -> [Int] {
        guard parent[v] != -2 else { return [] }
        var out = [v]
        var x = v
        while parent[x] >= 0 {
            x = Int(parent[x])
            out.append(x)
        }
        return out.reversed()
    }
}

/// County closeness for the geography feature.
enum Geography {
    /// 1 in the same county; else 2^(−d/200 km) for the distance d between county centres;
    /// 0 when either county is unknown.
    static func closeness(_ a: String?, _ b: String?) -> Double {
        guard let a, let b else { return 0 }
        if a == b { return 1 }
        guard let d = distance(a, b) else { return 0 }
        return pow(2, -d / 200)
    }

    /// Great-circle distance in km between two county centres.
    static func distance(_ a: String, _ b: String) -> Double? {
        guard let p = NorwayCounties.centroids[a], let q = NorwayCounties.centroids[b] else { return nil }
        let r = 6371.0
        let rad = Double.pi / 180
        let dlat = (q.latitude - p.latitude) * rad
        let dlon = (q.longitude - p.longitude) * rad
        let h =
            sin(dlat / 2) * sin(dlat / 2) + cos(p.latitude * rad) * cos(q.latitude * rad) * sin(dlon / 2)
            * sin(dlon / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}
