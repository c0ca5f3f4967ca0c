/// Which unweighted Brandes kernel computes exact betweenness.
///
/// Both give the same sums up to floating-point rounding (they add the same terms in
/// different orders); each is deterministic whatever the thread count.
package enum BrandesKernel: Sendable {
    /// The lane kernel when ``CSRGraph/prefersLaneBrandes()`` says so, else the one
    /// ``CSRGraph/prefersSingleSourceBrandes()`` picks for the graph.
    case automatic
    /// 64 sources per bit-parallel traversal (``BatchedBrandesState``).
    case batched
    /// One BFS per source (``SingleSourceBrandesState``).
    case singleSource
    /// Eight consecutive sources per traversal, one SIMD lane each (``LaneBrandesState``).
    case lanes
}

extension CSRGraph {
    /// Sources whose BFS the kernel probe runs.
    static let brandesProbeSources = 4

    /// Expected number of distinct BFS levels at which 64 random sources reach a node,
    /// estimated from a few BFSs from seeded nodes.
    ///
    /// The batched kernel scans a node's arcs once for every level at which some source of
    /// its batch reaches it (forward and backward), so its arc work per batch is this many
    /// scans of the graph, where 64 single-source passes make 64. With p_d the share of
    /// nodes at distance d from a probe node, 64 independent sources take
    /// Σ_d (1 − (1 − p_d)⁶⁴) distinct distances; the probe averages this over
    /// ``brandesProbeSources`` BFSs (the distance distribution seen from a node stands for
    /// that of the sources seen from it: exact on undirected graphs with the probe nodes
    /// as typical nodes).
    ///
    /// - Complexity: O(``brandesProbeSources`` · (*V* + *E*)) time, O(*V*) space.
    package func batchLevelSpread() -> Double {
        let n = nodeCount
        guard n > 0 else { return 0 }
        var rng = SplitMix64(seed: 0x6B6C_796E_6765)  // fixed: the choice depends on the graph alone
        var level = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var total = 0.0
        for _ in 0..<Self.brandesProbeSources {
            let s = Int(rng.next() % UInt64(n))
            var histogram: [Int] = []
            var head = 0
            var tail = 1
            queue[0] = Int32(s)
            level[s] = 0
            while head < tail {
                let v = Int(queue[head])
                head += 1
                let lv = Int(level[v])
                if lv == histogram.count { histogram.append(0) }
                histogram[lv] += 1
                for a in arcRange(v) {
                    let w = target(ofArc: a)
                    if level[w] < 0 {
                        level[w] = Int32(lv + 1)
                        queue[tail] = Int32(w)
                        tail += 1
                    }
                }
            }
            for p in 0..<tail { level[Int(queue[p])] = -1 }
            for h in histogram {
                let share = Double(h) / Double(n)
                total += 1 - pow1p(-share, 64)
            }
        }
        return total / Double(Self.brandesProbeSources)
    }

    /// The lane kernel's traversal work per batch of eight consecutive sources, averaged
    /// over ``brandesProbeSources`` batches starting at seeded nodes: (node, round)
    /// entries, the arcs they scan, and rounds.
    package func laneProbe() -> (entries: Double, arcs: Double, rounds: Double) {
        let n = nodeCount
        guard n > 0 else { return (0, 0, 0) }
        var rng = SplitMix64(seed: 0x6B6C_796E_6765)
        var state = LaneBrandesState(nodeCount: n)
        var total = (entries: 0.0, arcs: 0.0, rounds: 0.0)
        for _ in 0..<Self.brandesProbeSources {
            let start = Int32(rng.next() % UInt64(n))
            let batch = (0..<Int32(min(LaneBrandesState.width, n))).map { (start + $0) % Int32(n) }
            let work = state.traversalWork(self, sources: batch[...])
            total.entries += Double(work.entries)
            total.arcs += Double(work.arcs)
            total.rounds += Double(work.rounds)
        }
        let k = Double(Self.brandesProbeSources)
        return (total.entries / k, total.arcs / k, total.rounds / k)
    }

    /// True when exact unweighted betweenness should run eight sources per traversal
    /// (``LaneBrandesState``), from the work ``laneProbe()`` measures against a cost model.
    ///
    /// The model is fitted to per-batch CPU time on this machine kind (one thread, release
    /// build, `klynge-bench betweenness-lanes|single --contiguous --k 1024`): the lane kernel
    /// takes about 15 ns per (node, round) entry plus 4.2 ns per arc those entries scan (its
    /// passes together), one BFS per source about 2.5 ns per arc plus 18 ns per node. The
    /// lane kernel runs when its estimate is at most 0.8 of the other's. Measured CPU
    /// seconds per 1024 sources, lanes against the kernel used before: Watts–Strogatz 50k
    /// (2.3 rounds per node) 1.07 against 2.2 single-source; Barabási–Albert 20k 0.265
    /// against 0.44 batched; power-law cluster 20k 0.271 against 0.416 batched;
    /// Erdős–Rényi 20k 0.404 against 0.964; random 4-regular 20k 0.345 against 0.57. Not on
    /// a 150 × 150 grid (7.9 rounds per node: consecutive sources in a row are far apart
    /// for the nodes above and below them): 0.683 against 0.295 single-source, and the
    /// probe keeps the single-source kernel there. Graphs above ``laneNodeLimit`` nodes
    /// never run it (its buffers take about 200 bytes per node per worker).
    ///
    /// - Complexity: O(``brandesProbeSources`` · rounds · (*V* + *E*)) (the probe traversals).
    package func prefersLaneBrandes() -> Bool {
        let n = nodeCount
        if n < LaneBrandesState.width || n > Self.laneNodeLimit { return false }
        let probe = laneProbe()
        let lanes = (15 * probe.entries + 4.2 * probe.arcs) / Double(LaneBrandesState.width)
        let single = 2.5 * Double(arcCount) + 18 * Double(n)
        return lanes <= 0.8 * single
    }

    /// Largest graph (nodes) on which the lane kernel may run.
    static let laneNodeLimit = 1 << 20

    /// True when exact unweighted betweenness should run one BFS per source
    /// (``SingleSourceBrandesState``) rather than 64 sources per traversal
    /// (``BatchedBrandesState``).
    ///
    /// The batched kernel wins only where its sharing is large and its buffers stay in
    /// cache: few BFS levels (``batchLevelSpread()`` below ``batchedSpreadLimit``: each
    /// batch scans the arcs about that many times instead of 64), a heavy-tailed degree
    /// distribution (⟨d²⟩/⟨d⟩² at least ``batchedHeterogeneityFloor``: the hubs that most
    /// arcs touch are reached at the same levels by most sources, and their rows of path
    /// counts stay in cache) and at most ``batchedNodeLimit`` nodes (its 1 KiB per node of
    /// path counts and coefficients then fits a 32 MiB last-level cache). Measured
    /// per-source CPU time, one thread (README, "What the numbers say"): batched faster on
    /// Barabási–Albert 20k m = 5 and 10 and a power-law cluster graph (spread 2.9–3.3,
    /// ⟨d²⟩/⟨d⟩² 2.6–4.9); single-source faster on Watts–Strogatz 20k/50k (spread 4.0–13),
    /// grids, random regular, Erdős–Rényi (spread 2.9–4.8, ⟨d²⟩/⟨d⟩² ≈ 1.1),
    /// Barabási–Albert m = 2, 3 (spread 3.9–4.5) and Barabási–Albert 50k m = 5.
    ///
    /// - Complexity: O(*V* + *E*) (the probe BFSs), and O(*V*) when the graph is too large or
    ///   too regular for the batched kernel.
    package func prefersSingleSourceBrandes() -> Bool {
        let n = nodeCount
        if n > Self.batchedNodeLimit || n == 0 { return true }
        var sum = 0.0
        var squares = 0.0
        for v in 0..<n {
            let d = Double(degree(v))
            sum += d
            squares += d * d
        }
        if sum == 0 || squares * Double(n) < Self.batchedHeterogeneityFloor * sum * sum { return true }
        return batchLevelSpread() >= Self.batchedSpreadLimit
    }

    /// Largest graph (nodes) on which the batched kernel may run.
    static let batchedNodeLimit = 1 << 15
    /// Smallest ⟨d²⟩/⟨d⟩² (degree heterogeneity) at which the batched kernel may run.
    static let batchedHeterogeneityFloor = 2.0
    /// ``batchLevelSpread()`` from which the single-source kernel runs.
    static let batchedSpreadLimit = 3.5
}

/// (1 + x)^k for x in [−1, 0], k a small positive integer, by repeated squaring.
private func pow1p(_ x: Double, _ k: Int) -> Double {
    var base = 1 + x
    var result = 1.0
    var e = k
    while e > 0 {
        if e & 1 == 1 { result *= base }
        base *= base
        e >>= 1
    }
    return result
}
