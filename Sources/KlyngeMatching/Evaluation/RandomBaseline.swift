import KlyngeGraph

extension EvaluationMethod {
    /// The random baseline's scores of `count` candidates for query number `query`: a
    /// Fisher–Yates shuffle of the positions driven by SplitMix64 stream `query` of `seed`,
    /// scored `count` for the first position down to 1 for the last (higher: better). Both
    /// protocols (``Evaluator`` and ``ColdStartEvaluator``) call it, so their random
    /// rankings are the same for the same seed, query number and candidate count.
    ///
    /// ```swift
    /// let scores = EvaluationMethod.randomScores(count: 5, seed: 42, query: 0)  // a permutation of 1…5
    /// ```
    ///
    /// - Parameters:
    ///   - count: The number of candidates.
    ///   - seed: ``EvaluationOptions/seed``.
    ///   - query: The query's index (its own stream of the seed).
    /// - Returns: one score per candidate position, a permutation of 1…`count`.
    /// - Complexity: O(count).
    static func randomScores(count: Int, seed: UInt64, query: Int) -> [Double] {
        var rng = SplitMix64(streamOf: seed, index: UInt64(query))
        var order = Array(0..<count)
        order.seededShuffle(using: &rng)
        var out = [Double](repeating: 0, count: count)
        for (position, slot) in order.enumerated() { out[slot] = Double(count - position) }
        return out
    }
}
