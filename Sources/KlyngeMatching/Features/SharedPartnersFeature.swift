extension MatchFeature {
    /// Adamic–Adar index of seeker and candidate (shared partners, rare ones counting more), relative to the best.
    public static let sharedPartners = MatchFeature(SharedPartnersFeature.self)
}

/// The Adamic–Adar index of seeker and candidate (`networkx.adamic_adar_index`, from
/// `CSRGraph`'s link-prediction pass), relative to the best candidate.
enum SharedPartnersFeature: MatchFeatureDefinition {
    static let name = "shared_partners"
    static let summary =
        "Adamic–Adar index of seeker and candidate (shared partners, rare ones counting more), relative to the best."
    static let scaling = FeatureScaling.relativeToBest
    static let readsSeekerNetwork = true

    static func rawValue(at i: Int, in input: FeatureInput) -> Double { input.evidence.links.adamicAdar[i] }

    /// Shared partners are the path's evidence: one reason with proximity.
    static var explainedWith: MatchFeature? { .proximity }

    static func reason(for s: Suggestion, in e: Explainer) -> String? { ProximityFeature.reason(for: s, in: e) }
}
