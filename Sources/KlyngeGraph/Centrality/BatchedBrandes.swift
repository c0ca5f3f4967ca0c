/// Per-worker buffers of the batched unweighted Brandes pass: one traversal for
/// up to `Mask.bitWidth` sources, source i being bit i of every mask.
///
/// Layout: `sigma[v << shift | i]` is the number of shortest paths from the batch's
/// source i to v; `acc[v << shift | i]` first accumulates Σ_w (1 + δ_i(w)) / σ_i(w)
/// over DAG successors w, and once v's level is done holds v's own coefficient
/// (1 + δ_i(v)) / σ_i(v) for its predecessors.
struct BatchedBrandesState<Mask: FixedWidthInteger & UnsignedInteger & BitwiseCopyable> {
    /// The per-node masks and the per-(node, source) path counts and coefficients.
    typealias Buffers = (
        seen: UnsafeMutableBufferPointer<Mask>, next: UnsafeMutableBufferPointer<Mask>,
        levelMask: UnsafeMutableBufferPointer<Mask>, sigma: UnsafeMutableBufferPointer<Double>,
        acc: UnsafeMutableBufferPointer<Double>
    )

    let scratch: UnsafeScratch<Buffers>
    /// Nodes first reached per level and the source bits that reached them there.
    var levelNodes: [Int32] = []
    var levelBits: [Mask] = []
    var levelStart: [Int] = []
    var reached = [Int](repeating: 0, count: Mask.bitWidth)
    var discovered: [Int32] = []

    /// log₂ of the batch width.
    let shift = Mask.bitWidth.trailingZeroBitCount

    init(nodeCount n: Int) {
        let counts = n << shift
        scratch = UnsafeScratch { a in
            (
                a.buffer(n, Mask(0)), a.buffer(n, Mask(0)), a.buffer(n, Mask(0)), a.buffer(counts, 0.0),
                a.buffer(counts, 0.0)
            )
        }
    }

    /// - Parameters:
    ///   - multiplicity: when the graph is a quotient by true twins (see ``CSRGraph/trueTwinClasses()``),
    ///     the size of each node's class: a path through class v can pass any of its members,
    ///     each member of v is a target, and each source stands for its class's members.
    ///     nil: every node counts once (the plain algorithm, bit for bit).
    mutating func accumulate(
        _ g: CSRGraph,
        sources: ArraySlice<Int32>,
        endpoints: Bool,
        multiplicity: [Double]? = nil,
        into bc: inout [Double]
    ) {
        let ones = multiplicity == nil
        let mult = multiplicity ?? []
        let n = g.nodeCount
        levelNodes.removeAll(keepingCapacity: true)
        levelBits.removeAll(keepingCapacity: true)
        levelStart.removeAll(keepingCapacity: true)
        for i in reached.indices { reached[i] = 0 }
        scratch.update { buffers in
            let (seen, next, mask, sigma, acc) = buffers
            g.withBuffers { gb in
                // Invariant between batches: seen, next, levelMask are all zero;
                // sigma and acc are zero wherever a previous batch wrote them (reset below).
                levelStart.append(0)
                for (i, s) in sources.enumerated() {
                    let bit = Mask(1) << i
                    seen[Int(s)] |= bit
                    sigma[Int(s) << shift | i] = 1
                    levelNodes.append(s)
                    levelBits.append(bit)
                }
                // Sources are distinct, so level 0 holds one entry per source.
                var lo = 0
                while true {
                    let hi = levelNodes.count
                    levelStart.append(hi)
                    if lo == hi { break }
                    discovered.removeAll(keepingCapacity: true)
                    for e in lo..<hi {
                        let v = Int(levelNodes[e])
                        let fm = levelBits[e]
                        let vBase = v << shift
                        // Paths through class v may pass any of its members (sources count once).
                        let fv = ones || lo == 0 ? 1.0 : mult[v]
                        for a in gb.offsets[v]..<gb.offsets[v + 1] {
                            let w = Int(gb.targets[a])
                            let m = fm & ~seen[w]
                            if m == 0 { continue }
                            if next[w] == 0 { discovered.append(Int32(w)) }
                            next[w] |= m
                            let wBase = w << shift
                            var bits = m
                            if ones {
                                while bits != 0 {
                                    let i = bits.trailingZeroBitCount
                                    bits &= bits &- 1
                                    sigma[wBase | i] += sigma[vBase | i]
                                }
                            } else {
                                while bits != 0 {
                                    let i = bits.trailingZeroBitCount
                                    bits &= bits &- 1
                                    sigma[wBase | i] += sigma[vBase | i] * fv
                                }
                            }
                        }
                    }
                    for w in discovered {
                        let m = next[Int(w)]
                        seen[Int(w)] |= m
                        next[Int(w)] = 0
                        levelNodes.append(w)
                        levelBits.append(m)
                    }
                    lo = hi
                }
                // levelStart = [0, end of level 0, end of level 1, …, end of last level, end (repeated)].
                let levels = levelStart.count - 2  // number of non-empty levels
                // Backward: from the deepest level up, finalise δ for each level's nodes.
                for L in stride(from: levels - 1, through: 0, by: -1) {
                    let cur = levelStart[L]..<levelStart[L + 1]
                    if L + 1 < levels {
                        let below = levelStart[L + 1]..<levelStart[L + 2]
                        for e in below { mask[Int(levelNodes[e])] = levelBits[e] }
                        for e in cur {
                            let v = Int(levelNodes[e])
                            let fm = levelBits[e]
                            let vBase = v << shift
                            for a in gb.offsets[v]..<gb.offsets[v + 1] {
                                let w = Int(gb.targets[a])
                                var bits = fm & mask[w]
                                if bits == 0 { continue }
                                let wBase = w << shift
                                while bits != 0 {
                                    let i = bits.trailingZeroBitCount
                                    bits &= bits &- 1
                                    acc[vBase | i] += acc[wBase | i]
                                }
                            }
                        }
                        for e in below { mask[Int(levelNodes[e])] = 0 }
                    }
                    // δ_i(v) = σ_i(v) · acc_i(v); then acc becomes v's coefficient for level L − 1.
                    for e in cur {
                        let v = Int(levelNodes[e])
                        let vBase = v << shift
                        var bits = levelBits[e]
                        var sum = 0.0
                        if ones {
                            while bits != 0 {
                                let i = bits.trailingZeroBitCount
                                bits &= bits &- 1
                                let s = sigma[vBase | i]
                                let delta = s * acc[vBase | i]
                                if L > 0 {
                                    sum += endpoints ? delta + 1 : delta
                                    if endpoints { reached[i] += 1 }
                                }
                                acc[vBase | i] += 1 / s
                            }
                        } else {
                            // δ(v) = σ(v) m_v Σ_w (m_w + δ(w)) / σ(w), weighted by the source's class size;
                            // v's coefficient for its predecessors is m_v (1/σ(v) + acc(v)).
                            let mv = mult[v]
                            while bits != 0 {
                                let i = bits.trailingZeroBitCount
                                bits &= bits &- 1
                                let s = sigma[vBase | i]
                                if L > 0 {
                                    sum +=
                                        mult[Int(sources[sources.startIndex + i])] * s * mv
                                        * acc[vBase | i]
                                }
                                acc[vBase | i] = mv * (acc[vBase | i] + 1 / s)
                            }
                        }
                        bc[v] += sum
                    }
                }
                if endpoints {
                    for (i, s) in sources.enumerated() { bc[Int(s)] += Double(reached[i]) }
                }
                // Reset what this batch touched.
                for e in 0..<levelNodes.count {
                    let v = Int(levelNodes[e])
                    seen[v] = 0
                    let vBase = v << shift
                    var bits = levelBits[e]
                    while bits != 0 {
                        let i = bits.trailingZeroBitCount
                        bits &= bits &- 1
                        sigma[vBase | i] = 0
                        acc[vBase | i] = 0
                    }
                }
                _ = n
            }
        }
    }
}
