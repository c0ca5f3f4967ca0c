import Foundation
import KlyngeEcosystem

/// Plain-language reasons for a suggestion: the features that add most to its score, each
/// with its evidence in the words of its ``MatchFeatureDefinition/reason(for:in:)`` (shared
/// topics, projects, the members on the path, the county).
struct Explainer {
    let context: MatchingContext
    let seeker: SeekerProfile
    let weights: MatchWeights

    /// Up to four reasons, largest contribution (weight × normalised value) first, ties in
    /// feature order; features contributing nothing are left out, and a feature whose
    /// ``MatchFeatureDefinition/explainedWith`` names a contributing feature adds its
    /// contribution to that one's reason.
    /// - Complexity: O(features log features) plus the reasons' own lookups.
    func reasons(for s: Suggestion) -> [String] {
        var contributions: [(feature: MatchFeature, value: Double)] = []
        for f in MatchFeature.allCases {
            let c: Double = weights[f] * (s.features[f] ?? 0)
            if c > 0 { contributions.append((f, c)) }
        }
        for f in MatchFeature.allCases {
            guard let host = f.definition.explainedWith,
                let i = contributions.firstIndex(where: { $0.feature == f }),
                let j = contributions.firstIndex(where: { $0.feature == host })
            else { continue }
            contributions[j].value += contributions[i].value
            contributions.remove(at: i)
        }
        contributions.sort { a, b in a.value != b.value ? a.value > b.value : a.feature < b.feature }
        var out: [String] = []
        for (f, c) in contributions.prefix(4) {
            if let text = f.definition.reason(for: s, in: self) {
                out.append(text + " (+" + String(format: "%.2f", c) + ")")
            }
        }
        return out
    }

    /// The title of a project both members took part in (the latest), if any.
    func sharedProject(_ a: Int, _ b: Int) -> String? {
        guard let p = context.memberProjects.shared(a, b).last else { return nil }
        return context.ecosystem.projects[p].title ?? context.ecosystem.projects[p].id
    }
}
