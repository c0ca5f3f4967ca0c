extension MatchFeature {
    /// 1 when the candidate's latest project started within a year of now, 0 after eight.
    public static let recency = MatchFeature(RecencyFeature.self)
}

/// 1 − (now − latest start − 1) / 7, clamped to 0…1 ("now" is the context's reference year);
/// 0 for a candidate without projects.
enum RecencyFeature: MatchFeatureDefinition {
    static let name = "recency"
    static let summary = "1 when the candidate's latest project started within a year of now, 0 after eight."
    static let scaling = FeatureScaling.absolute

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        guard let last = input.context.lastYear[input.candidates[i]] else { return 0 }
        return max(0, min(1, 1 - Double(input.context.referenceYear - last - 1) / 7))
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        e.context.lastYear[s.candidate].map { "active in projects up to \($0)" }
    }
}
