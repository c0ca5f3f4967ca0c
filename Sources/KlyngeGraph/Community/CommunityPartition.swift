/// A partition of a graph's nodes into communities, as found by
/// ``CSRGraph/louvain(resolution:seed:threshold:)`` or
/// ``CSRGraph/leiden(resolution:seed:iterations:randomness:)``.
public struct CommunityPartition: Sendable, Equatable {
    /// Community of each node: `0..<count`, numbered in order of each
    /// community's smallest node index (so node 0 is always in community 0).
    public let labels: [Int]
    /// Number of communities.
    public let count: Int
    /// Modularity of `labels` at the resolution the search used, as
    /// ``CSRGraph/modularity(of:resolution:)`` computes it. NaN when the graph
    /// has no edges (modularity is 0/0 there).
    public let modularity: Double
    /// Louvain: levels of the hierarchy (local moving then aggregation) that were
    /// kept, the length of NetworkX's `louvain_partitions`. Leiden: levels of the
    /// last iteration. 0 when the graph has no edges.
    public let levels: Int
    /// Leiden: iterations run (each one starts from the previous partition).
    /// Louvain: 1. 0 when the graph has no edges.
    public let iterations: Int

    public init(labels: [Int], count: Int, modularity: Double, levels: Int, iterations: Int) {
        self.labels = labels
        self.count = count
        self.modularity = modularity
        self.levels = levels
        self.iterations = iterations
    }

    /// Number of nodes in each community, by label.
    /// - Complexity: O(*V*).
    public var sizes: [Int] {
        var s = [Int](repeating: 0, count: count)
        for l in labels { s[l] += 1 }
        return s
    }

    /// The node indices of each community, by label, each list ascending.
    /// - Complexity: O(*V*).
    public var communities: [[Int]] {
        var c = [[Int]](repeating: [], count: count)
        for (v, l) in labels.enumerated() { c[l].append(v) }
        return c
    }
}
