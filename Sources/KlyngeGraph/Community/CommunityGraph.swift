/// The weighted undirected working graph of Louvain and Leiden: level 0 is the
/// input graph, each later level has one node per community of the level below.
///
/// Adjacency lists hold no self-loops; the weight inside an aggregated node is
/// kept in `loops` (each internal edge once). `strength[v]` is the weighted
/// degree, with a self-loop counted twice as in NetworkX, so that
/// `Σ strength = 2m` at every level and the modularity of a partition of an
/// aggregated graph equals that of the partition it stands for.
struct CommunityGraph {
    /// Arc offsets, `nodeCount + 1` entries.
    let offsets: [Int]
    /// Arc heads, grouped by tail.
    let targets: [Int32]
    /// Arc weights (both arcs of an edge carry the edge weight).
    let weights: [Double]
    /// Weighted degree of each node (self-loops twice).
    let strength: [Double]
    /// Self-loop weight of each node (internal edge weight of what it stands for).
    let loops: [Double]
    /// Total edge weight m (each edge once, self-loops included).
    let totalWeight: Double

    var nodeCount: Int { strength.count }

    /// Calls `body` with raw views of (offsets, targets, weights, strength).
    func withBuffers<R>(
        _ body: (
            UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>,
            UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>
        ) throws -> R
    ) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                try weights.withUnsafeBufferPointer { w in
                    try strength.withUnsafeBufferPointer { s in try body(o, t, w, s) }
                }
            }
        }
    }

    /// Level 0: the undirected `graph`, with its weights when it has them.
    init(_ graph: CSRGraph) {
        precondition(!graph.isDirected)
        let n = graph.nodeCount
        offsets = Array(graph.offsets)
        targets = Array(graph.targets)
        weights = graph.isWeighted ? Array(graph.weights) : [Double](repeating: 1, count: graph.arcCount)
        loops = [Double](repeating: 0, count: n)
        var s = [Double](repeating: 0, count: n)
        var total = 0.0
        for v in 0..<n {
            var d = 0.0
            for a in offsets[v]..<offsets[v + 1] { d += weights[a] }
            s[v] = d
            total += d
        }
        strength = s
        totalWeight = total / 2
    }

    private init(
        offsets: [Int],
        targets: [Int32],
        weights: [Double],
        strength: [Double],
        loops: [Double],
        totalWeight: Double
    ) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.strength = strength
        self.loops = loops
        self.totalWeight = totalWeight
    }

    /// Nodes grouped by `membership` (values in `0..<count`): the members of
    /// group `c` are `order[start[c] ..< start[c + 1]]`, ascending.
    /// - Complexity: O(*V* + count).
    static func groups(_ membership: [Int32], count: Int) -> (start: [Int], order: [Int32]) {
        var start = [Int](repeating: 0, count: count + 1)
        for c in membership { start[Int(c) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var next = start
        var order = [Int32](repeating: 0, count: membership.count)
        for (v, c) in membership.enumerated() {
            order[next[Int(c)]] = Int32(v)
            next[Int(c)] += 1
        }
        return (start, order)
    }

    /// The graph with one node per group of `membership` (values `0..<count`,
    /// every value used): weights between groups add up, weights inside a
    /// group become its self-loop.
    /// - Complexity: O(*V* + *E*).
    func aggregated(by membership: [Int32], count: Int) -> CommunityGraph {
        let (start, order) = Self.groups(membership, count: count)
        var newOffsets = [Int](repeating: 0, count: count + 1)
        var newStrength = [Double](repeating: 0, count: count)
        var newLoops = [Double](repeating: 0, count: count)
        let scratch = UnsafeScratch { a in
            (
                // Room for one arc per arc of this graph, the most there can be.
                a.buffer(targets.count, Int32(0)), a.buffer(targets.count, 0.0),
                // Per group: weight towards it, the last group that saw it (−1: none), groups touched.
                a.buffer(count, 0.0), a.buffer(count, Int32(-1)), a.buffer(count, Int32(0)),
                a.buffer(copying: membership)
            )
        }
        return scratch.update { buffers in
            let (newTargets, newWeights, acc, seen, touched, membership) = buffers
            var out = 0
            withBuffers { offsets, targets, weights, strength in
                for c in 0..<count {
                    var loop = 0.0
                    var inside = 0.0
                    var s = 0.0
                    var touchedCount = 0
                    for i in start[c]..<start[c + 1] {
                        let v = Int(order[i])
                        loop += loops[v]
                        s += strength[v]
                        for a in offsets[v]..<offsets[v + 1] {
                            let d = Int(membership[Int(targets[a])])
                            if d == c {
                                inside += weights[a]
                            } else {
                                if seen[d] != Int32(c) {
                                    seen[d] = Int32(c)
                                    touched[touchedCount] = Int32(d)
                                    touchedCount += 1
                                }
                                acc[d] += weights[a]
                            }
                        }
                    }
                    // Both arcs of an internal edge were seen: halve.
                    newLoops[c] = loop + inside / 2
                    newStrength[c] = s
                    for i in 0..<touchedCount {
                        let d = Int(touched[i])
                        newTargets[out] = Int32(d)
                        newWeights[out] = acc[d]
                        acc[d] = 0
                        out += 1
                    }
                    newOffsets[c + 1] = out
                }
            }
            return CommunityGraph(
                offsets: newOffsets,
                targets: Array(newTargets[0..<out]),
                weights: Array(newWeights[0..<out]),
                strength: newStrength,
                loops: newLoops,
                totalWeight: totalWeight
            )
        }
    }

    /// Modularity of a partition of this graph's nodes (values `0..<count`):
    /// `Σ_c (L_c / m − γ (K_c / 2m)²)` with L_c the weight inside c (self-loops
    /// included) and K_c its total strength.
    /// - Complexity: O(*V* + *E*).
    func modularity(of membership: [Int32], count: Int, resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for v in 0..<nodeCount {
            let c = Int(membership[v])
            total[c] += strength[v]
            var w = loops[v]
            for a in offsets[v]..<offsets[v + 1] where membership[Int(targets[a])] == membership[v] {
                w += weights[a] / 2
            }
            inside[c] += w
        }
        let m = totalWeight
        var q = 0.0
        for c in 0..<count {
            let k = total[c] / (2 * m)
            q += inside[c] / m - resolution * k * k
        }
        return q
    }
}

/// Relabels `membership` in place to `0, 1, 2, …` in order of each label's
/// first occurrence (for a node partition: of each part's smallest node index)
/// and returns the number of labels. Labels must lie in `0..<membership.count`.
/// - Complexity: O(*n*).
@discardableResult
func renumberByFirstOccurrence(_ membership: inout [Int32]) -> Int {
    var map = [Int32](repeating: -1, count: membership.count)
    var next: Int32 = 0
    for i in membership.indices {
        let c = Int(membership[i])
        if map[c] < 0 {
            map[c] = next
            next += 1
        }
        membership[i] = map[c]
    }
    return Int(next)
}

/// Checks the parameters shared by Louvain and Leiden.
func validateCommunityInput(_ graph: CSRGraph, resolution: Double, algorithm: String) throws(GraphError) {
    guard !graph.isDirected else {
        throw .invalidParameter("\(algorithm) needs an undirected graph (use undirected() first)")
    }
    guard resolution.isFinite, resolution >= 0 else {
        throw .invalidParameter("\(algorithm): resolution must be a finite number ≥ 0, got \(resolution)")
    }
}
