import KlyngeEcosystem

/// The seeker as matching sees it.
struct SeekerProfile: Sendable {
    let index: Int?
    let kind: MemberKind
    let county: String?
    /// The `country` attribute of a member, or the profile's country.
    let country: String?
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
            country = m.attributes[Ecosystem.countryAttribute].flatMap { $0.isEmpty ? nil : $0 }
            name = m.name
            vector = context.vectors[i]
            topicSet = context.topicSets[i]
        case .profile(let k, let topics, let c, let land):
            index = nil
            kind = k
            county = c
            country = land
            name = "the newcomer"
            vector = context.topics.vector(TopicIndex.terms(topics: topics, titles: []))
            topicSet = Set(topics.map { $0.lowercased() })
        }
    }
}
