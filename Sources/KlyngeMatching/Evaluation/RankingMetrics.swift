/// How a query's ranking scores: computed on one ranked candidate list.
///
/// Reciprocal rank as in MRR (Voorhees, "The TREC-8 question answering track report", 1999,
/// without TREC's rank cut-off); precision and recall at k as in Manning, Raghavan & Schütze,
/// *Introduction to Information Retrieval*, 2008, §8.4; AUC as the Mann–Whitney statistic
/// (Hanley & McNeil, "The meaning and use of the area under a ROC curve", 1982).
///
/// ```swift
/// // Four candidates; the second and the fourth are true partners.
/// let m = RankingMetrics(
///     scores: [0.9, 0.5, 0.5, 0.1], isPartner: [false, true, false, true], tieKeys: [0, 1, 2, 3], k: 2)
/// print(m.reciprocalRank, m.precision, m.recall, m.auc!)  // 0.5 0.5 0.5 0.125
/// ```
///
/// - Complexity: see ``init(scores:isPartner:tieKeys:k:)``.
public struct RankingMetrics: Sendable, Equatable {
    /// 1 / rank of the first true partner (ranks from 1).
    public var reciprocalRank: Double
    /// True partners among the first k, divided by k (also when fewer than k candidates).
    public var precision: Double
    /// True partners among the first k, divided by the number of true partners.
    public var recall: Double
    /// P(a random true partner scores above a random other candidate), ties counting ½
    /// (Mann–Whitney); nil when every candidate is a true partner.
    public var auc: Double?

    /// Metrics already computed (e.g. read back, or a query's values for a test).
    ///
    /// ```swift
    /// let first = RankingMetrics(reciprocalRank: 1, precision: 0.1, recall: 1, auc: 1)
    /// let third = RankingMetrics(reciprocalRank: 1.0 / 3, precision: 0.1, recall: 0.5, auc: nil)
    /// let mrr = MethodSummary(method: .klynge, metrics: [first, third]).mrr  // 2/3
    /// ```
    ///
    /// - Complexity: O(1).
    public init(reciprocalRank: Double, precision: Double, recall: Double, auc: Double?) {
        self.reciprocalRank = reciprocalRank
        self.precision = precision
        self.recall = recall
        self.auc = auc
    }

    /// The metrics of candidates ranked by `scores` (higher first; equal scores by
    /// `tieKeys`, lower first), `isPartner` marking the true partners (at least one).
    /// AUC compares scores only: candidates with equal scores count half, whatever their keys.
    ///
    /// ```swift
    /// let m = RankingMetrics(scores: [3, 2, 1], isPartner: [false, true, false], tieKeys: [0, 1, 2], k: 1)
    /// print(m.reciprocalRank, m.precision, m.auc!)  // 0.5 0.0 0.5
    /// ```
    ///
    /// - Complexity: O(P · C) for P true partners among C candidates (no sort: each
    ///   partner's rank is the number of candidates ranked before it).
    public init(scores: [Double], isPartner: [Bool], tieKeys: [Int], k: Int) {
        precondition(scores.count == isPartner.count && scores.count == tieKeys.count)
        var positives = 0
        var bestRank = Int.max
        var hits = 0
        var wins = 0.0
        for p in scores.indices where isPartner[p] {
            positives += 1
            let sp = scores[p]
            let kp = tieKeys[p]
            var before = 0
            var lower = 0
            var equal = 0
            for c in scores.indices {
                let sc = scores[c]
                if sc > sp || (sc == sp && tieKeys[c] < kp) { before += 1 }
                if !isPartner[c] {
                    if sc < sp { lower += 1 } else if sc == sp { equal += 1 }
                }
            }
            bestRank = min(bestRank, before + 1)
            if before < k { hits += 1 }
            wins += Double(lower) + 0.5 * Double(equal)
        }
        precondition(positives > 0, "a query needs at least one true partner")
        reciprocalRank = 1 / Double(bestRank)
        precision = Double(hits) / Double(max(k, 1))
        recall = Double(hits) / Double(positives)
        let negatives = scores.count - positives
        auc = negatives > 0 ? wins / (Double(positives) * Double(negatives)) : nil
    }
}
