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

            Strata: the same table for the test pairs whose partner shares a training partner with \
            the seeker (distance 2) and for those that share none (distance 3 or more, or \
            unreachable: every neighbourhood baseline scores them 0). A query counts in a stratum \
            when one of its true partners lies there; its true partners are then those of the \
            stratum and its partners of the other stratum leave its candidates, so MRR there is \
            the mean of 1/rank of the first true partner of the stratum. Each stratum has its own \
            best baseline and bootstrap interval.

            --tune runs a coordinate search over Klynge's weights for the best MRR on this split and \
            prints them as a weights file (read by --weights here and in 'klynge match'); with \
            several --target-kind sets it maximises their mean MRR. Tune on an early split year, \
            with --test-before the first year you report, never on the years you report.

            --cold-start tests newcomers instead: seekers are members of a seeker kind with no \
            training project whose first project P (earliest start, ties by project id) starts in \
            the split year or later. Each is matched from the profile it would type: its kind, \
            P's topics and programme, its declared topics, its county and its country. Candidates: every \
            target-kind member with a training project; true partners: those that are members of \
            P. Methods: klynge (newcomer weights), random, topic fit only, popularity (training \
            projects), topic popularity (training projects sharing a topic or the programme with \
            P), where the dataset has counties, same county, and where it has countries, same country. With --tune it searches the \
            newcomer weights.
            """
    )

    @OptionGroup var data: DatasetArgument

    @OptionGroup var split: TimeSplitOptions

    @Option(help: "The k of precision@k and recall@k.")
    var top = 10

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

    @Flag(help: "Test newcomers (no project before the split year) matched from a profile, not members.")
    var coldStart = false

    @OptionGroup var io: TableOutputOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be 0 or more") }
        if split.targetKind.count > 1 && !tune {
            throw ValidationError("several --target-kind sets are for --tune; evaluate one set at a time")
        }
        if tune, try io.fileFormat != .table {
            throw ValidationError("--tune writes a weights file (text): name it .txt and leave out --format")
        }
    }

    func run() async throws {
        try await runReportingErrors {
            let started = Date()
            let eco = try data.load()
            let loaded = Date()
            if coldStart { return try runColdStart(eco, started: started, loaded: loaded) }
            let splits = try split.splits(of: eco)
            var options = EvaluationOptions()
            options.k = top
            options.seed = seed
            options.threads = io.threads
            if let weights {
                let base = MatchWeights.defaults(targets: splits[0].targetKinds)
                options.weights = try withOption("--weights") { try MatchWeights.read(path: weights, base: base) }
            }
            let evaluators = splits.map(Evaluator.init)
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            for s in splits { Diagnostics.note("\(eco.name): \(s.summary)") }
            if tune {
                let result = Evaluator.tune(evaluators, options: options)
                let seconds = Date().timeIntervalSince(started)
                Diagnostics.note(
                    "tuned in \(Self.seconds(seconds)): MRR \(Self.short(result.startMRR)) → \(Self.short(result.mrr)) "
                        + "(\(result.evaluations) weight vectors, \(result.passes) passes)"
                )
                let text = TuningReport(result, splits: splits, dataset: eco.name).text
                return try Output.write(text, to: io.output, protecting: [data.dataset] + (weights.map { [$0] } ?? []))
            }
            let inputs = [data.dataset] + (weights.map { [$0] } ?? [])
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
            let document = EvaluationDocument(
                report,
                interval: interval,
                strataIntervals: bootstrap > 0 ? report.strataIntervals(resamples: bootstrap, seed: seed) : [:]
            )
            if let ratio = document.ratioSummary { Diagnostics.note(ratio) }
            if let summary = document.intervalSummary(seed: seed) { Diagnostics.note(summary) }
            try io.write(document, generator: "klynge evaluate", protecting: inputs)
        }
    }

    /// `--cold-start`: the newcomers' splits, tuned or evaluated.
    func runColdStart(_ eco: Ecosystem, started: Date, loaded: Date) throws {
        let splits = try split.coldStartSplits(of: eco)
        var options = EvaluationOptions()
        options.k = top
        options.seed = seed
        options.threads = io.threads
        if let weights {
            options.weights = try withOption("--weights") {
                try MatchWeights.read(path: weights, base: .newcomer(targets: splits[0].targetKinds))
            }
        }
        let inputs = [data.dataset] + (weights.map { [$0] } ?? [])
        let evaluators = splits.map(ColdStartEvaluator.init)
        if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
        for s in splits { Diagnostics.note("\(eco.name): \(s.summary)") }
        if tune {
            let result = ColdStartEvaluator.tune(evaluators, options: options)
            Diagnostics.note(
                "tuned in \(Self.seconds(Date().timeIntervalSince(started))): MRR \(Self.short(result.startMRR)) → "
                    + "\(Self.short(result.mrr)) (\(result.evaluations) weight vectors, \(result.passes) passes)"
            )
            let text = TuningReport(result, splits: splits, dataset: eco.name).text
            return try Output.write(text, to: io.output, protecting: inputs)
        }
        let report = evaluators[0].run(options)
        Diagnostics.note(
            "random baseline seed \(seed); \(Self.seconds(Date().timeIntervalSince(started))) "
                + "(loading \(Self.seconds(loaded.timeIntervalSince(started))))"
        )
        let interval = report.bestBaseline.flatMap { b in
            bootstrap > 0 ? report.mrrRatioInterval(of: .klynge, to: b.method, resamples: bootstrap, seed: seed) : nil
        }
        let document = EvaluationDocument(report, interval: interval)
        if let ratio = document.ratioSummary { Diagnostics.note(ratio) }
        if let summary = document.intervalSummary(seed: seed) { Diagnostics.note(summary) }
        try io.write(document, generator: "klynge evaluate --cold-start", protecting: inputs)
    }

    static func short(_ x: Double) -> String { EvaluationDocument.short(x) }
    static func seconds(_ s: Double) -> String { String(format: "%.2f s", s) }
}
