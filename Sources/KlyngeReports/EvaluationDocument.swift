import Foundation
import KlyngeEcosystem
import KlyngeMatching

/// An ``EvaluationReport`` as a report: one row per method (queries, MRR, precision@k,
/// recall@k, ROC AUC) and, with a bootstrap interval, Klynge's MRR ratio to the best baseline.
///
/// `table`, `csv` and `md` give the methods table; `json` an object with the query count,
/// the methods by name and, with an interval, `klynge_vs_best_baseline`.
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

    public init(_ result: EvaluationReport, interval: RatioInterval? = nil) {
        self.result = result
        self.interval = interval
    }

    /// One row per method: method, queries, mrr, precision@k, recall@k, auc.
    /// - Complexity: O(methods).
    public var table: Table {
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
        format == .json ? json() : table.render(format)
    }

    /// `{"queries": N, "methods": {"klynge": {"mrr": …, "precision_at_k": …, "recall_at_k": …, "auc": …}, …}}`,
    /// then, with an interval, `"klynge_vs_best_baseline": {"baseline": …, "ratio": …, "low": …, "high": …,
    /// "confidence": 0.95, "resamples": N, "share_at_least_1": …}`. Non-finite numbers are `null`.
    func json() -> String {
        func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
        let methods = result.methods.map { m in
            "    " + Escape.json(m.method.rawValue)
                + ": {\"mrr\": \(number(m.mrr)), \"precision_at_k\": \(number(m.precisionAtK)), "
                + "\"recall_at_k\": \(number(m.recallAtK)), \"auc\": \(number(m.auc))}"
        }
        var text =
            "{\n  \"queries\": \(result.queries),\n  \"methods\": {\n" + methods.joined(separator: ",\n") + "\n  }"
        if let interval, let b = result.bestBaseline {
            text +=
                ",\n  \"klynge_vs_best_baseline\": {\"baseline\": \(Escape.json(b.method.rawValue)), "
                + "\"ratio\": \(number(interval.estimate)), \"low\": \(number(interval.low)), "
                + "\"high\": \(number(interval.high)), \"confidence\": \(interval.confidence), "
                + "\"resamples\": \(interval.ratios.count), \"share_at_least_1\": \(number(interval.share(atLeast: 1)))}"
        }
        return text + "\n}\n"
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
