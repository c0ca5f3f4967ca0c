import Foundation

/// A sparse TF-IDF vector over terms, L2-normalised (empty when it has no terms).
public struct TopicVector: Sendable, Equatable {
    /// Term → weight; the weights' squares sum to 1.
    public var weights: [String: Double]

    /// Cosine similarity: the dot product of two normalised vectors, in 0…1.
    /// - Complexity: O(min(|a|, |b|)).
    public func cosine(_ other: TopicVector) -> Double {
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var s = 0.0
        for (t, w) in small { if let v = large[t] { s += w * v } }
        return min(1, s)
    }

    /// The terms both vectors have, by the product of their weights, largest first.
    public func sharedTerms(_ other: TopicVector) -> [String] {
        weights.keys.filter { other.weights[$0] != nil }
            .sorted { (weights[$0]! * other.weights[$0]!, $1) > (weights[$1]! * other.weights[$1]!, $0) }
    }
}

/// TF-IDF over documents made of topic phrases and title words.
///
/// A document's terms are its topics (each a whole phrase, "fall detection", lower-cased)
/// plus the words of its titles (lower-cased, letters and digits, three or more
/// characters, English and Norwegian stop words removed). Term frequency is the raw count;
/// idf = ln((1 + N) / (1 + df)) + 1 (scikit-learn's smoothed idf); vectors are L2-normalised,
/// as `TfidfVectorizer` does by default.
public struct TopicIndex: Sendable {
    public let idf: [String: Double]
    /// idf of a term never seen: the rarest possible.
    let unseenIDF: Double

    /// - Parameter documents: each document's term counts (see ``terms(topics:titles:)``).
    /// - Complexity: O(total terms).
    public init(documents: [[String: Int]]) {
        var df: [String: Int] = [:]
        for d in documents { for t in d.keys { df[t, default: 0] += 1 } }
        let n = Double(documents.count)
        idf = df.mapValues { log((1 + n) / (1 + Double($0))) + 1 }
        unseenIDF = log(1 + n) + 1
    }

    /// The normalised TF-IDF vector of a document.
    public func vector(_ counts: [String: Int]) -> TopicVector {
        var w: [String: Double] = [:]
        var norm = 0.0
        for (t, c) in counts {
            let x = Double(c) * (idf[t] ?? unseenIDF)
            w[t] = x
            norm += x * x
        }
        guard norm > 0 else { return TopicVector(weights: [:]) }
        let r = 1 / norm.squareRoot()
        return TopicVector(weights: w.mapValues { $0 * r })
    }

    /// Term counts of a document with these topics and titles.
    public static func terms(topics: [String], titles: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for t in topics {
            let phrase = t.lowercased().trimmingCharacters(in: .whitespaces)
            if !phrase.isEmpty { counts[phrase, default: 0] += 1 }
        }
        for title in titles {
            for word in title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 3 {
                let w = String(word)
                if !stopWords.contains(w) { counts[w, default: 0] += 1 }
            }
        }
        return counts
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "into", "over", "under", "towards", "through", "that", "this", "are",
        "new", "based", "using", "via", "its", "their", "our", "your", "all", "not", "but", "can", "will",
        "og", "med", "for", "til", "fra", "som", "det", "den", "der", "har", "ved", "mot", "nye", "nytt", "på",
    ]
}
