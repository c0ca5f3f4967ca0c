import KlyngeEcosystem
import KlyngeMatching

/// A ``TuningResult`` as a weights file: `#` comment lines on the splits and the MRRs before
/// and after, then `feature = weight` lines that ``MatchWeights/read(path:base:)`` reads back.
///
/// ```swift
/// let splits = [TimeSplit(context: context, seekerKinds: [.company], targetKinds: [.municipality])]
/// let result = Evaluator.tune(splits.map(Evaluator.init), options: EvaluationOptions())
/// print(TuningReport(result, splits: splits, dataset: eco.name).text)
/// ```
public struct TuningReport: Sendable {
    public var result: TuningResult
    /// The splits tuned on (``TimeSplit``s or ``ColdStartSplit``s), in the order of the result's per-split MRRs.
    public var splits: [any EvaluationSplit]
    public var dataset: String

    public init(_ result: TuningResult, splits: [any EvaluationSplit], dataset: String) {
        self.result = result
        self.splits = splits
        self.dataset = dataset
    }

    /// The weights file, ending with a newline.
    /// - Complexity: O(splits + features).
    public var text: String {
        let short = EvaluationDocument.short
        guard let first = splits.first else { return weightLines.joined(separator: "\n") + "\n" }
        var text =
            "# klynge evaluate --tune\(first.evaluationProtocol == .coldStart ? " --cold-start" : ""): \(dataset), split year \(first.splitYear), test projects \(first.window), "
            + "seekers \(first.seekerKinds.listed)\n"
        for (i, split) in splits.enumerated() {
            text +=
                "# targets \(split.targetKinds.listed): \(split.queryCount) queries, \(split.testPairs) test pairs; "
                + "Klynge MRR \(short(result.startMRRs[i])) → \(short(result.mrrs[i]))\n"
        }
        if splits.count > 1 { text += "# objective: the mean of the \(splits.count) MRRs\n" }
        text += "# Klynge MRR \(short(result.startMRR)) with the starting weights, \(short(result.mrr)) with these\n"
        return text + weightLines.joined(separator: "\n") + "\n"
    }

    /// `feature = weight` lines in `MatchFeature` order, readable by `MatchWeights.read(path:base:)`.
    /// - Complexity: O(features).
    private var weightLines: [String] {
        MatchFeature.allCases.map { "\($0.rawValue) = \(result.weights[$0])" }
    }
}

extension EvaluationSplit {
    /// The test years in words: "2022–2023" with a `testBefore`, else "2022+".
    public var window: String { testBefore.map { "\(splitYear)–\($0 - 1)" } ?? "\(splitYear)+" }
}

extension ColdStartSplit {
    /// "newcomers with no project before 2017 and a first project in 2017+: seekers company,
    /// targets university; 812 queries, 1,130 test pairs, 1,698 candidates".
    public var summary: String {
        "newcomers with no project before \(splitYear) and a first project in \(window): seekers "
            + "\(seekerKinds.listed), targets \(targetKinds.listed); \(queries.count) queries, \(testPairs) test pairs, "
            + "\(candidates.count) candidates"
    }
}

extension TimeSplit {

    /// "trained on projects before 2022, tested on 2022+: seekers company, targets municipality;
    /// 31 queries, 52 test pairs".
    public var summary: String {
        "trained on projects before \(splitYear), tested on \(window): seekers \(seekerKinds.listed), "
            + "targets \(targetKinds.listed); \(queries.count) queries, \(testPairs) test pairs"
    }
}

extension Set<MemberKind> {
    /// The kinds sorted and comma-separated: "company, hospital".
    public var listed: String { sorted().map(\.rawValue).joined(separator: ", ") }
}
