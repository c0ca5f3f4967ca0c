import KlyngeGraph

/// A sparse TF-IDF vector over terms, L2-normalised (empty when it has no terms).
/// Terms are kept sorted (UTF-8 byte order) so that every sum runs in the same order in
/// every process: Swift's dictionaries iterate in a per-process random order, which would
/// change the last bits of a score from one run to the next.
///
/// ```swift
/// let a = TopicVector(weights: ["fall detection": 0.8, "sensors": 0.6])
/// let b = TopicVector(weights: ["fall detection": 0.6, "telemedicine": 0.8])
/// print(a.cosine(b), a.sharedTerms(b), a.weight("sensors"))  // ≈ 0.48 ["fall detection"] 0.6
/// ```
///
/// - Complexity: see each member; a vector takes O(terms) space.
public struct TopicVector: Sendable, Equatable {
    /// Terms in byte order, and their weights (squares summing to 1).
    public let terms: [String]
    /// The weight of each term of ``terms``, at the same position.
    public let weights: [Double]

    /// Term → weight, as given (``TopicIndex/vector(_:)`` gives normalised ones).
    ///
    /// ```swift
    /// let v = TopicVector(weights: ["telemedicine": 0.6, "fall detection": 0.8])
    /// print(v.terms)  // ["fall detection", "telemedicine"]: byte order
    /// ```
    ///
    /// - Complexity: O(t log t) for t terms.
    public init(weights map: [String: Double]) {
        let sorted = map.sorted { Ranking.idPrecedes($0.key, $1.key) }
        terms = sorted.map(\.key)
        weights = sorted.map(\.value)
    }

    /// The weight of `term`, 0 when absent.
    ///
    /// ```swift
    /// let v = TopicVector(weights: ["fall detection": 0.8, "sensors": 0.6])
    /// print(v.weight("sensors"), v.weight("robots"))  // 0.6 0.0
    /// ```
    ///
    /// - Complexity: O(log terms), a binary search.
    public func weight(_ term: String) -> Double {
        let lo = terms.partitioningIndex { !Ranking.idPrecedes($0, term) }
        return lo < terms.count && terms[lo].utf8.elementsEqual(term.utf8) ? weights[lo] : 0
    }

    /// Cosine similarity: the dot product of two normalised vectors, in 0…1.
    ///
    /// ```swift
    /// let a = TopicVector(weights: ["fall detection": 0.8, "sensors": 0.6])
    /// let b = TopicVector(weights: ["fall detection": 1])
    /// print(a.cosine(b), a.cosine(a))  // 0.8 1.0
    /// ```
    ///
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
    ///
    /// ```swift
    /// let member = TopicVector(weights: ["fall detection": 0.6, "sensors": 0.48, "telemedicine": 0.64])
    /// let call = TopicVector(weights: ["sensors": 0.8, "fall detection": 0.6])
    /// print(member.sharedTerms(call))  // ["sensors", "fall detection"]: 0.384 > 0.36
    /// ```
    ///
    /// - Complexity: O(|self| · log |other|).
    public func sharedTerms(_ other: TopicVector) -> [String] {
        var shared: [(String, Double)] = []
        for (t, w) in zip(terms, weights) {
            let v = other.weight(t)
            if v > 0 { shared.append((t, w * v)) }
        }
        return shared.ranked(score: \.1, id: \.0).map(\.0)
    }
}
