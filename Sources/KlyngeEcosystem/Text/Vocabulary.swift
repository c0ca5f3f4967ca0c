import KlyngeGraph

/// A closed set of names a user may type (the counties of a dataset, its topics, the member
/// kinds, the header names), read under ``foldedKey(_:)`` so that case, accents and
/// `-`/`_`/space do not matter, with synonyms that lead to a canonical name.
///
/// An unknown word is an error naming it with the nearest known names ("did you mean"),
/// never a silent miss.
///
/// ```swift
/// let counties = Vocabulary(field: "county", names: ["Vestland", "Rogaland"])
/// try counties.resolve("vestland")    // "Vestland"
/// try counties.resolve("Vestlandet")  // throws: unknown county 'Vestlandet'; did you mean Vestland? …
/// ```
///
/// - Complexity: building O(total length of names and synonyms); ``resolve(_:)`` O(length) when
///   the name is known, O(names · length²) for the suggestions when it is not.
public struct Vocabulary: Sendable {
    /// What the names are, for messages ("county", "topic", "kind").
    public let field: String
    /// The canonical names, in the order given (duplicates under the folded key dropped).
    public let names: [String]
    /// The folded key of each of ``names``, with its length in characters, for the suggestions.
    private let keys: [(key: String, count: Int)]
    private var byKey: [String: String] = [:]

    /// - Parameters:
    ///   - field: what the names are, for messages.
    ///   - names: the canonical names.
    ///   - synonyms: pairs of spellings that mean the same (`"fallsensor": "fall detection"`). The
    ///     pairs are read as groups of equal words, in either direction and transitively
    ///     (`fallalarm`–`fall detection`–`fallsensor` is one group): every word of a group leads to
    ///     the group's first word among `names` (in the order of `names`). A group with no word among
    ///     `names` is ignored, so one synonym table serves every dataset, whichever language its
    ///     topics are written in.
    public init(field: String, names: some Sequence<String>, synonyms: [String: String] = [:]) {
        self.field = field
        var kept: [String] = []
        for name in names {
            let key = foldedKey(name)
            if byKey[key] == nil {
                byKey[key] = name
                kept.append(name)
            }
        }
        self.names = kept
        keys = kept.map { name in
            let key = foldedKey(name)
            return (key, key.count)
        }
        // Groups of equal words: union–find over the folded keys of the pairs.
        var parent: [String: String] = [:]
        func root(_ k: String) -> String {
            var k = k
            while let p = parent[k], p != k { k = p }
            return k
        }
        for (a, b) in synonyms {
            let (ka, kb) = (foldedKey(a), foldedKey(b))
            if parent[ka] == nil { parent[ka] = ka }
            if parent[kb] == nil { parent[kb] = kb }
            let (ra, rb) = (root(ka), root(kb))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var groups: [String: [String]] = [:]
        for key in parent.keys { groups[root(key), default: []].append(key) }
        let order = Dictionary(kept.enumerated().map { (foldedKey($1), $0) }, uniquingKeysWith: { a, _ in a })
        for words in groups.values {
            guard let first = words.compactMap({ order[$0] }).min() else { continue }
            let canonical = kept[first]
            for word in words where byKey[word] == nil { byKey[word] = canonical }
        }
    }

    /// The canonical name `text` means, or nil.
    public func canonical(_ text: String) -> String? { byKey[foldedKey(text)] }

    /// The canonical name `text` means.
    /// - Throws: ``UnknownName`` with the nearest known names.
    public func resolve(_ text: String) throws(UnknownName) -> String {
        if let name = canonical(text) { return name }
        throw UnknownName(field: field, value: text, suggestions: suggestions(for: text), known: names)
    }

    /// `; did you mean A, B?` with the names ``suggestions(for:limit:)`` gives, or the empty text
    /// when there are none: the one wording of a near miss in every message.
    ///
    /// ```swift
    /// Vocabulary(field: "county", names: ["Rogaland"]).didYouMean("Rogland")  // "; did you mean Rogaland?"
    /// ```
    ///
    /// - Complexity: as ``suggestions(for:limit:)``.
    public func didYouMean(_ text: String) -> String {
        let near = suggestions(for: text)
        return near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"
    }

    /// Up to `limit` known names nearest to `text` by edit distance of their folded keys,
    /// nearest first, ties in the order of ``names``; only names within a third of the
    /// longer key's length (at least 2 edits), or that contain the key or are contained
    /// in it, are offered. The edit distance is computed only for names whose key length is
    /// within that bound of the text's (the distance is at least the difference of the lengths),
    /// so a long unknown value costs O(names · length) rather than O(names · length²).
    ///
    /// - Complexity: O(names · (length + length of the keys within the bound · their length)).
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let key = foldedKey(text)
        guard !key.isEmpty else { return [] }
        let count = key.count
        var scored: [(distance: Int, index: Int)] = []
        for (i, (other, otherCount)) in keys.enumerated() {
            let bound = max(2, max(count, otherCount) / 3)
            let d = abs(count - otherCount) > bound ? Int.max : editDistance(key, other)
            let near = d <= bound
            let contains = otherCount >= 3 && (other.contains(key) || key.contains(other))
            if near || contains { scored.append((contains && !near ? max(count, otherCount) : d, i)) }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(limit).map { names[$0.index] }
    }
}

/// A word that is not in a ``Vocabulary``.
public struct UnknownName: KlyngeError, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let value: String
    /// Nearest known names, best first (may be empty).
    public let suggestions: [String]
    /// Every known name.
    public let known: [String]

    public init(field: String, value: String, suggestions: [String], known: [String]) {
        self.field = field
        self.value = value
        self.suggestions = suggestions
        self.known = known
    }

    /// `unknown county 'Vestlandet'; did you mean Vestland? (known: Agder, …)`; the known list is
    /// cut after 20 names.
    public var description: String {
        var s = "unknown \(field) '\(value)'"
        if !suggestions.isEmpty { s += "; did you mean \(suggestions.joined(separator: ", "))?" }
        if known.isEmpty {
            s += " (the dataset has none)"
        } else {
            let shown = known.prefix(20).joined(separator: ", ")
            s += " (known: \(shown)\(known.count > 20 ? ", … \(known.count - 20) more" : ""))"
        }
        return s
    }
}
