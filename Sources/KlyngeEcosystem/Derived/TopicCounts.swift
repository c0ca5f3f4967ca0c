import KlyngeGraph

/// One topic of a dataset and how much of the dataset works on it.
public struct TopicCount: Sendable, Equatable {
    /// The topic as the dataset first writes it (spellings equal under ``foldedKey(_:)`` are one topic).
    public let topic: String
    /// Members whose topics include it (a member without declared topics has its projects').
    public let members: Int
    /// Projects whose topics include it.
    public let projects: Int
}

extension Ecosystem {
    /// Every topic of the members and projects, with how many members and projects have it,
    /// most members first, ties by name (bytes). Spellings equal under ``foldedKey(_:)``
    /// (`Fall-detection`, `fall detection`) count as one topic, named as first written
    /// (members before projects, in file order); a member or project counts once per topic.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// for t in eco.topicCounts().prefix(3) {
    ///     print(t.topic, t.members, t.projects)  // welfare technology 98 45, …
    /// }
    /// ```
    ///
    /// - Complexity: O(T log T + total topic length) for T topic mentions.
    public func topicCounts() -> [TopicCount] {
        var name: [String: String] = [:]
        var order: [String] = []
        var members: [String: Int] = [:]
        var projects: [String: Int] = [:]
        func count(_ topics: [String], into counts: inout [String: Int]) {
            var seen: Set<String> = []
            for topic in topics {
                let key = foldedKey(topic)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                if name[key] == nil {
                    name[key] = topic
                    order.append(key)
                }
                counts[key, default: 0] += 1
            }
        }
        for m in self.members { count(m.topics, into: &members) }
        for p in self.projects { count(p.topics, into: &projects) }
        return order.ranked(score: { members[$0] ?? 0 }, id: { name[$0]! }).map { key in
            TopicCount(topic: name[key]!, members: members[key] ?? 0, projects: projects[key] ?? 0)
        }
    }
}
