import KlyngeGraph

/// A sparse TF-IDF vector over terms, L2-normalised (empty when it has no terms).
/// Terms are kept sorted (UTF-8 byte order) so that every sum runs in the same order in
/// every process: Swift's dictionaries iterate in a per-process random order, which would
/// change the last bits of a score from one run to the next.
public struct TopicVector: Sendable, Equatable {
    /// Terms in byte order, and their weights (squares summing to 1).
    public let terms: [String]
    public let weights: [Double]

    /// Term → weight.
    public init(weights map: [String: Double]) {
        let sorted = map.sorted { Ranking.idPrecedes($0.key, $1.key) }
        terms = sorted.map(\.key)
        weights = sorted.map(\.value)
    }

    /// The weight of `term`, 0 when absent. - Complexity: O(log terms).
    public func weight(_ term: String) -> Double {
        let lo = terms.partitioningIndex { !Ranking.idPrecedes($0, term) }
        return lo < terms.count && terms[lo].utf8.elementsEqual(term.utf8) ? weights[lo] : 0
    }

    /// Cosine similarity: the dot product of two normalised vectors, in 0…1.
    /// - Complexity: O(|a| + |b|), a merge of the sorted terms.
    public func cosine(_ other: TopicVector) -> Double {
        var i = 0
        var j = 0
        var s = 0.0
        while i < terms.count && j < other.terms.count {
            let a = terms[i].utf8
            let b = other.terms[j].utf8
            if a.elementsEqual(b) {
                s += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if Ranking.idPrecedes(terms[i], other.terms[j]) {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, s)
    }

    /// The terms both vectors have, by the product of their weights, largest first (ties by term).
    public func sharedTerms(_ other: TopicVector) -> [String] {
        var shared: [(String, Double)] = []
        for (t, w) in zip(terms, weights) {
            let v = other.weight(t)
            if v > 0 { shared.append((t, w * v)) }
        }
        return shared.ranked(score: \.1, id: \.0).map(\.0)
    }
}
