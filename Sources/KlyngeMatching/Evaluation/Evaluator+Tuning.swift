import KlyngeGraph

extension Evaluator {
    /// The values ``tune(_:options:grid:maxPasses:)`` tries for each weight.
    public static let tuningGrid: [Double] = [0, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1]

    /// ``tune(_:options:grid:maxPasses:)`` on this split alone.
    ///
    /// ```swift
    /// let result = Evaluator(split).tune(EvaluationOptions(), grid: [0, 0.1, 0.5], maxPasses: 2)
    /// var options = EvaluationOptions()
    /// options.weights = result.weights  // run(options) reproduces result.mrr
    /// ```
    ///
    /// - Complexity: that of the static ``tune(_:options:grid:maxPasses:)`` for one split.
    public func tune(_ options: EvaluationOptions, grid: [Double] = tuningGrid, maxPasses: Int = 5) -> TuningResult {
        Self.tune([self], options: options, grid: grid, maxPasses: maxPasses)
    }

    /// Coordinate search for Klynge's weights that maximise its MRR, averaged over
    /// `evaluators` (e.g. one split per target kind, so that each counts the same
    /// whatever its number of queries).
    ///
    /// Starts from `options.weights` (nil: the defaults for the first split's target kinds); in each pass, for each feature in ``MatchFeature``
    /// order, tries every `grid` value with the other weights fixed and keeps the one with
    /// the highest objective (the current value unless another is strictly better; the
    /// smallest value among equally good ones otherwise). Stops after a pass that changes
    /// nothing, or after `maxPasses`. Weight vectors that are all zero are skipped.
    ///
    /// Each query's normalised features are computed once by ``Matcher``; a weight
    /// vector is then scored exactly as the matcher scores it (the same sum in the same
    /// order), so running `evaluate` with the tuned weights reproduces ``TuningResult/mrrs``.
    ///
    /// ```swift
    /// let context = try MatchingContext(eco, before: 2022)  // one training context, two target kinds
    /// let splits = [MemberKind.municipality, .hospital].map {
    ///     TimeSplit(context: context, seekerKinds: [.company], targetKinds: [$0])
    /// }
    /// let result = Evaluator.tune(splits.map(Evaluator.init), options: EvaluationOptions())
    /// ```
    ///
    /// - Complexity: O(features of every query + evaluations · Σ_q C_q · 9).
    public static func tune(
        _ evaluators: [Evaluator],
        options: EvaluationOptions,
        grid: [Double] = tuningGrid,
        maxPasses: Int = 5
    ) -> TuningResult {
        precondition(!evaluators.isEmpty, "tuning needs at least one split")
        let start = options.weights ?? MatchWeights.defaults(targets: evaluators[0].split.targetKinds)
        let tables: [[TuningRow]] = evaluators.map { e in
            let queries = e.split.queries
            var table = [TuningRow](repeating: ([], [], []), count: queries.count)
            table.withParallelSlots { out in
                // Each query index is written by exactly one worker.
                parallelChunks(count: queries.count, threads: options.threads, minChunk: 1) { range in
                    for v in range {
                        let q = Self.balanced(v, count: queries.count)
                        out[q] = (
                            e.klyngeFeatures(queries[q], weights: start), e.partnerFlags(queries[q]),
                            queries[q].candidates.map { e.idRank[$0] }
                        )
                    }
                }
            }
            return table
        }
        return coordinateSearch(tables: tables, start: start, options: options, grid: grid, maxPasses: maxPasses)
    }

    /// Each query's features, row-major (candidate × feature), partner flags and tie keys.
    typealias TuningRow = (features: [Double], partners: [Bool], keys: [Int])

    /// The coordinate search of ``tune(_:options:grid:maxPasses:)`` over queries' feature
    /// tables (one table per split), from `start`.
    /// - Complexity: O(evaluations · Σ_q C_q · features).
    static func coordinateSearch(
        tables: [[TuningRow]],
        start: MatchWeights,
        options: EvaluationOptions,
        grid: [Double],
        maxPasses: Int
    ) -> TuningResult {
        let width = MatchFeature.allCases.count
        func mrrs(_ w: MatchWeights) -> [Double] {
            let weights = MatchFeature.allCases.map { w[$0] }
            return tables.map { rows in
                var rr = [Double](repeating: 0, count: rows.count)
                rr.withParallelSlots { out in
                    // Each query index is written by exactly one worker.
                    parallelChunks(count: rows.count, threads: options.threads, minChunk: 8) { range in
                        for q in range {
                            out[q] = Self.reciprocalRank(
                                features: rows[q].features,
                                width: width,
                                weights: weights,
                                partners: rows[q].partners,
                                keys: rows[q].keys
                            )
                        }
                    }
                }
                return rows.isEmpty ? 0 : rr.reduce(0, +) / Double(rows.count)
            }
        }
        func objective(_ m: [Double]) -> Double { m.reduce(0, +) / Double(m.count) }
        var best = start
        let startMRRs = mrrs(best)
        var bestMRRs = startMRRs
        var bestMRR = objective(startMRRs)
        var evaluations = 1
        var passes = 0
        while passes < maxPasses {
            passes += 1
            var changed = false
            for f in MatchFeature.allCases {
                var choice = best[f]
                var choiceMRRs = bestMRRs
                var choiceMRR = bestMRR
                for x in grid.sorted() where x != best[f] {
                    var w = best
                    w.values[f] = x
                    if MatchFeature.allCases.allSatisfy({ w[$0] == 0 }) { continue }
                    let m = mrrs(w)
                    evaluations += 1
                    if objective(m) > choiceMRR {
                        choice = x
                        choiceMRRs = m
                        choiceMRR = objective(m)
                    }
                }
                if choice != best[f] {
                    best.values[f] = choice
                    bestMRRs = choiceMRRs
                    bestMRR = choiceMRR
                    changed = true
                }
            }
            if !changed { break }
        }
        return TuningResult(
            weights: best,
            startMRR: objective(startMRRs),
            mrr: bestMRR,
            startMRRs: startMRRs,
            mrrs: bestMRRs,
            evaluations: evaluations,
            passes: passes
        )
    }

    /// 1 / rank of the first partner when candidates are ranked by Σ_f w_f · x_f (summed
    /// in feature order from 0, as ``Matcher`` does), ties by `keys`.
    /// - Complexity: O(C · width).
    static func reciprocalRank(
        features: [Double],
        width: Int,
        weights: [Double],
        partners: [Bool],
        keys: [Int]
    ) -> Double {
        let n = partners.count
        var scores = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = 0.0
            for f in 0..<width { s = s + weights[f] * features[i * width + f] }
            scores[i] = s
        }
        // The first partner in ranking order, then how many candidates come before it.
        var top = -1
        for i in 0..<n where partners[i] {
            if top < 0 || scores[i] > scores[top] || (scores[i] == scores[top] && keys[i] < keys[top]) { top = i }
        }
        var before = 0
        for i in 0..<n where scores[i] > scores[top] || (scores[i] == scores[top] && keys[i] < keys[top]) {
            before += 1
        }
        return 1 / Double(before + 1)
    }
}
