import Foundation
import KlyngeEcosystem

/// How much each feature counts. Three default sets, because the kinds of query have
/// different evidence:
///
/// - ``defaults`` (a member of the dataset seeking any partners but universities) and
///   ``universityDefaults`` (a member seeking universities) were tuned on training data only,
///   never on the evaluation years: `klynge evaluate --tune` on the whole CORDIS H2020 table,
///   on its latest split before the first evaluation year (training projects before 2016,
///   test projects starting in 2016), companies seeking public agencies and municipalities,
///   and universities, each its own run:
///
///       W=Scripts/evaluation/tuning-start.weights
///       klynge evaluate .bench-data/cordis-h2020-all --split-year 2016 --test-before 2017 \
///           --seeker-kind company --target-kind public-agency,municipality --tune --weights $W
///       klynge evaluate .bench-data/cordis-h2020-all --split-year 2016 --test-before 2017 \
///           --seeker-kind company --target-kind university --tune --weights $W
///
///   starting from the weights used before (MRR on that split 0.149 → 0.168
///   and 0.206 → 0.233). A company's next public partners are best told by its teams
///   (consortium overlap) and shared partners; its next universities by their experience on
///   its topics.
/// - ``newcomerDefaults`` (a profile with no ties) cannot use the network; they are hand-set,
///   led by topic fit and experience. No time-split test measures newcomers (they have no
///   training ties), so these are not tuned.
///
/// Weights are relative: only their ratios matter.
///
/// ```swift
/// var weights = MatchWeights.defaults(targets: [.university])  // universityDefaults
/// weights.values[.topicFit] = 0.5
/// var query = MatchQuery(seeker: .member(0), kinds: [.university])
/// query.weights = weights
/// ```
///
/// - Complexity: O(1) to read a weight; O(features) to build a set.
public struct MatchWeights: Sendable, Equatable {
    public var values: [MatchFeature: Double]

    /// For a seeker that is a member of the dataset (tuned on companies seeking public
    /// agencies and municipalities; see above).
    public static let defaults = MatchWeights(values: [
        .topicFit: 0.2, .proximity: 0.15, .sharedPartners: 0.3, .consortiumOverlap: 0.5, .experience: 0.15,
        .activity: 0.3, .pilotExperience: 0.05, .complementarity: 0.05, .geography: 0.05, .capacity: 0.15,
        .recency: 0.05,
    ])

    /// For a member seeking universities (tuned on companies seeking universities; see above).
    public static let universityDefaults = MatchWeights(values: [
        .topicFit: 0.2, .proximity: 0.2, .sharedPartners: 0.3, .consortiumOverlap: 0, .experience: 1,
        .activity: 0.05, .pilotExperience: 0.05, .complementarity: 0.05, .geography: 0.05, .capacity: 0.05,
        .recency: 0.05,
    ])

    /// For a newcomer described by a profile (hand-set; see above).
    public static let newcomerDefaults = MatchWeights(values: [
        .topicFit: 0.30, .proximity: 0.20, .sharedPartners: 0.15, .experience: 0.10, .pilotExperience: 0.05,
        .complementarity: 0.05, .geography: 0.05, .capacity: 0.05, .recency: 0.05,
    ])

    /// The default set for `seeker` looking for partners of kinds `targets` (empty: any kind):
    /// ``newcomerDefaults`` for a profile, ``universityDefaults`` when every target kind is
    /// university, else ``defaults``.
    ///
    /// ```swift
    /// let newcomer = Seeker.profile(kind: .company, topics: ["fall detection"], county: "Vestland")
    /// let w = MatchWeights.defaults(for: newcomer, targets: [.municipality])  // newcomerDefaults
    /// ```
    ///
    /// - Complexity: O(targets).
    public static func defaults(for seeker: Seeker, targets: Set<MemberKind> = []) -> MatchWeights {
        if case .profile = seeker { return newcomerDefaults }
        return defaults(targets: targets)
    }

    /// The default set for a member seeker looking for partners of kinds `targets`.
    ///
    /// ```swift
    /// let forUniversities = MatchWeights.defaults(targets: [.university])        // universityDefaults
    /// let forMixed = MatchWeights.defaults(targets: [.university, .hospital])  // defaults
    /// ```
    ///
    /// - Complexity: O(targets).
    public static func defaults(targets: Set<MemberKind>) -> MatchWeights {
        !targets.isEmpty && targets.allSatisfy { $0 == .university } ? universityDefaults : defaults
    }

    /// Weights by feature; a feature left out weighs 0.
    ///
    /// ```swift
    /// let topicsOnly = MatchWeights(values: [.topicFit: 1])  // rank by topic fit alone
    /// ```
    ///
    /// - Complexity: O(1).
    public init(values: [MatchFeature: Double]) { self.values = values }

    /// The weight of feature `f` (0 when the set does not name it).
    /// - Complexity: O(1).
    public subscript(_ f: MatchFeature) -> Double { values[f] ?? 0 }

    /// Reads `feature = weight` lines (`#` comments; features not named keep their value in `base`),
    /// the format `klynge evaluate --tune` writes its ``TuningResult/weights`` in.
    ///
    /// ```swift
    /// // tuned.weights:  topic_fit = 0.5   # a comment
    /// let weights = try MatchWeights.read(path: "tuned.weights", base: .universityDefaults)
    /// print(weights[.topicFit], weights[.experience])  // 0.5 1.0
    /// ```
    ///
    /// - Throws: ``MatchError/badWeights(_:)`` naming the line.
    /// - Complexity: O(length of the file).
    public static func read(path: String, base: MatchWeights = .defaults) throws(MatchError) -> MatchWeights {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .badWeights("\(path): cannot read the file")
        }
        var w = base
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let f = MatchFeature(rawValue: parts[0]) else {
                throw .badWeights(
                    "\(path):\(n + 1): expected 'feature = weight' with a feature from \(MatchFeature.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            guard let x = Double(parts[1]), x.isFinite, x >= 0 else {
                throw .badWeights("\(path):\(n + 1): \(parts[0]): weight '\(parts[1])' must be a number ≥ 0")
            }
            w.values[f] = x
        }
        return w
    }
}
