import KlyngeGraph

extension ColdStartEvaluator {
    /// Coordinate search for the newcomer weights that maximise Klynge's cold-start MRR,
    /// averaged over `evaluators` (e.g. one split per target kind): the search of
    /// ``Evaluator/tune(_:options:grid:maxPasses:)`` on the newcomers' features, starting
    /// from `options.weights` (nil: ``MatchWeights/newcomer(targets:)`` of the first split's target kinds). Tune on a split
    /// before the years you report (`testBefore` the first of them).
    ///
    /// ```swift
    /// let context = try MatchingContext(eco, before: 2016)
    /// let splits = [[MemberKind.publicAgency, .municipality], [.university]].map {
    ///     ColdStartSplit(context: context, seekerKinds: [.company], targetKinds: Set($0), testBefore: 2017)
    /// }
    /// let result = ColdStartEvaluator.tune(splits.map(ColdStartEvaluator.init), options: EvaluationOptions())
    /// ```
    ///
    /// - Parameters:
    ///   - evaluators: The splits to tune on (at least one).
    ///   - options: The starting weights and the threads.
    ///   - grid: The values tried for each weight.
    ///   - maxPasses: The most passes over the features.
    /// - Returns: the best weights found and the MRRs before and after.
    /// - Complexity: O(features of every query + evaluations · Σ_q C · features).
    public static func tune(
        _ evaluators: [ColdStartEvaluator],
        options: EvaluationOptions,
        grid: [Double] = Evaluator.tuningGrid,
        maxPasses: Int = 5
    ) -> TuningResult {
        precondition(!evaluators.isEmpty, "tuning needs at least one split")
        let start = options.weights ?? .newcomer(targets: evaluators[0].split.targetKinds)
        let tables: [[Evaluator.TuningRow]] = evaluators.map { e in
            let queries = e.split.queries
            let keys = e.split.candidates.map { e.idRank[$0] }
            // Newcomers with the same profile and first project share their features.
            let (groupOf, representatives) = e.groups()
            var features = [[Double]](repeating: [], count: representatives.count)
            features.withParallelSlots { out in
                // Each group index is written by exactly one worker.
                parallelChunks(count: representatives.count, threads: options.threads, minChunk: 1) { range in
                    for g in range { out[g] = e.klyngeScored(queries[representatives[g]], weights: start).features }
                }
            }
            return queries.indices.map { q in (features[groupOf[q]], e.partnerFlags(queries[q]), keys) }
        }
        return Evaluator.coordinateSearch(
            tables: tables,
            start: start,
            options: options,
            grid: grid,
            maxPasses: maxPasses
        )
    }
}
