import Foundation
import KlyngeEcosystem
import KlyngeMatching

/// An ``EvaluationReport`` as a report: one row per method (queries, MRR, precision@k,
/// recall@k, ROC AUC) and, with a bootstrap interval, Klynge's MRR ratio to the best baseline.
///
/// `table` and `md` give the methods table, then one per ``EvaluationStratum`` with its
/// interval; `csv` the methods table; `json` an object with the query count, the methods by
/// name, with an interval `klynge_vs_best_baseline`, and `strata` (the same per stratum).
///
/// ```swift
/// let result = Evaluator(split).run(EvaluationOptions())
/// let interval = result.mrrRatioInterval(of: .klynge, to: .adamicAdar, resamples: 2000, seed: 42)
/// print(EvaluationDocument(result, interval: interval).render(.json))
/// ```
public struct EvaluationDocument: Sendable {
    public var result: EvaluationReport
    /// The bootstrap interval of Klynge's MRR ratio to ``EvaluationReport/bestBaseline``.
    public var interval: RatioInterval?
    /// Per stratum, the bootstrap interval of Klynge's MRR ratio to that stratum's best baseline.
    public var strataIntervals: [EvaluationStratum: RatioInterval]

    public init(
        _ result: EvaluationReport,
        interval: RatioInterval? = nil,
        strataIntervals: [EvaluationStratum: RatioInterval] = [:]
    ) {
        self.result = result
        self.interval = interval
        self.strataIntervals = strataIntervals
    }

    /// One row per method: method, queries, mrr, precision@k, recall@k, auc.
    /// - Complexity: O(methods).
    public var table: Table { Self.table(result) }

    /// One row per method of `result`.
    static func table(_ result: EvaluationReport) -> Table {
        let k = result.k
        return Table(
            columns: ["method", "queries", "mrr", "precision@\(k)", "recall@\(k)", "auc"],
            rows: result.methods.map { m in
                [
                    .text(m.method.rawValue), .integer(m.queries), .number(m.mrr), .number(m.precisionAtK),
                    .number(m.recallAtK), .number(m.auc),
                ]
            }
        )
    }

    /// The report in `format`, ending with a newline.
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: json()
        case .csv: table.render(.csv)
        case .table, .md: table.render(format) + strataText(format)
        }
    }

    /// `{"queries": N, "methods": {"klynge": {"mrr": …, "precision_at_k": …, "recall_at_k": …, "auc": …}, …}}`,
    /// then, with an interval, `"klynge_vs_best_baseline": {"baseline": …, "ratio": …, "low": …, "high": …,
    /// "confidence": 0.95, "resamples": N, "share_at_least_1": …}`, then `"strata":
    /// {"shared_neighbour": {"queries": …, "test_pairs": …, "methods": {…},
    /// "klynge_vs_best_baseline": {…}}, "no_shared_neighbour": {…}}`. Non-finite numbers are `null`.
    /// A cold-start report starts with `"protocol": "cold-start"`.
    func json() -> String {
        let header =
            result.evaluationProtocol == .memberSeekers
            ? "" : "  \"protocol\": \(Escape.json(result.evaluationProtocol.rawValue)),\n"
        var text =
            "{\n" + header + "  \"queries\": \(result.queries),\n  \"methods\": {\n"
            + Self.methodsJSON(result, indent: "    ").joined(separator: ",\n") + "\n  }"
        if let interval, let b = result.bestBaseline {
            text += ",\n  \"klynge_vs_best_baseline\": " + Self.intervalJSON(interval, baseline: b)
        }
        return text + strataJSON() + "\n}\n"
    }

    /// "klynge MRR 0.1234 = 1.05× the best baseline (adamic_adar, 0.1175)", or nil without a
    /// baseline of positive MRR.
    public var ratioSummary: String? {
        guard let k = result[.klynge], let b = result.bestBaseline, b.mrr > 0 else { return nil }
        return "klynge MRR \(Self.short(k.mrr)) = \(String(format: "%.2f", k.mrr / b.mrr))× the best baseline "
            + "(\(b.method.rawValue), \(Self.short(b.mrr)))"
    }

    /// "95% bootstrap interval of klynge's MRR over adamic_adar's: 0.74–1.07× (2000 resamples of
    /// the 120 queries, seed 42); klynge at least as good in 12% of them", or nil without an interval.
    public func intervalSummary(seed: UInt64) -> String? {
        guard let interval, let b = result.bestBaseline else { return nil }
        return "\(Int((interval.confidence * 100).rounded()))% bootstrap interval of klynge's MRR over "
            + "\(b.method.rawValue)'s: " + String(format: "%.2f–%.2f×", interval.low, interval.high)
            + " (\(interval.ratios.count) resamples of the \(result.queries) queries, seed \(seed)); "
            + "klynge at least as good in " + String(format: "%.0f%%", interval.share(atLeast: 1) * 100) + " of them"
    }

    /// `x` to 4 significant digits, as the evaluation notes print MRRs.
    public static func short(_ x: Double) -> String { String(format: "%.4g", x) }
}
