/// The names a user may type about a dataset, each a closed ``Vocabulary``: an unknown one is
/// an error naming it with the nearest known names, never a silent miss.
extension Ecosystem {
    /// The dataset's topics (``topicCounts()``: most members first) read through
    /// ``TopicSynonyms`` (Norwegian and English).
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// try eco.topicVocabulary.resolve("velferdsteknologi")  // "welfare technology"
    /// try eco.topicVocabulary.resolve("fall-detection")     // "fall detection"
    /// ```
    /// - Complexity: O(``topicCounts()`` + the synonym table).
    public var topicVocabulary: Vocabulary {
        Vocabulary(field: "topic", names: topicCounts().map(\.topic), synonyms: TopicSynonyms.pairs)
    }

    /// The clusters members name (``clusters``).
    ///
    /// ```swift
    /// try eco.clusterVocabulary.resolve("oslo cancer cluster")  // "Oslo Cancer Cluster"
    /// ```
    /// - Complexity: O(total length of the cluster names).
    public var clusterVocabulary: Vocabulary { Vocabulary(field: "cluster", names: clusters) }

    /// Norway's 15 counties (2024–, in county-number order, as the members spell them when they
    /// do) and any other county the members name, sorted: a county without members is known (a
    /// filter on it is empty, not unknown).
    ///
    /// ```swift
    /// try eco.countyVocabulary.resolve("vestland")  // "Vestland"
    /// try eco.countyVocabulary.resolve("Finnmark")  // "Finnmark", members there or not
    /// ```
    /// - Complexity: O(total length of the county names): the names are found once, when the
    ///   ecosystem is made.
    public var countyVocabulary: Vocabulary { Vocabulary(field: "county", names: countyNames) }

    /// The names ``countyVocabulary`` offers for `members`.
    /// - Complexity: O(members + total length of the county names).
    static func countyNames(of members: [Member]) -> [String] {
        var spelled: [String: String] = [:]
        for county in members.compactMap(\.county) where spelled[foldedKey(county)] == nil {
            spelled[foldedKey(county)] = county
        }
        let official = NorwayPlaces.counties.map { spelled.removeValue(forKey: foldedKey($0)) ?? $0 }
        return official + spelled.values.sorted()
    }

    /// The attribute that holds a member's country (`country` in norway-h2020: CORDIS codes).
    public static let countryAttribute = "country"

    /// The countries the members name in their ``countryAttribute`` attribute (``countries``);
    /// empty when the dataset has no countries (a country filter is then an error saying so).
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norway-h2020")
    /// try eco.countryVocabulary.resolve("no")  // "NO"
    /// ```
    /// - Complexity: O(total length of the country names): they are found once, when the
    ///   ecosystem is made.
    public var countryVocabulary: Vocabulary { Vocabulary(field: "country", names: countries) }

    /// The dataset's names for `topics` (``topicVocabulary``), in order, repeats left out.
    /// - Throws: ``UnknownName`` for the first topic the dataset does not know.
    ///
    /// ```swift
    /// try eco.resolveTopics(["velferdsteknologi", "Fallsensor"])  // ["welfare technology", "fall detection"]
    /// ```
    /// - Complexity: O(``topicVocabulary`` + total length of `topics`).
    public func resolveTopics(_ topics: [String]) throws(UnknownName) -> [String] {
        let vocabulary = topicVocabulary
        var out: [String] = []
        for t in topics {
            let name = try Self.resolveTopic(t, in: vocabulary)
            if !out.contains(name) { out.append(name) }
        }
        return out
    }

    /// `text` in the topic vocabulary; when unknown, the suggestions include the topics whose
    /// synonyms are near it (`fallsensr` → fall detection, through `fallsensor`).
    static func resolveTopic(_ text: String, in vocabulary: Vocabulary) throws(UnknownName) -> String {
        do {
            return try vocabulary.resolve(text)
        } catch {
            let key = foldedKey(text)
            var nearest: [(distance: Int, topic: String)] = []
            for (word, target) in TopicSynonyms.pairs {
                guard let topic = vocabulary.canonical(target) else { continue }
                let other = foldedKey(word)
                let d = editDistance(key, other)
                if d <= max(2, max(key.count, other.count) / 3) { nearest.append((d, topic)) }
            }
            var suggestions = error.suggestions
            for (_, topic) in nearest.sorted(by: { ($0.distance, $0.topic) < ($1.distance, $1.topic) })
            where !suggestions.contains(topic) {
                suggestions.append(topic)
            }
            throw UnknownName(
                field: error.field,
                value: error.value,
                suggestions: Array(suggestions.prefix(3)),
                known: error.known
            )
        }
    }

    /// `text` as the projects map's filter: the dataset's name of the topic it means
    /// (``topicVocabulary``), else `text` itself when some project's title contains it (any case).
    /// - Throws: ``UnknownName`` when it is neither.
    ///
    /// ```swift
    /// try eco.resolveProjectTopic("velferdsteknologi")  // "welfare technology"
    /// try eco.resolveProjectTopic("SmartKjerne")        // "SmartKjerne" (a word of a title)
    /// ```
    /// - Complexity: O(``topicVocabulary`` + total title length).
    public func resolveProjectTopic(_ text: String) throws(UnknownName) -> String {
        let vocabulary = topicVocabulary
        if let name = vocabulary.canonical(text) { return name }
        let lowered = text.lowercased()
        if projects.contains(where: { $0.title?.lowercased().contains(lowered) ?? false }) { return text }
        return try Self.resolveTopic(text, in: vocabulary)
    }
}
