import KlyngeEcosystem
import KlyngeGraph

/// What the features read per candidate, precomputed from a context so that scoring a
/// candidate does no string work: topic vectors over term ids, project topics as ids,
/// member kinds, counties, countries and sizes in flat arrays.
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
    /// Each project's programme (lower-cased) as a topic id, −1 without one: a profile's
    /// topics may name the programme of the call (``NewcomerWelcomeFeature``).
    let programmeTopic: [Int32]
    /// Each usable project's newcomers: bit `k` is set when a member of kind
    /// `MemberKind.allCases[k]` had its first usable project there (earliest start, ties by
    /// project id), starting in the context's last ``newcomerYears`` years.
    let newcomerKinds: [UInt32]
    /// Each member's `country` attribute as an id (ids in byte order of the names), −1 without one.
    let country: [Int32]
    let countryID: [String: Int32]
    /// The years back from the reference year in which a first project counts as taking in a newcomer.
    static let newcomerYears = 3

    /// The first year whose first projects count as newcomers': the reference year's last
    /// ``newcomerYears`` years, never the first year of the context's data (a member seen
    /// first then may be no newcomer at all: the data says nothing of the years before).
    /// - Complexity: O(projects).
    static func newcomerSince(_ context: MatchingContext) -> Int {
        let projects = context.ecosystem.projects
        var firstYear = Int.max
        for p in projects.indices where !context.membersOf[p].isEmpty {
            if let y = projects[p].start?.year { firstYear = min(firstYear, y) }
        }
        let recent = context.referenceYear - newcomerYears + 1
        return firstYear == Int.max ? recent : max(recent, firstYear + 1)
    }

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
        programmeTopic = eco.projects.map { p in
            guard let g = p.programme?.lowercased() else { return -1 }
            if let id = topicID[g] { return id }
            let id = Int32(topicID.count)
            topicID[g] = id
            return id
        }
        self.topicID = topicID
        isPublic = eco.members.map(\.kind.isPublic)
        county = eco.members.map(\.county)
        size = eco.members.map(\.size)
        newcomerKinds = Self.newcomers(context)
        let names = eco.members.map { $0.attributes[Ecosystem.countryAttribute].flatMap { $0.isEmpty ? nil : $0 } }
        var countryID: [String: Int32] = [:]
        for (i, c) in Set(names.compactMap { $0 }).sorted(by: Ranking.idPrecedes).enumerated() {
            countryID[c] = Int32(i)
        }
        self.countryID = countryID
        country = names.map { $0.flatMap { countryID[$0] } ?? -1 }
    }

    /// The first usable project of member `m` (earliest start, ties by project id in byte
    /// order; projects of unknown start left out), or nil.
    /// - Complexity: O(the member's projects).
    static func firstProject(of m: Int, in context: MatchingContext) -> Int? {
        let projects = context.ecosystem.projects
        var first: Int?
        for p in context.projectsOf[m] {
            guard let start = projects[p].start else { continue }
            if let f = first {
                let fs = projects[f].start!
                if start > fs || (start == fs && !Ranking.idPrecedes(projects[p].id, projects[f].id)) { continue }
            }
            first = p
        }
        return first
    }

    /// ``newcomerKinds`` of a context.
    /// - Complexity: O(usable participations).
    static func newcomers(_ context: MatchingContext) -> [UInt32] {
        let eco = context.ecosystem
        let kindBit = Dictionary(uniqueKeysWithValues: MemberKind.allCases.enumerated().map { ($1, UInt32(1) << $0) })
        var out = [UInt32](repeating: 0, count: eco.projects.count)
        let since = newcomerSince(context)
        for m in context.projectsOf.indices {
            if let f = firstProject(of: m, in: context), eco.projects[f].start!.year >= since {
                out[f] |= kindBit[eco.members[m].kind]!
            }
        }
        return out
    }

    /// The seeker's side of the features, prepared once per query.
    struct Probe: Sendable {
        /// The seeker's TF-IDF vector over term ids, ascending (terms no member has are left
        /// out: they add nothing to a dot product).
        let vector: [(term: Int32, weight: Double)]
        /// Which topic ids are the seeker's topics.
        let topicMask: [Bool]
        let county: String?
        /// The seeker's country as a ``FeatureIndex/country`` id, −1 when it has none or no member has it.
        let country: Int32
        /// The seeker's kind as a ``FeatureIndex/newcomerKinds`` bit.
        let kindBit: UInt32

        init(_ seeker: SeekerProfile, index: FeatureIndex) {
            vector = zip(seeker.vector.terms, seeker.vector.weights).compactMap { t, w in
                index.termID[t].map { ($0, w) }
            }
            var mask = [Bool](repeating: false, count: index.topicID.count)
            for t in seeker.topicSet { if let id = index.topicID[t] { mask[Int(id)] = true } }
            topicMask = mask
            county = seeker.county
            country = seeker.country.flatMap { index.countryID[$0] } ?? -1
            kindBit = UInt32(1) << MemberKind.allCases.firstIndex(of: seeker.kind)!
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
