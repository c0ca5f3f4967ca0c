/// One method's metrics averaged over the queries (in query order).
public struct MethodSummary: Sendable, Equatable {
    public var method: EvaluationMethod
    public var queries: Int
    /// Mean reciprocal rank of the first true partner.
    public var mrr: Double
    public var precisionAtK: Double
    public var recallAtK: Double
    /// Mean AUC over the queries that have a non-partner candidate (NaN when none has).
    public var auc: Double
    /// The number of queries AUC averages over.
    public var aucQueries: Int
    /// Each query's reciprocal rank, in query order (what ``mrr`` averages; the bootstrap resamples them).
    public var reciprocalRanks: [Double]

    /// The mean of per-query metrics, summed in the given order.
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
