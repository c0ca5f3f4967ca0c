import KlyngeEcosystem

extension MatchFeature {
    /// Personalised PageRank from the seeker over the collaboration graph, relative to the best candidate.
    public static let proximity = MatchFeature(ProximityFeature.self)
}

/// Personalised PageRank from the seeker (`networkx.pagerank` with `personalization={seeker: 1}`,
/// weighted by shared projects; see `CSRGraph.personalizedPageRank`), relative to the best candidate.
enum ProximityFeature: MatchFeatureDefinition {
    static let name = "proximity"
    static let summary =
        "Personalised PageRank from the seeker over the collaboration graph, relative to the best candidate."
    static let scaling = FeatureScaling.relativeToBest
    static let readsSeekerNetwork = true

    static func rawValue(at i: Int, in input: FeatureInput) -> Double { input.evidence.ppr[i] }

    /// The collaboration path from the seeker: the partner both worked with (and where), or
    /// the members along a longer path.
    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        guard s.path.count >= 3 else { return nil }
        let eco = e.context.ecosystem
        let via = s.path[1..<s.path.count - 1]
        if via.count == 1, let w = via.first {
            let p1 = e.sharedProject(s.path[0], w)
            let p2 = e.sharedProject(w, s.candidate)
            return "both worked with \(eco.members[w].name)"
                + (p1.map { " (\(e.seeker.name == "the newcomer" ? "" : "you in ")'\($0)'" } ?? "")
                + (p2.map { ", \(eco.members[s.candidate].name) in '\($0)')" } ?? (p1 == nil ? "" : ")"))
        }
        return "\(s.path.count - 1) steps away, through " + via.map { eco.members[$0].name }.joined(separator: " → ")
    }
}
