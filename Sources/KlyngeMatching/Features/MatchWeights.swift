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
/// - ``newcomerDefaults`` and ``newcomerUniversityDefaults`` (a profile with no ties) cannot
///   use the network. They were tuned on training data only by the cold-start test
///   (``ColdStartEvaluator/tune(_:options:grid:maxPasses:)``): the whole CORDIS H2020 table,
///   newcomers whose first project started in 2016 (training projects before 2016), starting
///   from the hand-set weights used before:
///
///       W=Scripts/evaluation/newcomer-tuning-start.weights
///       klynge evaluate .bench-data/cordis-h2020-all --cold-start --split-year 2016 --test-before 2017 \
///           --seeker-kind company --target-kind public-agency,municipality --tune --weights $W
///       klynge evaluate .bench-data/cordis-h2020-all --cold-start --split-year 2016 --test-before 2017 \
///           --seeker-kind company --target-kind public-agency,municipality --target-kind university \
///           --tune --weights $W
///
///   (MRR on that split 0.120 → 0.160 for public partners; for universities the joint search,
///   0.101 → 0.170, beats the universities-only one, which stops at 0.166). A newcomer's
///   partners are best told by the partners that recently took newcomers of its kind into
///   their first project in its field (``MatchFeature/newcomerWelcome``), then topic fit.
///   The newcomer's country (``MatchFeature/sameCountry``, profile key `country=`) came
///   later: its weight is a search over the tuning grid on the same 2016 split, the other
///   weights fixed (MRR 0.160 → 0.168 at 0.15 for public partners, 0.170 → 0.186 at 0.3
///   for universities), one `--weights` file per grid value:
///
///       printf 'same_country = 0.3\n' > w
///       klynge evaluate .bench-data/cordis-h2020-all --cold-start --split-year 2016 --test-before 2017 \
///           --seeker-kind company --target-kind university --weights w --bootstrap 0
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

    /// For a newcomer described by a profile (tuned on the cold-start test of companies seeking
    /// public agencies and municipalities; see above). The network features weigh nothing for
    /// a newcomer (they are 0 for every candidate); their weights are the hand-set ones.
    /// ``MatchFeature/geography`` is hand-set too (0.3): no cold-start split can tune it (the
    /// CORDIS table has no counties, and norway-h2020's 2016 newcomers rank the same for any
    /// geography weight), and a county match is a reason for a Norwegian pilot site.
    public static let newcomerDefaults = MatchWeights(values: [
        .topicFit: 0.5, .proximity: 0.2, .sharedPartners: 0.15, .experience: 0.15, .activity: 0.025,
        .pilotExperience: 0.05, .complementarity: 0.05, .geography: 0.3, .capacity: 0.15, .recency: 0.05,
        .newcomerWelcome: 0.5, .sameCountry: 0.15,
    ])

    /// For a newcomer seeking universities (tuned on the cold-start test of companies seeking
    /// universities and public partners together, then ``MatchFeature/sameCountry`` on
    /// universities alone; see above).
    public static let newcomerUniversityDefaults = MatchWeights(values: [
        .proximity: 0.2, .sharedPartners: 0.15, .pilotExperience: 0.05, .complementarity: 0.05, .capacity: 0.05,
        .recency: 0.05, .newcomerWelcome: 1, .sameCountry: 0.3,
    ])

    /// The newcomer set for partners of kinds `targets`: ``newcomerUniversityDefaults`` when
    /// every target kind is university, else ``newcomerDefaults``.
    ///
    /// ```swift
    /// let w = MatchWeights.newcomer(targets: [.university])  // newcomerUniversityDefaults
    /// ```
    ///
    /// - Parameter targets: The candidates' kinds (empty: any kind).
    /// - Complexity: O(targets).
    public static func newcomer(targets: Set<MemberKind>) -> MatchWeights {
        !targets.isEmpty && targets.allSatisfy { $0 == .university } ? newcomerUniversityDefaults : newcomerDefaults
    }

    /// The default set for `seeker` looking for partners of kinds `targets` (empty: any kind):
    /// for a profile ``newcomer(targets:)``; for a member ``universityDefaults`` when every
    /// target kind is university, else ``defaults``.
    ///
    /// ```swift
    /// let newcomer = Seeker.profile(kind: .company, topics: ["fall detection"], county: "Vestland")
    /// let w = MatchWeights.defaults(for: newcomer, targets: [.municipality])  // newcomerDefaults
    /// ```
    ///
    /// - Complexity: O(targets).
    public static func defaults(for seeker: Seeker, targets: Set<MemberKind> = []) -> MatchWeights {
        if case .profile = seeker { return newcomer(targets: targets) }
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
