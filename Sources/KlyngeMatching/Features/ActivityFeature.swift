import Foundation
import KlyngeEcosystem

extension MatchFeature {
    /// The candidate's past projects on any topic (log scale, relative to the most active).
    public static let activity = MatchFeature(ActivityFeature.self)
}

/// ln(1 + the candidate's usable projects), relative to the most active candidate.
enum ActivityFeature: MatchFeatureDefinition {
    static let name = "activity"
    static let summary = "The candidate's past projects on any topic (log scale, relative to the most active)."
    static let scaling = FeatureScaling.relativeToBest

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        log1p(Double(input.context.projectsOf[input.candidates[i]].count))
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        let n = e.context.projectsOf[s.candidate].count
        guard n > 0 else { return nil }
        return "\(n) past project\(n == 1 ? "" : "s")"
            + (e.context.lastYear[s.candidate].map { ", latest starting \($0)" } ?? "")
    }
}
