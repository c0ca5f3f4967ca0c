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
