import KlyngeEcosystem
import KlyngeGraph

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
        let terms = Set(context.vectors.flatMap(\.terms)).sorted(by: Ranking.idPrecedes)
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
