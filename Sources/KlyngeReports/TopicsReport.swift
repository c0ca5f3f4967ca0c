import KlyngeEcosystem

/// `klynge topics`: the dataset's topics (``Ecosystem/topicCounts()``) with their member and
/// project counts, most members first, and the other words Klynge reads as each
/// (``TopicSynonyms``), so that a user sees what to type.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let table = topicsTable(eco)
/// print(table.render(.table))  // topic  members  projects  also_understood …
/// ```
///
/// - Complexity: O(``Ecosystem/topicCounts()`` + topics · the synonym table).
public func topicsTable(_ eco: Ecosystem) -> Table {
    Table(
        columns: ["topic", "members", "projects", "also_understood"],
        rows: eco.topicCounts().map { t in
            [
                .text(t.topic), .integer(t.members), .integer(t.projects),
                .text(TopicSynonyms.alternatives(for: t.topic).joined(separator: "; ")),
            ]
        }
    )
}
