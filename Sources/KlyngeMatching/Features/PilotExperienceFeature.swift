import Foundation

extension MatchFeature {
    /// The candidate's past projects as pilot site (log scale, relative).
    public static let pilotExperience = MatchFeature(PilotExperienceFeature.self)
}

/// ln(1 + the candidate's usable projects as pilot site), relative to the best candidate.
enum PilotExperienceFeature: MatchFeatureDefinition {
    static let name = "pilot_experience"
    static let summary = "The candidate's past projects as pilot site (log scale, relative)."
    static let scaling = FeatureScaling.relativeToBest

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        log1p(Double(input.context.pilotCount[input.candidates[i]]))
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        let n = e.context.pilotCount[s.candidate]
        return n == 0 ? nil : "pilot site in \(n) project\(n == 1 ? "" : "s")"
    }
}
