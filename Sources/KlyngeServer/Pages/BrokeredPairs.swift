import KlyngeGraph

/// The pairs of partners a member brokers, counted by the groups of the two partners: the
/// sentences "links members of Oslo Cancer Cluster to members of Smart Care 14 times" on the
/// member page.
///
/// A member b brokers the unordered pair {a, c} of its partners when a and c have no tie of
/// their own (Gould & Fernandez 1989; ``BrokerageRoles`` counts the same pairs once in each
/// direction, so these counts are half its raw counts on an undirected graph).
///
/// ```swift
/// let pairs = BrokeredPairs(graph: served.graph, group: served.brokers.groups.primary, member: b)
/// for p in pairs.lines { print(p.groups, p.count) }   // (2, 5) 14
/// ```
struct BrokeredPairs {
    /// One line: the two groups (the smaller index first) and how many pairs join them.
    struct Line: Equatable {
        let groups: (Int, Int)
        let count: Int
        static func == (x: Line, y: Line) -> Bool { x.groups == y.groups && x.count == y.count }
    }

    /// Group pairs by count descending, then by group indices.
    let lines: [Line]
    /// Every brokered pair.
    let total: Int

    /// - Complexity: O(Σ_{a ∈ N(b)} deg(a) + deg(b)²) time, O(V) extra space.
    init(graph: CSRGraph, group: [Int], member b: Int) {
        let partners = graph.neighbors(b).map(Int.init).filter { $0 != b }
        var stamp = [Int](repeating: -1, count: graph.nodeCount)
        var counts: [Int: Int] = [:]  // key: smaller group * groupCount + larger
        let groupCount = (group.max() ?? 0) + 1
        var total = 0
        for (i, a) in partners.enumerated() {
            for x in graph.neighbors(a) { stamp[Int(x)] = a }
            for c in partners[(i + 1)...] where c != a && stamp[c] != a {
                let (g, h) = (min(group[a], group[c]), max(group[a], group[c]))
                counts[g * groupCount + h, default: 0] += 1
                total += 1
            }
        }
        self.total = total
        lines = counts.map { Line(groups: ($0.key / groupCount, $0.key % groupCount), count: $0.value) }
            .sorted { x, y in
                x.count != y.count ? x.count > y.count : (x.groups.0, x.groups.1) < (y.groups.0, y.groups.1)
            }
    }
}
