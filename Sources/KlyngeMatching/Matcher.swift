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
        var kind: MemberKind?, topics: [String] = [], county: String?
        for field in text.split(separator: ";") {
            let kv = field.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2 else { throw .badProfile("profile field '\(field)' is not key=value") }
            switch kv[0] {
            case "kind":
                guard let k = MemberKind(rawValue: kv[1]) else {
                    throw .badProfile("unknown kind '\(kv[1])' (choose from \(MemberKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                kind = k
            case "topics": topics = kv[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
    public var weights = MatchWeights.defaults
    public var threads: Int?

    public init(seeker: Seeker) { self.seeker = seeker }
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

    public init(_ context: MatchingContext) { self.context = context }

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
    /// - Complexity: O(push PPR + d_s · d̄ + C · t) for C candidates of t topic terms; the
    ///   candidates are scored on `query.threads` workers (same result for any count).
    public func rank(_ query: MatchQuery, among given: [Int]? = nil, explain: Bool = true) -> [Suggestion] {
        let eco = context.ecosystem
        let candidates = given ?? self.candidates(for: query)
        guard !candidates.isEmpty else { return [] }
        let seeker = SeekerProfile(query.seeker, context: context)
        let g = context.graph
        // Network evidence: personalised PageRank and Adamic–Adar from the seeker.
        var ppr: [Int: Double] = [:]
        var aa = [Double](repeating: 0, count: candidates.count)
        if let s = seeker.index, g.degree(s) > 0 {
            ppr = g.personalizedPageRank(from: s, weighted: true)
            aa = g.linkScores(.adamicAdar, from: s, to: candidates)
        }
        var raw = [[Double]](repeating: [Double](repeating: 0, count: MatchFeature.allCases.count), count: candidates.count)
        raw.withUnsafeMutableBufferPointer { buffer in
            // Safety: each chunk writes only raw[i] for i in its own disjoint range; parallelChunks
            // returns after every chunk has finished.
            nonisolated(unsafe) let out = buffer
            let pprScores = ppr, aaScores = aa
            parallelChunks(count: candidates.count, threads: query.threads, minChunk: 512) { range in
                for i in range {
                    out[i] = self.rawFeatures(candidates[i], seeker: seeker, ppr: pprScores[candidates[i]] ?? 0, aa: aaScores[i])
                }
            }
        }
        // Normalise the relative features by their best candidate.
        let relative: [MatchFeature] = [.proximity, .sharedPartners, .experience, .pilotExperience, .capacity]
        for f in relative {
            let k = f.index
            let top = raw.map { $0[k] }.max() ?? 0
            if top > 0 { for i in raw.indices { raw[i][k] /= top } }
        }
        var order = Array(candidates.indices)
        let scores = raw.map { r in MatchFeature.allCases.enumerated().reduce(0) { $0 + query.weights[$1.element] * r[$1.offset] } }
        order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : eco.members[candidates[$0]].id.utf8.lexicographicallyPrecedes(eco.members[candidates[$1]].id.utf8) }
        let paths = explain ? seeker.index.map { PathFinder(g, from: $0) } : nil
        return order.enumerated().map { rank, i in
            let c = candidates[i]
            var features: [MatchFeature: Double] = [:]
            for f in MatchFeature.allCases { features[f] = raw[i][f.index] }
            var s = Suggestion(candidate: c, score: scores[i], features: features, path: [], reasons: [])
            if explain && rank < query.top {
                s.path = paths?.path(to: c) ?? []
                s.reasons = Explainer(context: context, seeker: seeker, weights: query.weights).reasons(for: s)
            }
            return s
        }
    }

    /// Raw (unnormalised) feature values, in ``MatchFeature/allCases`` order.
    func rawFeatures(_ c: Int, seeker: SeekerProfile, ppr: Double, aa: Double) -> [Double] {
        let eco = context.ecosystem
        let m = eco.members[c]
        var r = [Double](repeating: 0, count: MatchFeature.allCases.count)
        r[MatchFeature.topicFit.index] = seeker.vector.cosine(context.vectors[c])
        r[MatchFeature.proximity.index] = ppr
        r[MatchFeature.sharedPartners.index] = aa
        let onTopic = context.projectsOf[c].filter { p in eco.projects[p].topics.contains { seeker.topicSet.contains($0.lowercased()) } }.count
        r[MatchFeature.experience.index] = log1p(Double(onTopic))
        r[MatchFeature.pilotExperience.index] = log1p(Double(context.pilotCount[c]))
        r[MatchFeature.complementarity.index] = seeker.kind.isPublic != m.kind.isPublic ? 1 : 0
        r[MatchFeature.geography.index] = Geography.closeness(seeker.county, m.county)
        r[MatchFeature.capacity.index] = log1p(Double(m.size ?? 0))
        if let last = context.lastYear[c] {
            r[MatchFeature.recency.index] = max(0, min(1, 1 - Double(context.referenceYear - last - 1) / 7))
        }
        return r
    }
}

extension MatchFeature {
    /// Position in ``allCases``.
    var index: Int { MatchFeature.allCases.firstIndex(of: self)! }
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
            index = i; kind = m.kind; county = m.county; name = m.name
            vector = context.vectors[i]; topicSet = context.topicSets[i]
        case .profile(let k, let topics, let c):
            index = nil; kind = k; county = c; name = "the newcomer"
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
        var queue = [s], head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
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
        var out = [v], x = v
        while parent[x] >= 0 { x = Int(parent[x]); out.append(x) }
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
        let r = 6371.0, rad = Double.pi / 180
        let dlat = (q.latitude - p.latitude) * rad, dlon = (q.longitude - p.longitude) * rad
        let h = sin(dlat / 2) * sin(dlat / 2) + cos(p.latitude * rad) * cos(q.latitude * rad) * sin(dlon / 2) * sin(dlon / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}
