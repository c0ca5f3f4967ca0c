extension MatchFeature {
    /// TF-IDF cosine between the seeker's topics (and its projects' topics and titles) and the candidate's.
    public static let topicFit = MatchFeature(TopicFitFeature.self)
}

/// TF-IDF cosine of the seeker's and the candidate's topic documents (``TopicVector/cosine(_:)``,
/// as scikit-learn's `TfidfVectorizer` + `cosine_similarity`); already in 0…1.
enum TopicFitFeature: MatchFeatureDefinition {
    static let name = "topic_fit"
    static let summary =
        "TF-IDF cosine between the seeker's topics (and its projects' topics and titles) and the candidate's."
    static let scaling = FeatureScaling.absolute

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        input.probe.cosine(input.index.vectors[input.candidates[i]])
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        let c = s.candidate
        // Topic phrases first, then title words.
        let terms = e.seeker.vector.sharedTerms(e.context.vectors[c])
        let phrases = terms.filter { e.seeker.topicSet.contains($0) || e.context.topicSets[c].contains($0) }
        let shared = (phrases + terms.filter { !phrases.contains($0) }).prefix(4)
        return shared.isEmpty ? nil : "shares topics: " + shared.joined(separator: ", ")
    }
}
