extension CSRGraph {
    /// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.
    ///
    /// `C(u) = (r − 1) / Σ_v d(v, u) · (r − 1) / (n − 1)`, summing over the r − 1
    /// other nodes v that reach u (so *incoming* distances on directed graphs),
    /// and 0 when none does. Without `wfImproved` the second factor is dropped.
    /// With `weighted`, arc weights are lengths.
    ///
    /// Matches `networkx.closeness_centrality(G, distance=, wf_improved=True)`.
    /// Wasserman & Faust 1994, *Social Network Analysis*, eq. 5.5.
    /// Unweighted graphs use the bit-parallel multi-source BFS of Then et al.
    /// (VLDB 2014, doi:10.14778/2735496.2735507): 64 sources per sweep.
    ///
    /// Example: the path a – b – c gives b 1.0 and a, c 2/3.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let closeness = try graph.closeness()  // [0.666…, 1.0, 0.666…]
    /// ```
    ///
    /// - Complexity: O(*V* · *E* / 64 · *D* + *V*²) time unweighted (*D*: levels),
    ///   O(*V* (*E* + *V*) log *V*) weighted; O(*threads* · *V*) extra space.
    ///   The result does not depend on `threads`: each node's value is computed whole by one worker.
    public func closeness(
        weighted: Bool = false,
        wfImproved: Bool = true,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws(CancellationError) -> [Double] {
        let n = nodeCount
        let sums = try distanceSums(weighted: weighted, threads: threads, control: control)
        return (0..<n).map { u in
            let (reached, total, _) = sums[u]
            guard total > 0, n > 1 else { return 0 }
            var c = Double(reached - 1) / total
            if wfImproved { c *= Double(reached - 1) / Double(n - 1) }
            return c
        }
    }

    /// Harmonic centrality: `H(u) = Σ_{v ≠ u} 1 / d(v, u)` over the nodes v that
    /// reach u (incoming distances on directed graphs); unreachable pairs add 0.
    ///
    /// Matches `networkx.harmonic_centrality(G, distance=)`. Boldi & Vigna 2014,
    /// "Axioms for centrality", doi:10.1080/15427951.2013.865686.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let harmonic = try graph.harmonic()  // [1.5, 2.0, 1.5]
    /// ```
    ///
    /// - Complexity: as ``closeness(weighted:wfImproved:threads:control:)``.
    public func harmonic(
        weighted: Bool = false,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws(CancellationError) -> [Double] {
        try distanceSums(weighted: weighted, threads: threads, control: control).map(\.harmonic)
    }

    /// Per node u of `sources` (every node when nil), in that order: (nodes reaching u
    /// including u, Σ d(v, u), Σ 1/d(v, u)).
    func distanceSums(
        sources: [Int]? = nil,
        weighted: Bool,
        threads: Int?,
        control: ComputeControl?
    )
        throws(CancellationError) -> [(reached: Int, total: Double, harmonic: Double)]
    {
        let g = reversed()  // incoming distances = distances in the reversed graph
        let n = sources?.count ?? nodeCount
        let nodes = nodeCount
        let useWeights = weighted && isWeighted
        let block = 64
        let blocks = (n + block - 1) / block
        typealias Row = (reached: Int, total: Double, harmonic: Double)
        return try orderedBlockReduce(
            blockCount: blocks,
            threads: threads,
            control: control,
            makeState: {
                useWeights ? DistanceSumState(weightedNodeCount: nodes) : DistanceSumState(nodeCount: nodes)
            },
            makePartial: { [Row]() },
            reset: { $0.removeAll(keepingCapacity: true) },
            work: { b, state, rows in
                let range = b * block..<min(n, (b + 1) * block)
                if useWeights {
                    for s in range { rows.append(state.dijkstraSums(g, from: sources?[s] ?? s)) }
                } else if let sources {
                    state.batchSums(g, sources: sources[range], into: &rows)
                } else {
                    state.batchSums(g, sources: range, into: &rows)
                }
            },
            initial: [Row](),
            combine: { total, rows in total.append(contentsOf: rows) }
        )
    }
}

/// Per-worker buffers for distance sums: bit-parallel BFS masks, or Dijkstra arrays.
struct DistanceSumState {
    /// The bit-parallel BFS masks: sources that reached a node, that reached it last level, and this level.
    typealias Buffers = (
        seen: UnsafeMutableBufferPointer<UInt64>, frontier: UnsafeMutableBufferPointer<UInt64>,
        next: UnsafeMutableBufferPointer<UInt64>
    )

    var scratch: UnsafeScratch<Buffers>?
    var frontierNodes: [Int32] = []
    var nextNodes: [Int32] = []
    var dijkstra: DijkstraBrandesState?

    init(nodeCount n: Int) {
        scratch = UnsafeScratch { a in (a.buffer(n, UInt64(0)), a.buffer(n, UInt64(0)), a.buffer(n, UInt64(0))) }
    }

    init(weightedNodeCount n: Int) { dijkstra = DijkstraBrandesState(nodeCount: n) }

    /// Distance sums from each source in `sources` (at most 64, distinct) by one bit-parallel BFS.
    mutating func batchSums(
        _ g: CSRGraph,
        sources: some Collection<Int>,
        into rows: inout [(reached: Int, total: Double, harmonic: Double)]
    ) {
        let k = sources.count
        var reached = [Int](repeating: 1, count: k)
        var total = [Int](repeating: 0, count: k)
        var harmonic = [Double](repeating: 0, count: k)
        var levelCount = [Int](repeating: 0, count: k)
        frontierNodes.removeAll(keepingCapacity: true)
        var touched: [Int32] = []
        scratch!.update { buffers in
            let (seen, frontier, next) = buffers
            g.withBuffers { gb in
                for (i, s) in sources.enumerated() {
                    seen[s] |= UInt64(1) << UInt64(i)
                    frontier[s] |= UInt64(1) << UInt64(i)
                    frontierNodes.append(Int32(s))
                    touched.append(Int32(s))
                }
                var level = 0
                while !frontierNodes.isEmpty {
                    level += 1
                    nextNodes.removeAll(keepingCapacity: true)
                    for v in frontierNodes {
                        let fm = frontier[Int(v)]
                        for a in gb.offsets[Int(v)]..<gb.offsets[Int(v) + 1] {
                            let w = Int(gb.targets[a])
                            let m = fm & ~seen[w]
                            if m == 0 { continue }
                            if next[w] == 0 { nextNodes.append(Int32(w)) }
                            next[w] |= m
                        }
                    }
                    for v in frontierNodes { frontier[Int(v)] = 0 }
                    for i in 0..<k { levelCount[i] = 0 }
                    for w in nextNodes {
                        let m = next[Int(w)]
                        next[Int(w)] = 0
                        if seen[Int(w)] == 0 { touched.append(w) }
                        seen[Int(w)] |= m
                        frontier[Int(w)] = m
                        var bits = m
                        while bits != 0 {
                            let i = bits.trailingZeroBitCount
                            bits &= bits &- 1
                            levelCount[i] += 1
                        }
                    }
                    let inv = 1 / Double(level)
                    for i in 0..<k where levelCount[i] > 0 {
                        reached[i] += levelCount[i]
                        total[i] += level * levelCount[i]
                        harmonic[i] += Double(levelCount[i]) * inv
                    }
                    swap(&frontierNodes, &nextNodes)
                }
                for v in touched { seen[Int(v)] = 0 }
            }
        }
        for i in 0..<k { rows.append((reached[i], Double(total[i]), harmonic[i])) }
    }

    /// Distance sums from `s` by Dijkstra.
    mutating func dijkstraSums(_ g: CSRGraph, from s: Int) -> (reached: Int, total: Double, harmonic: Double) {
        dijkstra!.shortestPaths(g, from: s)
        var total = 0.0
        var harmonic = 0.0
        for v in dijkstra!.order where Int(v) != s {
            let d = dijkstra!.dist[Int(v)]
            total += d
            harmonic += 1 / d
        }
        let r = dijkstra!.order.count
        dijkstra!.reset()
        return (r, total, harmonic)
    }
}
