import Foundation
import KlyngeGraph

/// TF-IDF over documents made of topic phrases and title words.
///
/// A document's terms are its topics (each a whole phrase, "fall detection", lower-cased)
/// plus the words of its titles (lower-cased, letters and digits, three or more
/// characters, English and Norwegian stop words removed). Term frequency is the raw count;
/// idf = ln((1 + N) / (1 + df)) + 1 (scikit-learn's smoothed idf); vectors are L2-normalised,
/// as `TfidfVectorizer` does by default. Two documents are compared by the cosine of their
/// vectors: the vector-space model's TF-IDF weighting with cosine normalisation (Salton &
/// Buckley, "Term-weighting approaches in automatic text retrieval", 1988), with this idf.
///
/// **Fine and coarse topics.** A project may carry a coarse topic (its programme part, e.g.
/// `health`) and a fine one (its call topic code, e.g. `SC1-PM-07-2017`, as norway-h2020's
/// projects do). Both are topic phrases; the index weighs a shared code above a shared
/// programme part through idf alone, with no hand-set factor: every member whose document
/// holds a code took part in a project of that call topic, which also carries the programme's
/// topic, so df(code) ≤ df(programme) and idf(code) ≥ idf(programme), equal only when every
/// member of the programme holds that code. A shared term adds idf² (before normalisation) to
/// the cosine's numerator. On norway-h2020 (all years, 9,361 member documents) the programme
/// topics have idf 2.26–6.38 (median 3.46) and the call topic codes 4.41–9.45 (median 7.31); on
/// each project the code's idf is above that of each of its programme topics, and idf² is a
/// median 5.3 times as large (at least 1.25 times).
///
/// ```swift
/// let docs = [TopicIndex.terms(topics: ["fall detection"], titles: ["Safe homes for the elderly"]),
///             TopicIndex.terms(topics: ["fall detection", "telemedicine"], titles: [])]
/// let index = TopicIndex(documents: docs)
/// let fit = index.vector(docs[0]).cosine(index.vector(docs[1]))  // ≈ 0.22
/// ```
///
/// - Complexity: O(total terms) to build; see each member.
public struct TopicIndex: Sendable {
    /// Each term's idf, for every term of the documents.
    public let idf: [String: Double]
    /// idf of a term never seen: the rarest possible.
    let unseenIDF: Double

    /// The idf of every term of `documents`.
    ///
    /// ```swift
    /// let index = TopicIndex(documents: [["fall detection": 1, "sensors": 2], ["fall detection": 1]])
    /// print(index.idf["fall detection"]!, index.idf["sensors"]!)  // 1.0 1.405… (ln(3/2) + 1)
    /// ```
    ///
    /// - Parameter documents: each document's term counts (see ``terms(topics:titles:)``).
    /// - Complexity: O(total terms).
    public init(documents: [[String: Int]]) {
        var df: [String: Int] = [:]
        for d in documents { for t in d.keys { df[t, default: 0] += 1 } }
        let n = Double(documents.count)
        idf = df.mapValues { log((1 + n) / (1 + Double($0))) + 1 }
        unseenIDF = log(1 + n) + 1
    }

    /// The normalised TF-IDF vector of a document (terms the index has never seen get the
    /// largest idf, ln(1 + N) + 1; an empty document gives an empty vector).
    ///
    /// ```swift
    /// let call = context.topics.vector(TopicIndex.terms(topics: ["fall detection"], titles: []))
    /// let fit = call.cosine(context.vectors[0])  // member 0's topic fit with the call
    /// ```
    ///
    /// - Complexity: O(d log d) for d distinct terms in the document.
    public func vector(_ counts: [String: Int]) -> TopicVector {
        // Sorted terms: the norm is summed in the same order in every process.
        let sorted = counts.sorted { Ranking.idPrecedes($0.key, $1.key) }
        var norm = 0.0
        let raw = sorted.map { t, c -> (String, Double) in
            let x = Double(c) * (idf[t] ?? unseenIDF)
            norm += x * x
            return (t, x)
        }
        guard norm > 0 else { return TopicVector(weights: [:]) }
        let r = 1 / norm.squareRoot()
        return TopicVector(weights: Dictionary(uniqueKeysWithValues: raw.map { ($0.0, $0.1 * r) }))
    }

    /// Term counts of a document with these topics and titles.
    ///
    /// ```swift
    /// let counts = TopicIndex.terms(topics: ["Fall detection"], titles: ["Fall detection at home"])
    /// // ["fall detection": 1, "fall": 1, "detection": 1, "home": 1]
    /// ```
    ///
    /// - Complexity: O(total length of the topics and titles).
    public static func terms(topics: [String], titles: [String]) -> [String: Int] {
        terms(topics: topics, titleWords: titles.map(words))
    }

    /// Term counts of a document with these topics and titles already split by ``words(_:)``
    /// (so that a title shared by many documents is split once).
    ///
    /// ```swift
    /// let title = TopicIndex.words("Smart homes for older adults")  // split once, used twice
    /// let a = TopicIndex.terms(topics: ["welfare technology"], titleWords: [title])
    /// let b = TopicIndex.terms(topics: ["telemedicine"], titleWords: [title])
    /// ```
    ///
    /// - Complexity: O(total length of the topics + number of words).
    public static func terms(topics: [String], titleWords: [[String]]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for t in topics {
            let phrase = t.lowercased().trimmingCharacters(in: .whitespaces)
            if !phrase.isEmpty { counts[phrase, default: 0] += 1 }
        }
        for words in titleWords {
            for w in words { counts[w, default: 0] += 1 }
        }
        return counts
    }

    /// A title's words: lower-cased, split at anything but letters and digits, at least three
    /// characters, stop words left out.
    ///
    /// ```swift
    /// TopicIndex.words("AI-based fall detection for the home")  // ["fall", "detection", "home"]
    /// TopicIndex.words("Velferdsteknologi i Bergen kommune")     // ["velferdsteknologi", "bergen", "kommune"]
    /// ```
    ///
    /// - Complexity: O(length of `title`).
    public static func words(_ title: String) -> [String] {
        title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { word in
            guard word.count >= 3 else { return nil }
            let w = String(word)
            return stopWords.contains(w) ? nil : w
        }
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "into", "over", "under", "towards", "through", "that", "this", "are",
        "new", "based", "using", "via", "its", "their", "our", "your", "all", "not", "but", "can", "will",
        "og", "med", "for", "til", "fra", "som", "det", "den", "der", "har", "ved", "mot", "nye", "nytt", "på",
    ]
}
