import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports

/// `klynge evaluate DATASET --split-year Y --seeker-kind K1 --target-kind K2`: the honest
/// test of partner matching against link-prediction baselines.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Test partner matching honestly: learn from the projects before a year, predict the partnerships after it.",
        discussion: """
            Training data: only projects starting before --split-year (members' topics come only \
            from those projects and their declared topics). A member is in the training graph when \
            it took part in a training project (its degree may be 0). A test pair (s, t): s of a \
            seeker kind, t of a target kind, both in the training graph, not tied in it (no shared \
            training project), partners in a project starting in the split year or later. Each s \
            with a test pair is a query; its candidates are every target-kind member of the \
            training graph not tied to s. Every method ranks them, ties broken by member id.

            Per method: MRR (mean of 1/rank of the first true partner), precision@k and recall@k \
            (k = --top; precision divides by k), and ROC AUC (the chance that a random true partner \
            scores above a random other candidate, equal scores counting half, averaged over the \
            queries that have a non-partner). Methods: klynge, random (a seeded SplitMix64 shuffle), \
            preferential attachment, common neighbours, Jaccard, Adamic–Adar, resource allocation, \
            personalised PageRank (α 0.85, weighted) and topic fit only.

            --tune runs a coordinate search over Klynge's weights for the best MRR on this split and \
            prints them as a weights file (read by --weights here and in 'klynge match'); with \
            several --target-kind sets it maximises their mean MRR. Tune on an early split year, \
            with --test-before the first year you report, never on the years you report.
            """
    )

    @Argument(help: "Dataset folder.")
    var dataset: String

    @Option(help: "Train on projects starting before this year; test on those starting in it or later.")
    var splitYear: Int

    @Option(help: ArgumentHelp("Seeker kinds, comma-separated.", valueName: "KINDS"))
    var seekerKind: String

    @Option(
        help: ArgumentHelp(
            "Target (candidate) kinds, comma-separated. With --tune it may be repeated: each set is its own split and counts the same.",
            valueName: "KINDS"
        )
    )
    var targetKind: [String]

    @Option(help: "The k of precision@k and recall@k.")
    var top = 10

    @Option(
        help: ArgumentHelp("Only test projects starting before this year (default: all later ones).", valueName: "YEAR")
    )
    var testBefore: Int?

    @Option(help: "Seed of the random baseline.")
    var seed: UInt64 = 42

    @Option(
        help: ArgumentHelp(
            "Bootstrap resamples of the queries for the interval of Klynge's MRR ratio to the best baseline (0: none).",
            valueName: "N"
        )
    )
    var bootstrap = 2000

    @Option(
        help: ArgumentHelp(
            "Klynge's feature weights: 'feature = weight' lines (the tuning start with --tune); features not named keep the defaults for the target kinds.",
            valueName: "FILE"
        )
    )
    var weights: String?

    @Flag(help: "Search Klynge's weights for the best MRR on this split; print them as a weights file.")
    var tune = false

    @OptionGroup var io: TableOutputOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be 0 or more") }
        if let b = testBefore, b <= splitYear { throw ValidationError("--test-before must be after --split-year") }
        _ = try Self.kinds(seekerKind, option: "--seeker-kind")
        if targetKind.isEmpty { throw ValidationError("give the target kinds: --target-kind KINDS") }
        if targetKind.count > 1 && !tune {
            throw ValidationError("several --target-kind sets are for --tune; evaluate one set at a time")
        }
        for t in targetKind { _ = try Self.kinds(t, option: "--target-kind") }
    }

    func run() async throws {
        try await runReportingErrors {
            let started = Date()
            let eco = try DatasetLoader().load(folder: dataset)
            let seekers = try Self.kinds(seekerKind, option: "--seeker-kind")
            let targetSets = try targetKind.map { try Self.kinds($0, option: "--target-kind") }
            let loaded = Date()
            let context = try MatchingContext(eco, before: splitYear)
            let splits = targetSets.map {
                TimeSplit(context: context, seekerKinds: seekers, targetKinds: $0, testBefore: testBefore)
            }
            let window = testBefore.map { "\(splitYear)–\($0 - 1)" } ?? "\(splitYear)+"
            for (split, targets) in zip(splits, targetSets) where split.queries.isEmpty {
                throw ReportError(
                    "no test pairs: no \(Self.list(seekers)) member of the training graph (projects before \(splitYear)) "
                        + "partnered a \(Self.list(targets)) member it was not tied to in a project starting in \(window)"
                )
            }
            var options = EvaluationOptions()
            options.k = top
            options.seed = seed
            options.threads = io.threads
            if let weights {
                options.weights = try MatchWeights.read(
                    path: weights,
                    base: MatchWeights.defaults(targets: targetSets[0])
                )
            }
            let evaluators = splits.map(Evaluator.init)
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            for (split, targets) in zip(splits, targetSets) {
                Diagnostics.note(
                    "\(eco.name): trained on projects before \(splitYear), tested on \(window): seekers \(Self.list(seekers)), "
                        + "targets \(Self.list(targets)); \(split.queries.count) queries, \(split.testPairs) test pairs"
                )
            }
            if tune {
                let result = Evaluator.tune(evaluators, options: options)
                let seconds = Date().timeIntervalSince(started)
                Diagnostics.note(
                    "tuned in \(Self.seconds(seconds)): MRR \(Self.short(result.startMRR)) → \(Self.short(result.mrr)) "
                        + "(\(result.evaluations) weight vectors, \(result.passes) passes)"
                )
                var text =
                    "# klynge evaluate --tune: \(eco.name), split year \(splitYear), test projects \(window), seekers \(Self.list(seekers))\n"
                for (i, (split, targets)) in zip(splits, targetSets).enumerated() {
                    text +=
                        "# targets \(Self.list(targets)): \(split.queries.count) queries, \(split.testPairs) test pairs; "
                        + "Klynge MRR \(Self.short(result.startMRRs[i])) → \(Self.short(result.mrrs[i]))\n"
                }
                if splits.count > 1 { text += "# objective: the mean of the \(splits.count) MRRs\n" }
                text +=
                    "# Klynge MRR \(Self.short(result.startMRR)) with the starting weights, \(Self.short(result.mrr)) with these\n"
                text += result.weightLines.joined(separator: "\n") + "\n"
                try Output.write(text, to: io.output, protecting: [dataset] + (weights.map { [$0] } ?? []))
                return
            }
            let report = evaluators[0].run(options)
            let seconds = Date().timeIntervalSince(started)
            Diagnostics.note(
                "\(Self.short(report.meanCandidates)) candidates per query on average; random baseline seed \(seed); "
                    + "\(Self.seconds(seconds)) (loading \(Self.seconds(loaded.timeIntervalSince(started))))"
            )
            let interval = report.bestBaseline.flatMap { b in
                bootstrap > 0
                    ? report.mrrRatioInterval(of: .klynge, to: b.method, resamples: bootstrap, seed: seed) : nil
            }
            if let k = report[.klynge], let b = report.bestBaseline, b.mrr > 0 {
                Diagnostics.note(
                    "klynge MRR \(Self.short(k.mrr)) = \(String(format: "%.2f", k.mrr / b.mrr))× the best baseline (\(b.method.rawValue), \(Self.short(b.mrr)))"
                )
            }
            if let interval, let b = report.bestBaseline {
                Diagnostics.note(
                    Self.describe(
                        interval,
                        baseline: b.method,
                        queries: report.queries,
                        resamples: bootstrap,
                        seed: seed
                    )
                )
            }
            let text = io.format == .json ? Self.json(report, interval: interval) : Self.table(report).render(io.format)
            try Output.write(text, to: io.output, protecting: [dataset] + (weights.map { [$0] } ?? []))
        }
    }

    /// One row per method: queries, MRR, precision@k, recall@k, AUC.
    static func table(_ report: EvaluationReport) -> Table {
        let k = report.k
        return Table(
            columns: ["method", "queries", "mrr", "precision@\(k)", "recall@\(k)", "auc"],
            rows: report.methods.map { m in
                [
                    .text(m.method.rawValue), .integer(m.queries), .number(m.mrr), .number(m.precisionAtK),
                    .number(m.recallAtK), .number(m.auc),
                ]
            }
        )
    }

    /// `{"queries": N, "methods": {"klynge": {"mrr": …, "precision_at_k": …, "recall_at_k": …, "auc": …}, …}}`,
    /// then, with a bootstrap, `"klynge_vs_best_baseline": {"baseline": …, "ratio": …, "low": …, "high": …,
    /// "confidence": 0.95, "resamples": N, "share_at_least_1": …}`.
    static func json(_ report: EvaluationReport, interval: RatioInterval? = nil) -> String {
        func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
        let methods = report.methods.map { m in
            "    " + jsonString(m.method.rawValue)
                + ": {\"mrr\": \(number(m.mrr)), \"precision_at_k\": \(number(m.precisionAtK)), "
                + "\"recall_at_k\": \(number(m.recallAtK)), \"auc\": \(number(m.auc))}"
        }
        var text =
            "{\n  \"queries\": \(report.queries),\n  \"methods\": {\n" + methods.joined(separator: ",\n") + "\n  }"
        if let interval, let b = report.bestBaseline {
            text +=
                ",\n  \"klynge_vs_best_baseline\": {\"baseline\": \(jsonString(b.method.rawValue)), \"ratio\": \(number(interval.estimate)), "
                + "\"low\": \(number(interval.low)), \"high\": \(number(interval.high)), \"confidence\": \(interval.confidence), "
                + "\"resamples\": \(interval.ratios.count), \"share_at_least_1\": \(number(interval.share(atLeast: 1)))}"
        }
        return text + "\n}\n"
    }

    /// "95% bootstrap interval of the ratio: 0.74–1.07× (2,000 resamples of the 120 queries, seed 42); klynge at least as good in 12% of them".
    static func describe(
        _ interval: RatioInterval,
        baseline: EvaluationMethod,
        queries: Int,
        resamples: Int,
        seed: UInt64
    ) -> String {
        "\(Int((interval.confidence * 100).rounded()))% bootstrap interval of klynge's MRR over \(baseline.rawValue)'s: "
            + String(format: "%.2f–%.2f×", interval.low, interval.high)
            + " (\(resamples) resamples of the \(queries) queries, seed \(seed)); klynge at least as good in "
            + String(format: "%.0f%%", interval.share(atLeast: 1) * 100) + " of them"
    }

    /// Kinds from a comma-separated list.
    static func kinds(_ text: String, option: String) throws -> Set<MemberKind> {
        let kinds: [MemberKind]
        do { kinds = try MemberKind.parseList(text) } catch { throw ValidationError("\(option): \(error.description)") }
        if kinds.isEmpty { throw ValidationError("\(option) needs at least one kind") }
        return Set(kinds)
    }

    static func list(_ kinds: Set<MemberKind>) -> String { kinds.sorted().map(\.rawValue).joined(separator: ", ") }
    static func short(_ x: Double) -> String { String(format: "%.4g", x) }
    static func seconds(_ s: Double) -> String { String(format: "%.2f s", s) }
}
