import Foundation
import KlyngeEcosystem

extension MatchFeature {
    /// Size (inhabitants of a municipality, employees otherwise), log scale, relative to the largest candidate.
    public static let capacity = MatchFeature(CapacityFeature.self)
}

/// ln(1 + size) (0 when unknown), relative to the largest candidate.
enum CapacityFeature: MatchFeatureDefinition {
    static let name = "capacity"
    static let summary =
        "Size (inhabitants of a municipality, employees otherwise), log scale, relative to the largest candidate."
    static let scaling = FeatureScaling.relativeToBest

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        log1p(Double(input.index.size[input.candidates[i]] ?? 0))
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        let m = e.context.ecosystem.members[s.candidate]
        guard let size = m.size else { return nil }
        return m.kind == .municipality
            ? "\(NumberText.grouped(size)) inhabitants" : "\(NumberText.grouped(size)) employees"
    }
}
