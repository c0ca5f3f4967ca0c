/// How much one node's score changed between two windows.
public struct ScoreChange: Sendable, Equatable {
    /// The node's index.
    public let node: Int
    public let before: Double
    public let after: Double
    /// `after − before`.
    public var change: Double { after - before }

    public init(node: Int, before: Double, after: Double) {
        self.node = node
        self.before = before
        self.after = after
    }
}

/// The nodes whose score rose most and fell most between two windows.
public struct ScoreMovers: Sendable, Equatable {
    /// Largest rises first (positive changes only), ties by id.
    public let risers: [ScoreChange]
    /// Largest falls first (negative changes only), ties by id.
    public let fallers: [ScoreChange]

    /// The `count` largest rises and falls from `before` to `after` (one score per node, 0 for a
    /// node absent from a window); equal changes in id order (``Ranking/idPrecedes(_:_:)``).
    ///
    /// ```swift
    /// let movers = ScoreMovers(before: [0.5, 0, 0.2], after: [0.1, 0.3, 0.2], ids: ["a", "b", "c"], count: 5)
    /// movers.risers.map(\.node)   // [1]: b rose by 0.3
    /// movers.fallers.map(\.node)  // [0]: a fell by 0.4; c did not move
    /// ```
    /// - Precondition: `before`, `after` and `ids` have one entry per node.
    /// - Complexity: O(*V* log *V*).
    public init(before: [Double], after: [Double], ids: [String], count: Int) {
        precondition(before.count == after.count && after.count == ids.count, "one score and id per node")
        let changes = before.indices.map { ScoreChange(node: $0, before: before[$0], after: after[$0]) }
        risers = Array(changes.filter { $0.change > 0 }.ranked(score: \.change, id: { ids[$0.node] }).prefix(count))
        fallers = Array(
            changes.filter { $0.change < 0 }.ranked(score: { -$0.change }, id: { ids[$0.node] }).prefix(count)
        )
    }
}
