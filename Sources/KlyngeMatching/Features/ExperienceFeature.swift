import Foundation
import KlyngeEcosystem

extension MatchFeature {
    /// The candidate's past projects on the seeker's topics (log scale, relative to the most experienced).
    public static let experience = MatchFeature(ExperienceFeature.self)
}

/// ln(1 + the candidate's usable projects with one of the seeker's topics), relative to the
/// most experienced candidate.
enum ExperienceFeature: MatchFeatureDefinition {
    static let name = "experience"
    static let summary =
        "The candidate's past projects on the seeker's topics (log scale, relative to the most experienced)."
    static let scaling = FeatureScaling.relativeToBest

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        let c = input.candidates[i]
        var onTopic = 0
        for p in input.context.projectsOf[c]
        where input.index.projectTopics[p].contains(where: { input.probe.topicMask[Int($0)] }) {
            onTopic += 1
        }
        return log1p(Double(onTopic))
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        let eco = e.context.ecosystem
        let on = e.context.projectsOf[s.candidate].filter { p in
            eco.projects[p].topics.contains { e.seeker.topicSet.contains($0.lowercased()) }
        }
        guard
            let latest = on.max(by: {
                (eco.projects[$0].start?.year ?? 0, $1) < (eco.projects[$1].start?.year ?? 0, $0)
            })
        else { return nil }
        return
            "\(on.count) past project\(on.count == 1 ? "" : "s") on these topics, latest '\(eco.projects[latest].title ?? eco.projects[latest].id)'"
    }
}
