/// One method's metrics averaged over the queries (in query order).
///
/// ```swift
/// let summary = Evaluator(split).run(EvaluationOptions())[.klynge]!
/// print(summary.mrr, summary.precisionAtK, summary.recallAtK, summary.auc)
/// let worst = summary.reciprocalRanks.min()  // the query whose first partner ranked lowest
/// ```
///
/// - Complexity: O(queries) to build.
public struct MethodSummary: Sendable, Equatable {
    public var method: EvaluationMethod
    /// The number of queries averaged over.
    public var queries: Int
    /// Mean reciprocal rank of the first true partner.
    public var mrr: Double
    /// Mean precision@k.
    public var precisionAtK: Double
    /// Mean recall@k.
    public var recallAtK: Double
    /// Mean AUC over the queries that have a non-partner candidate (NaN when none has).
    public var auc: Double
    /// The number of queries AUC averages over.
    public var aucQueries: Int
    /// Each query's reciprocal rank, in query order (what ``mrr`` averages; the bootstrap resamples them).
    public var reciprocalRanks: [Double]

    /// The mean of per-query metrics, summed in the given order.
    ///
    /// ```swift
    /// let perQuery = [RankingMetrics(reciprocalRank: 1, precision: 0.1, recall: 1, auc: 1),
    ///                 RankingMetrics(reciprocalRank: 0.25, precision: 0, recall: 0, auc: nil)]
    /// let s = MethodSummary(method: .jaccard, metrics: perQuery)  // mrr 0.625, auc 1 over 1 query
    /// ```
    ///
    /// - Complexity: O(metrics).
    public init(method: EvaluationMethod, metrics: [RankingMetrics]) {
        self.method = method
        queries = metrics.count
        let n = Double(max(metrics.count, 1))
        reciprocalRanks = metrics.map(\.reciprocalRank)
        mrr = reciprocalRanks.reduce(0, +) / n
        precisionAtK = metrics.reduce(0) { $0 + $1.precision } / n
        recallAtK = metrics.reduce(0) { $0 + $1.recall } / n
        let aucs = metrics.compactMap(\.auc)
        aucQueries = aucs.count
        auc = aucs.isEmpty ? .nan : aucs.reduce(0, +) / Double(aucs.count)
    }
}
