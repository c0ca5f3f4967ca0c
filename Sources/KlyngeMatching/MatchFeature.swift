import Foundation

/// The evidence a match score combines; each is normalised to 0…1 within a query.
public enum MatchFeature: String, Sendable, CaseIterable, Comparable {
    /// TF-IDF cosine between the seeker's topics (and its projects' topics and titles) and the candidate's.
    case topicFit = "topic_fit"
    /// Personalised PageRank from the seeker over the collaboration graph, relative to the best candidate.
    case proximity
    /// Adamic–Adar index of seeker and candidate (shared partners, rare ones counting more), relative to the best.
    case sharedPartners = "shared_partners"
    /// The candidate's past projects on the seeker's topics (log scale, relative to the most experienced).
    case experience
    /// The candidate's past projects as pilot site (log scale, relative).
    case pilotExperience = "pilot_experience"
    /// 1 when one is public and the other private (the clusters' public–private mission).
    case complementarity
    /// 1 in the same county, falling with the distance between county centres (half at about 200 km).
    case geography
    /// Size (inhabitants of a municipality, employees otherwise), log scale, relative to the largest candidate.
    case capacity
    /// 1 when the candidate's latest project started within a year of now, 0 after eight.
    case recency

    public static func < (a: MatchFeature, b: MatchFeature) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How much each feature counts. Defaults were chosen on training data only (see the
/// README: `klynge evaluate --tune` on split year 2015, never on the evaluation years).
public struct MatchWeights: Sendable, Equatable {
    public var values: [MatchFeature: Double]

    public static let defaults = MatchWeights(values: [
        .topicFit: 0.30, .proximity: 0.20, .sharedPartners: 0.15, .experience: 0.10, .pilotExperience: 0.05,
        .complementarity: 0.05, .geography: 0.05, .capacity: 0.05, .recency: 0.05,
    ])

    public init(values: [MatchFeature: Double]) { self.values = values }

    public subscript(_ f: MatchFeature) -> Double { values[f] ?? 0 }

    /// Reads `feature = weight` lines (`#` comments; features not named keep their default).
    /// - Throws: ``MatchError/badWeights`` naming the line.
    public static func read(path: String) throws(MatchError) -> MatchWeights {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .badWeights("\(path): cannot read the file")
        }
        var w = MatchWeights.defaults
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let f = MatchFeature(rawValue: parts[0]) else {
                throw .badWeights("\(path):\(n + 1): expected 'feature = weight' with a feature from \(MatchFeature.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let x = Double(parts[1]), x.isFinite, x >= 0 else {
                throw .badWeights("\(path):\(n + 1): \(parts[0]): weight '\(parts[1])' must be a number ≥ 0")
            }
            w.values[f] = x
        }
        return w
    }
}

/// A matching request that cannot be answered.
public enum MatchError: Error, CustomStringConvertible, Sendable, Equatable {
    case badWeights(String)
    case badProfile(String)
    case noCandidates(String)

    public var description: String {
        switch self {
        case .badWeights(let s), .badProfile(let s), .noCandidates(let s): s
        }
    }
}
