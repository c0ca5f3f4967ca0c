import Foundation
import KlyngeEcosystem
import KlyngeMatching

extension EvaluationDocument {
    /// The JSON members of `report`'s methods, one line each: `"klynge": {"mrr": …, "precision_at_k": …,
    /// "recall_at_k": …, "auc": …}`.
    static func methodsJSON(_ report: EvaluationReport, indent: String) -> [String] {
        report.methods.map { m in
            indent + Escape.json(m.method.rawValue)
                + ": {\"mrr\": \(number(m.mrr)), \"precision_at_k\": \(number(m.precisionAtK)), "
                + "\"recall_at_k\": \(number(m.recallAtK)), \"auc\": \(number(m.auc))}"
        }
    }

    /// `{"baseline": …, "ratio": …, "low": …, "high": …, "confidence": …, "resamples": N, "share_at_least_1": …}`.
    static func intervalJSON(_ interval: RatioInterval, baseline b: MethodSummary) -> String {
        "{\"baseline\": \(Escape.json(b.method.rawValue)), "
            + "\"ratio\": \(number(interval.estimate)), \"low\": \(number(interval.low)), "
            + "\"high\": \(number(interval.high)), \"confidence\": \(interval.confidence), "
            + "\"resamples\": \(interval.ratios.count), \"share_at_least_1\": \(number(interval.share(atLeast: 1)))}"
    }

    /// `x`, or `null` when not finite.
    static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }

    /// The strata in ``EvaluationStratum`` order (none when the report has none).
    var strata: [(stratum: EvaluationStratum, report: EvaluationReport)] {
        result.strata.keys.sorted().map { ($0, result.strata[$0]!) }
    }

    /// `,\n  "strata": {…}` (empty without strata).
    func strataJSON() -> String {
        guard !strata.isEmpty else { return "" }
        let members = strata.map { stratum, report in
            var text =
                "    \(Escape.json(stratum.rawValue)): {\n      \"queries\": \(report.queries), "
                + "\"test_pairs\": \(report.testPairs),\n      \"methods\": {\n"
                + Self.methodsJSON(report, indent: "        ").joined(separator: ",\n") + "\n      }"
            if let interval = strataIntervals[stratum], let b = report.bestBaseline {
                text += ",\n      \"klynge_vs_best_baseline\": " + Self.intervalJSON(interval, baseline: b)
            }
            return text + "\n    }"
        }
        return ",\n  \"strata\": {\n" + members.joined(separator: ",\n") + "\n  }"
    }

    /// After the methods table: per stratum, a line saying what it holds and how Klynge did,
    /// then its methods table (empty without strata).
    func strataText(_ format: OutputFormat) -> String {
        strata.map { stratum, report in
            let heading = format == .md ? "**\(stratum.label.capitalizedFirst)**" : stratum.label.capitalizedFirst
            return "\n" + heading + ": " + stratumSummary(stratum, report) + "\n\n"
                + Self.table(report).render(format)
        }.joined()
    }

    /// "28 queries, 31 test pairs (the partner shares a training partner with the seeker); klynge
    /// 1.05× the best baseline (adamic_adar), 95% interval 0.91–1.22×".
    func stratumSummary(_ stratum: EvaluationStratum, _ report: EvaluationReport) -> String {
        var text =
            "\(report.queries) queries, \(report.testPairs) test pairs ("
            + (stratum == .sharedNeighbour
                ? "the partner shares a training partner with the seeker)"
                : "the partner shares no training partner with the seeker)")
        if let k = report[.klynge], let b = report.bestBaseline, b.mrr > 0 {
            text += "; klynge " + String(format: "%.2f", k.mrr / b.mrr) + "× the best baseline (\(b.method.rawValue))"
            if let interval = strataIntervals[stratum] {
                text +=
                    ", \(Int((interval.confidence * 100).rounded()))% interval "
                    + String(format: "%.2f–%.2f×", interval.low, interval.high)
            }
        }
        return text
    }

    /// The methods table of each stratum, as report sections (HTML page, workbook).
    var strataSections: [Report.Section] {
        strata.map { stratum, report in
            Report.Section(
                key: stratum.rawValue,
                title: stratum.label.capitalizedFirst,
                note: stratumSummary(stratum, report),
                table: Self.table(report)
            )
        }
    }
}
