import KlyngeEcosystem

/// Everything a feature may read to score a query's candidates, prepared once per query.
struct FeatureInput: Sendable {
    let context: MatchingContext
    /// Per-member data as flat arrays and ids (no string work per candidate).
    let index: FeatureIndex
    let seeker: SeekerProfile
    /// The seeker's side of the topic features.
    let probe: FeatureIndex.Probe
    /// The query's candidates (member indices); features are asked by position.
    let candidates: [Int]
    /// The network evidence of the seeker, in candidate order.
    let evidence: Matcher.NetworkEvidence
}
