import KlyngeEcosystem

extension MatchFeature {
    /// 1 when one is public and the other private (the clusters' public–private mission).
    public static let complementarity = MatchFeature(ComplementarityFeature.self)
}

/// 1 when seeker and candidate are in different sectors (``MemberKind/isPublic``), else 0.
enum ComplementarityFeature: MatchFeatureDefinition {
    static let name = "complementarity"
    static let summary = "1 when one is public and the other private (the clusters' public–private mission)."
    static let scaling = FeatureScaling.absolute

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        input.seeker.kind.isPublic != input.index.isPublic[input.candidates[i]] ? 1 : 0
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        "\(e.context.ecosystem.members[s.candidate].kind.sector) partner for a \(e.seeker.kind.sector) seeker"
    }
}
