/// The evidence a match score combines; each is normalised to 0…1 within a query.
public enum MatchFeature: String, Sendable, CaseIterable, Comparable {
    /// TF-IDF cosine between the seeker's topics (and its projects' topics and titles) and the candidate's.
    case topicFit = "topic_fit"
    /// Personalised PageRank from the seeker over the collaboration graph, relative to the best candidate.
    case proximity
    /// Adamic–Adar index of seeker and candidate (shared partners, rare ones counting more), relative to the best.
    case sharedPartners = "shared_partners"
    /// The largest share of one of the seeker's past consortia that has worked with the candidate
    /// (see `MatchingContext.consortiumOverlap`).
    case consortiumOverlap = "consortium_overlap"
    /// The candidate's past projects on the seeker's topics (log scale, relative to the most experienced).
    case experience
    /// The candidate's past projects on any topic (log scale, relative to the most active).
    case activity
    /// The candidate's past projects as pilot site (log scale, relative).
    case pilotExperience = "pilot_experience"
    /// 1 when one is public and the other private (the clusters' public–private mission).
    case complementarity
    /// 1 in the same county, falling with the distance between county centres (half at about 200 km).
    case geography
    /// Size (inhabitants of a municipality, employees otherwise), log scale, relative to the largest candidate.
    case capacity
    /// 1 when the candidate's latest project started within a year of now, 0 after eight.
    case recency

    public static func < (a: MatchFeature, b: MatchFeature) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
