extension CSRGraph {
    /// Shortest-path betweenness centrality of every node.
    ///
    /// `c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)`, with σ(s, t) the number of
    /// shortest s–t paths and σ(s, t | v) those through v. Raw values count
    /// ordered pairs on directed graphs and unordered pairs on undirected ones;
    /// `normalized` divides by (n − 1)(n − 2) (n(n − 1) with `endpoints`).
    /// With `weighted`, arc weights are lengths (Dijkstra); otherwise every arc
    /// has length 1. Path counts are `Double`: they overflow 64-bit integers on
    /// grids of 36 × 36 and up.
    ///
    /// Matches `networkx.betweenness_centrality(G, normalized=, endpoints=, weight=)`
    /// (NetworkX 3.x `_rescale`). Brandes 2001, doi:10.1080/0022250X.2001.9990249.
    /// Unweighted graphs run one of three kernels, chosen from the graph alone (a few probe
    /// traversals and the degree distribution; see `prefersLaneBrandes()` and
    /// `prefersSingleSourceBrandes()`). Most graphs run the lane form: eight consecutive
    /// sources share one traversal, one SIMD lane each, whose arc loops are branch-free
    /// loads and adds (Then et al., VLDB 2014, doi:10.14778/2735496.2735507, for the
    /// bit-parallel levels). Graphs where consecutive sources reach nodes at many
    /// different levels (grids) run one cache-resident BFS per source, each level expanded
    /// in node order, with the dependency accumulation over the recorded DAG arcs only, or,
    /// when small, heavy-tailed and shallow, 64 sources per bit-parallel traversal.
    ///
    /// Example: on the path a – b – c, b lies on the only a–c path: raw 1, normalized 1.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let scores = try graph.betweenness()  // [0.0, 1.0, 0.0]; normalized: false gives the same here
    /// ```
    ///
    /// - Parameters:
    ///   - normalized: divide by the number of pairs (see above); `false` gives raw sums.
    ///   - endpoints: count the path's ends as lying on it (NetworkX `endpoints=True`).
    ///   - weighted: read arc weights as lengths (Dijkstra); otherwise every arc has length 1.
    ///   - threads: worker count (nil: every core). The result is bit-identical for
    ///     any value: sources are cut into fixed blocks whose partial sums are added
    ///     in block order.
    ///   - control: progress (blocks done of total) and cancellation.
    /// - Returns: one score per node index.
    /// - Throws: `CancellationError` when cancelled.
    /// - Complexity: O(*V* · *E*) time unweighted, O(*V* · (*E* + *V*) log *V*)
    ///   weighted; O(*threads* · 64 · *V*) extra space batched, O(*threads* · (*V* + *E*))
    ///   single-source, O(*threads* · 24 · *V*) lanes (about 200 bytes per node per worker).
    public func betweenness(
        normalized: Bool = true,
        endpoints: Bool = false,
        weighted: Bool = false,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws(CancellationError) -> [Double] {
        try betweenness(
            normalized: normalized,
            endpoints: endpoints,
            weighted: weighted,
            kernel: .automatic,
            threads: threads,
            control: control
        )
    }

    /// ``betweenness(normalized:endpoints:weighted:threads:control:)`` with the unweighted
    /// kernel chosen by the caller (the tests and `klynge-bench` compare the kernels).
    package func betweenness(
        normalized: Bool = true,
        endpoints: Bool = false,
        weighted: Bool = false,
        kernel: BrandesKernel,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws(CancellationError) -> [Double] {
        if !isDirected && !(weighted && isWeighted) && !endpoints, nodeCount >= 256,
            case let twins = trueTwinClasses(), Double(twins.size.count) <= 0.8 * Double(nodeCount)
        {
            // Collaboration graphs are unions of project cliques: members of only one
            // project are true twins. Brandes on the quotient with class sizes as
            // multiplicities gives the same sums (each member gets its class's share).
            let q = twins.quotient
            let raw = try q.unweightedSums(
                sources: (0..<Int32(q.nodeCount)).map { $0 },
                endpoints: false,
                multiplicity: twins.size,
                kernel: kernel,
                threads: threads,
                control: control
            )
            let perNode = (0..<nodeCount).map { raw[Int(twins.classOf[$0])] / twins.size[Int(twins.classOf[$0])] }
            return rescaleBetweenness(perNode, normalized: normalized, endpoints: false, sampled: nil)
        }
        let all = (0..<Int32(nodeCount)).map { $0 }
        let raw = try betweennessSums(
            sources: all,
            endpoints: endpoints,
            weighted: weighted,
            kernel: kernel,
            threads: threads,
            control: control
        )
        return rescaleBetweenness(raw, normalized: normalized, endpoints: endpoints, sampled: nil)
    }

    /// Betweenness estimated from `k` source nodes sampled uniformly without
    /// replacement with `seed`, scaled as NetworkX scales its `k=` estimate.
    ///
    /// Matches `networkx.betweenness_centrality(G, k=k, seed=…)` in definition and
    /// scaling (the sampled set differs: NetworkX draws with Python's `random`).
    /// With `k == nodeCount` it equals ``betweenness(normalized:endpoints:weighted:threads:control:)``.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let estimate = try graph.betweenness(sampledSources: 3, seed: 7)  // [0.0, 1.0, 0.0]: k = n is exact
    /// ```
    ///
    /// - Complexity: O(*k* · *E*) time unweighted.
    public func betweenness(
        sampledSources k: Int,
        seed: UInt64,
        normalized: Bool = true,
        endpoints: Bool = false,
        weighted: Bool = false,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws -> [Double] {
        guard k >= 1, k <= nodeCount else {
            throw GraphError.invalidParameter(
                "k = \(k) sampled sources must be between 1 and the node count \(nodeCount)"
            )
        }
        var rng = SplitMix64(seed: seed)
        var ids = (0..<Int32(nodeCount)).map { $0 }
        // Partial Fisher–Yates: the first k entries are a uniform k-subset.
        ids.seededSample(prefix: k, using: &rng)
        let sources = Array(ids[0..<k]).sorted()
        let raw = try betweennessSums(
            sources: sources,
            endpoints: endpoints,
            weighted: weighted,
            threads: threads,
            control: control
        )
        return rescaleBetweenness(raw, normalized: normalized, endpoints: endpoints, sampled: sources)
    }

    /// Ordered-pair dependency sums from `sources` (Brandes' accumulation, no scaling).
    package func betweennessSums(
        sources: [Int32],
        endpoints: Bool,
        weighted: Bool,
        kernel: BrandesKernel = .automatic,
        threads: Int?,
        control: ComputeControl?
    ) throws(CancellationError) -> [Double] {
        let n = nodeCount
        if weighted && isWeighted {
            let block = 64
            let blocks = (sources.count + block - 1) / block
            return try nodeSums(
                blockCount: blocks,
                threads: threads,
                control: control,
                makeState: { DijkstraBrandesState(nodeCount: n) },
                work: { b, state, partial in
                    for s in sources[b * block..<min(sources.count, (b + 1) * block)] {
                        state.accumulate(self, source: Int(s), endpoints: endpoints, into: &partial)
                    }
                }
            )
        }
        return try unweightedSums(
            sources: sources,
            endpoints: endpoints,
            kernel: kernel,
            threads: threads,
            control: control
        )
    }

    /// Unweighted dependency sums from `sources` by the kernel `kernel` names, or, when
    /// `.automatic`, by the one ``prefersLaneBrandes()`` and
    /// ``prefersSingleSourceBrandes()`` pick for this graph.
    /// The choice depends on the graph alone, never on `threads`.
    func unweightedSums(
        sources: [Int32],
        endpoints: Bool,
        multiplicity: [Double]? = nil,
        kernel: BrandesKernel,
        threads: Int?,
        control: ComputeControl?
    ) throws(CancellationError) -> [Double] {
        let single: Bool
        switch kernel {
        case .automatic where prefersLaneBrandes(), .lanes:
            return try laneSums(
                sources: sources,
                endpoints: endpoints,
                multiplicity: multiplicity,
                threads: threads,
                control: control
            )
        case .automatic: single = prefersSingleSourceBrandes()
        case .batched: single = false
        case .singleSource: single = true
        }
        if single {
            return try singleSourceSums(
                sources: sources,
                endpoints: endpoints,
                multiplicity: multiplicity,
                threads: threads,
                control: control
            )
        }
        // 64 sources per traversal: measured faster than 128 (UInt128 masks) and than
        // 32, 16 or 8 on BA-20k. Each worker holds 2 · 8 · width bytes per node, so very
        // large graphs use 16-wide batches (256 bytes per node). The width depends only on
        // the node count, never on `threads`, so the blocks and their sums are the same everywhere.
        // (A twin quotient keeps 64-wide batches, as it always has.)
        if nodeCount > 1 << 19 && multiplicity == nil {
            return try batchedSums(
                sources: sources,
                mask: UInt16.self,
                endpoints: endpoints,
                threads: threads,
                control: control
            )
        }
        return try batchedSums(
            sources: sources,
            mask: UInt64.self,
            endpoints: endpoints,
            multiplicity: multiplicity,
            threads: threads,
            control: control
        )
    }

    /// One Brandes pass per source (``SingleSourceBrandesState``), 64 sources per block.
    func singleSourceSums(
        sources: [Int32],
        endpoints: Bool,
        multiplicity: [Double]?,
        threads: Int?,
        control: ComputeControl?
    ) throws(CancellationError) -> [Double] {
        let n = nodeCount
        let arcs = arcCount
        let block = 64
        let blocks = (sources.count + block - 1) / block
        return try nodeSums(
            blockCount: blocks,
            threads: threads,
            control: control,
            makeState: { SingleSourceBrandesState(nodeCount: n, arcCount: arcs) },
            work: { b, state, partial in
                for s in sources[b * block..<min(sources.count, (b + 1) * block)] {
                    state.accumulate(
                        self,
                        source: Int(s),
                        endpoints: endpoints,
                        multiplicity: multiplicity,
                        into: &partial
                    )
                }
            }
        )
    }

    /// Eight sources per traversal (``LaneBrandesState``), 64 sources (eight batches) per block.
    func laneSums(
        sources: [Int32],
        endpoints: Bool,
        multiplicity: [Double]?,
        threads: Int?,
        control: ComputeControl?
    ) throws(CancellationError) -> [Double] {
        let n = nodeCount
        let inArcs = isDirected ? reversed() : self
        let block = 64
        let width = LaneBrandesState.width
        let blocks = (sources.count + block - 1) / block
        return try nodeSums(
            blockCount: blocks,
            threads: threads,
            control: control,
            makeState: { LaneBrandesState(nodeCount: n) },
            work: { b, state, partial in
                let end = min(sources.count, (b + 1) * block)
                for start in stride(from: b * block, to: end, by: width) {
                    state.accumulate(
                        self,
                        inArcs: inArcs,
                        sources: sources[start..<min(end, start + width)],
                        endpoints: endpoints,
                        multiplicity: multiplicity,
                        into: &partial
                    )
                }
            }
        )
    }

    /// NetworkX 3.x `_rescale` for node betweenness.
    func rescaleBetweenness(_ raw: [Double], normalized: Bool, endpoints: Bool, sampled: [Int32]?) -> [Double] {
        let n = nodeCount
        let bigN = endpoints ? n : n - 1
        if bigN < 2 { return raw }
        let kSource = sampled?.count ?? bigN
        let correction = isDirected ? 1.0 : 2.0
        if sampled == nil || endpoints {
            let scale =
                normalized
                ? 1 / (Double(kSource) * Double(bigN - 1))
                : Double(bigN) / (Double(kSource) * correction)
            return scale == 1 ? raw : raw.map { $0 * scale }
        }
        let k = Double(kSource)
        let scaleSource =
            kSource > 1
            ? (normalized ? 1 / ((k - 1) * Double(bigN - 1)) : Double(bigN) / ((k - 1) * correction)) : .nan
        let scaleOther = normalized ? 1 / (k * Double(bigN - 1)) : Double(bigN) / (k * correction)
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled! { isSource[Int(s)] = true }
        return raw.indices.map { raw[$0] * (isSource[$0] ? scaleSource : scaleOther) }
    }

    func batchedSums<Mask: FixedWidthInteger & UnsignedInteger & BitwiseCopyable & Sendable>(
        sources: [Int32],
        mask: Mask.Type,
        endpoints: Bool,
        multiplicity: [Double]? = nil,
        threads: Int?,
        control: ComputeControl?
    ) throws(CancellationError) -> [Double] {
        let n = nodeCount
        let width = Mask.bitWidth
        let blocks = (sources.count + width - 1) / width
        return try nodeSums(
            blockCount: blocks,
            threads: threads,
            control: control,
            makeState: { BatchedBrandesState<Mask>(nodeCount: n) },
            work: { b, state, partial in
                let batch = sources[b * width..<min(sources.count, (b + 1) * width)]
                state.accumulate(self, sources: batch, endpoints: endpoints, multiplicity: multiplicity, into: &partial)
            }
        )
    }

    /// Per-node sums over `blockCount` blocks of sources, each block's partial sums added into
    /// the total in block order (`orderedBlockReduce`), so the result is bit-identical for any `threads`. Every exact and sampled Brandes kernel
    /// reduces through it: `work(block, &state, &partial)` adds block `block`'s dependencies.
    ///
    /// - Complexity: the blocks' work, plus O(*V*) per block to reset and fold its partial;
    ///   O(*threads* · *V*) memory besides the states.
    func nodeSums<State>(
        blockCount: Int,
        threads: Int?,
        control: ComputeControl?,
        makeState: @Sendable () -> State,
        work: @Sendable (Int, inout State, inout [Double]) -> Void
    ) throws(CancellationError) -> [Double] {
        let n = nodeCount
        return try orderedBlockReduce(
            blockCount: blockCount,
            threads: threads,
            control: control,
            makeState: makeState,
            makePartial: { [Double](repeating: 0, count: n) },
            reset: { p in for i in p.indices { p[i] = 0 } },
            work: work,
            initial: [Double](repeating: 0, count: n),
            combine: { total, p in for i in total.indices { total[i] += p[i] } }
        )
    }
}
