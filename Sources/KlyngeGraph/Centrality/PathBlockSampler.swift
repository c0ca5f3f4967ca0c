/// Draws uniform shortest paths between uniform pairs (s, t), s ≠ t, in numbered blocks of
/// ``block`` paths, and counts how often each node is interior to one: the sampling loop of
/// Riondato & Kornaropoulos 2016 (doi:10.1007/s10618-015-0423-0) and of KADABRA (Borassi &
/// Natale 2016, doi:10.4230/LIPIcs.ESA.2016.20).
///
/// Block b draws from its own generator, seeded from (seed, b), and the blocks' counts are
/// summed in block order, so the counts depend on the seed and the blocks drawn, never on the
/// thread count. A block's partial result is the list of interior nodes of its paths (not a
/// vector of *V* counts), so small blocks cost nothing extra to fold.
///
/// ```swift
/// let sampler = PathBlockSampler(graph: graph, back: graph.reversed(), weighted: false, seed: 42)
/// let (counts, drawn) = try sampler.sample(1000, firstBlock: 0, threads: nil, control: nil)
/// // counts[v] / Double(drawn) estimates v's share of shortest paths over ordered pairs
/// ```
///
/// - Complexity: per path, one balanced bidirectional BFS (unweighted) or one Dijkstra
///   (weighted); O(*V*) memory per worker plus the path lists.
struct PathBlockSampler: Sendable {
    /// Paths per block: the unit of seeding, of progress and of the stopping checks.
    static let block = 64
    let graph: CSRGraph
    /// The in-arcs of `graph` (itself when undirected), to walk paths back towards s.
    let back: CSRGraph
    let weighted: Bool
    let seed: UInt64

    /// Draws up to `count` paths as blocks `firstBlock`, `firstBlock + 1`, … (the last one cut
    /// to reach `count`). After each block is folded, `stopAfter(counts, blocksFolded)` may end
    /// the sampling there.
    ///
    /// - Returns: per-node interior counts (whole numbers) and the number of paths they cover.
    func sample(
        _ count: Int,
        firstBlock: Int,
        threads: Int?,
        control: ComputeControl?,
        stopAfter: @Sendable ([Double], Int) -> Bool = { _, _ in false }
    ) throws(CancellationError) -> (counts: [Double], samples: Int) {
        let n = graph.nodeCount
        let block = Self.block
        let (graph, back, weighted, seed) = (self.graph, self.back, self.weighted, self.seed)
        let blocks = (count + block - 1) / block
        let (counts, folded) = try orderedBlockReduce(
            blockCount: blocks,
            threads: threads,
            control: control,
            makeState: { SamplerState(nodeCount: n, weighted: weighted) },
            makePartial: { [Int32]() },
            reset: { $0.removeAll(keepingCapacity: true) },
            work: { b, sampler, interior in
                var rng = SplitMix64(streamOf: seed, index: UInt64(firstBlock + b))
                for _ in b * block..<min(count, (b + 1) * block) {
                    let s = Int(rng.next(below: UInt64(n)))
                    var t = Int(rng.next(below: UInt64(n - 1)))
                    if t >= s { t += 1 }
                    if sampler.bidirectional != nil {
                        sampler.bidirectional!.sample(graph, back: back, from: s, to: t, rng: &rng)
                        interior.append(contentsOf: sampler.bidirectional!.path)
                    } else {
                        sampler.dijkstra!.samplePath(graph, back: back, from: s, to: t, rng: &rng, into: &interior)
                    }
                }
            },
            initial: [Double](repeating: 0, count: n),
            combine: { total, interior in for v in interior { total[Int(v)] += 1 } },
            stopAfter: { total, folded in stopAfter(total, folded) }
        )
        return (counts, min(count, folded * block))
    }
}

/// Each worker's sampler: bidirectional BFS when unweighted, Dijkstra when weighted.
private struct SamplerState {
    var bidirectional: BidirectionalPathSampler?
    var dijkstra: PathSampler?

    init(nodeCount n: Int, weighted: Bool) {
        if weighted {
            dijkstra = PathSampler(nodeCount: n)
        } else {
            bidirectional = BidirectionalPathSampler(nodeCount: n)
        }
    }
}
