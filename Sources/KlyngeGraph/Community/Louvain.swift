extension CSRGraph {
    /// Communities by the Louvain method: greedy modularity optimisation with
    /// multi-level aggregation.
    ///
    /// Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
    /// communities in large networks", doi:10.1088/1742-5468/2008/10/P10008.
    /// Each level starts from singletons. A first pass visits every node in an
    /// order shuffled by `seed` and moves it to the neighbouring community with
    /// the largest positive gain
    /// `ΔQ = (k_{v,D} − k_{v,C∖v}) / m − γ k_v (K_D − K_{C∖v}) / 2m²`
    /// (ties: the community met first among v's arcs); later passes, in the same
    /// order, revisit only nodes with a neighbour that moved since they were last
    /// examined, until none is left (Ozaki, Tezuka & Inaba 2016,
    /// doi:10.1109/ICCCS.2016.7591528). The communities then become the nodes of
    /// the next level (weights between them add up, weights inside become
    /// self-loops). The search stops when a level moves nothing or raises
    /// modularity by at most `threshold`; the partition of the last level kept
    /// is returned.
    ///
    /// Matches `networkx.community.louvain_communities(G, weight="weight",
    /// resolution=γ, threshold=1e-7, seed=)` in gain, tie rule, level structure
    /// and stopping rule between levels, and reaches the modularity of igraph's
    /// `Graph.community_multilevel(weights=, resolution=γ)` (tested: the mean
    /// over 20 seeds within 1% of igraph's at γ = 1). It differs within a level:
    /// NetworkX repeats full passes until one moves nothing, which on scale-free
    /// graphs means hundreds of passes of a few moves each; pruning skips them
    /// (17× faster on a 200 000-node Barabási–Albert graph, with a slightly
    /// higher modularity). The shuffles use SplitMix64, not Python's `random`,
    /// so individual partitions differ from NetworkX's. Sequential and
    /// deterministic: one seed gives one partition on every platform.
    ///
    /// ```swift
    /// let edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("d", "f")]
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in edges { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let partition = try graph.louvain(seed: 1)  // labels [0, 0, 0, 1, 1, 1], modularity 5/14
    /// ```
    ///
    /// - Parameters:
    ///   - resolution: γ ≥ 0 (1: Newman–Girvan modularity; larger gives smaller
    ///     communities; 0 merges each connected component).
    ///   - seed: seeds the SplitMix64 stream that shuffles each level's node order.
    ///   - threshold: the smallest modularity gain of a level that lets the
    ///     search go on to the next level.
    /// - Returns: labels numbered by smallest node index, the modularity at γ,
    ///   and the number of levels. Nodes without edges stay alone; a graph
    ///   without edges gives singletons, modularity NaN and 0 levels.
    /// - Throws: ``GraphError/invalidParameter(_:)`` for a directed graph, a
    ///   negative or non-finite `resolution`, or a negative `threshold`.
    /// - Complexity: O(*E*) time for the first pass of a level, then O(Σ deg) over
    ///   the nodes revisited; near-linear in total on sparse graphs (levels shrink
    ///   fast). O(*V* + *E*) extra space. About 50 ms for 20 000 nodes and 100 000
    ///   edges in a release build.
    public func louvain(
        resolution: Double = 1,
        seed: UInt64 = 42,
        threshold: Double = 1e-7
    ) throws(GraphError) -> CommunityPartition {
        try validateCommunityInput(self, resolution: resolution, algorithm: "louvain")
        guard threshold.isFinite, threshold >= 0 else {
            throw .invalidParameter("louvain: threshold must be a finite number ≥ 0, got \(threshold)")
        }
        let n = nodeCount
        guard arcCount > 0 else {
            return CommunityPartition(labels: Array(0..<n), count: n, modularity: .nan, levels: 0, iterations: 0)
        }
        var rng = SplitMix64(seed: seed)
        var graph = CommunityGraph(self)
        // Community (node of the current level) of each original node.
        var labels = (0..<Int32(n)).map { $0 }
        var mod = graph.modularity(of: labels, count: n, resolution: resolution)
        var levels = 0
        var (membership, _) = louvainLevel(graph, resolution: resolution, rng: &rng)
        while true {
            let count = renumberByFirstOccurrence(&membership)
            for i in labels.indices { labels[i] = membership[Int(labels[i])] }
            levels += 1
            let newMod = graph.modularity(of: membership, count: count, resolution: resolution)
            if newMod - mod <= threshold { break }
            mod = newMod
            graph = graph.aggregated(by: membership, count: count)
            let (next, moved) = louvainLevel(graph, resolution: resolution, rng: &rng)
            if !moved { break }
            membership = next
        }
        let count = renumberByFirstOccurrence(&labels)
        let result = labels.map(Int.init)
        return CommunityPartition(
            labels: result,
            count: count,
            modularity: modularity(of: result, resolution: resolution),
            levels: levels,
            iterations: 1
        )
    }
}

/// One Louvain level: local moving from singletons. Returns the membership
/// (values are node indices of `graph`, not dense) and whether any node moved.
///
/// The first pass visits every node in an order shuffled by `rng` (as
/// NetworkX's `_one_level`); later passes, in the same order, only revisit
/// nodes with a neighbour that moved since they were last examined, until no
/// such node is left. This is the pruning of Ozaki, Tezuka & Inaba 2016
/// (doi:10.1109/ICCCS.2016.7591528), the rule of Leiden's fast local moving.
/// NetworkX instead repeats full passes until one moves nothing: on
/// scale-free graphs that is hundreds of passes whose few moves each gain
/// about 1/m.
func louvainLevel(
    _ graph: CommunityGraph,
    resolution: Double,
    rng: inout SplitMix64
) -> (membership: [Int32], moved: Bool) {
    let n = graph.nodeCount
    var order = (0..<Int32(n)).map { $0 }
    order.seededShuffle(using: &rng)
    // Raw buffers, indexed by community or node: this loop is the hot path.
    let scratch = UnsafeScratch { a in
        (
            a.buffer(copying: graph.strength),  // K_c
            a.buffer(n, 0.0), a.buffer(n, false), a.buffer(n, true), a.buffer(n, Int32(0)),
            a.buffer(copying: (0..<Int32(n)).map { $0 })  // singletons
        )
    }
    return scratch.update { buffers in
        let (total, linkWeight, seen, dirty, candidates, community) = buffers
        var dirtyCount = n
        // Gains compared in units of edge weight: ΔQ · m = k_{v,D} − γ k_v K_D / 2m − (same for C).
        let scale = resolution / (2 * graph.totalWeight)
        var movedAny = false
        graph.withBuffers { offsets, targets, weights, strength in
            while dirtyCount > 0 {
                for v32 in order {
                    let v = Int(v32)
                    if !dirty[v] { continue }
                    dirty[v] = false
                    dirtyCount -= 1
                    let own = community[v]
                    let k = strength[v]
                    var candidateCount = 0
                    for a in offsets[v]..<offsets[v + 1] {
                        let c = Int(community[Int(targets[a])])
                        if !seen[c] {
                            seen[c] = true
                            candidates[candidateCount] = Int32(c)
                            candidateCount += 1
                        }
                        linkWeight[c] += weights[a]
                    }
                    total[Int(own)] -= k
                    // linkWeight is 0 for communities v has no arc to.
                    let stay = linkWeight[Int(own)] - k * total[Int(own)] * scale
                    var best = own
                    var bestGain = 0.0
                    // Ties go to the community met first among v's arcs.
                    for i in 0..<candidateCount {
                        let c = candidates[i]
                        let gain = linkWeight[Int(c)] - k * total[Int(c)] * scale - stay
                        if gain > bestGain && c != own {
                            bestGain = gain
                            best = c
                        }
                        seen[Int(c)] = false
                        linkWeight[Int(c)] = 0
                    }
                    total[Int(best)] += k
                    if best != own {
                        community[v] = best
                        movedAny = true
                        for a in offsets[v]..<offsets[v + 1] {
                            let u = Int(targets[a])
                            if !dirty[u] {
                                dirty[u] = true
                                dirtyCount += 1
                            }
                        }
                    }
                }
            }
        }
        return (Array(community), movedAny)
    }
}
