/// Per-worker buffers of the lane-parallel unweighted Brandes pass: eight sources per
/// traversal, one SIMD lane each (Brandes 2001, doi:10.1080/0022250X.2001.9990249, as
/// `networkx` `_single_source_shortest_path_basic` + `_accumulate_basic`; the bit-parallel
/// multi-source BFS of Then et al., "The More the Merrier: Efficient Multi-Source Graph
/// Traversal", PVLDB 8(4), 2014).
///
/// The kernel for graphs whose nearby node indices are nearby nodes (ring lattices,
/// Watts–Strogatz graphs, meshes, road networks): eight consecutive sources then reach
/// most nodes at one to three distinct levels, and a node's arcs are scanned once per
/// distinct level (its *rounds*) for all eight sources, with no data-dependent branch,
/// where eight single-source passes scan them eight times with a branch per arc whose
/// outcome the processor cannot predict.
///
/// Per batch, three passes over the rounds:
/// 1. levels: a bit-parallel BFS (bit i: source i) lists the (node, lanes) pairs reached
///    at each round, each round in node-index order;
/// 2. path counts, forwards, pulled: for w at round r + 1,
///    σ(w) = Σ_{v → w} stage(v), where `stage` holds σ(v) on the lanes where v is at
///    round r and zero on every other lane;
/// 3. dependencies, backwards, pulled: for v at round r, Σ = Σ_{v → w} stage(w), where
///    `stage` now holds w's coefficient (1 + δ(w)) / σ(w) on the lanes where w is at
///    round r + 1 and zero elsewhere; δ(v) = σ(v) · Σ.
/// Two stages alternate by the parity of the round, and a round's stage entries are set
/// back to zero once the next round has read them, so the arc loops are plain loads and
/// adds. Masked lanes are replaced by zero, never multiplied, so an unused lane's 1/0
/// never reaches a sum.
///
/// Invariant between batches: `seen`, `next`, `discovered` and both stages are zero;
/// `sigma` is written on a node's lanes at the round that reaches it before it is read.
struct LaneBrandesState {
    /// Eight lanes of doubles: one node's path counts or coefficients.
    typealias Lanes = SIMD8<Double>
    /// The lanes of a ``Lanes`` value a mask selects: all ones on a selected lane, zero
    /// elsewhere (bitwise, so selecting is an AND, which baseline x86-64 does in SIMD where
    /// `SIMDMask` selection of doubles is scalarised).
    typealias LaneMask = SIMD8<UInt64>

    /// Sources per batch.
    static let width = 8

    /// The per-node path counts, the two stages, and the bit-parallel BFS masks.
    typealias Buffers = (
        sigma: UnsafeMutableBufferPointer<Lanes>,
        stage0: UnsafeMutableBufferPointer<Lanes>, stage1: UnsafeMutableBufferPointer<Lanes>,
        seen: UnsafeMutableBufferPointer<UInt8>, next: UnsafeMutableBufferPointer<UInt8>,
        masks: UnsafeMutableBufferPointer<LaneMask>
    )

    let scratch: UnsafeScratch<Buffers>
    /// The (node, lanes) entries of every round, round after round, and where each round starts.
    var roundNodes: [Int32] = []
    var roundLanes: [UInt8] = []
    var roundStart: [Int] = []

    /// The lane mask of every 8-bit set of lanes (bit i: lane i).
    static let masks: [LaneMask] = (0..<256).map { bits in
        var m = LaneMask()
        for i in 0..<8 where bits >> i & 1 == 1 { m[i] = ~0 }
        return m
    }

    /// `x` on the lanes `m` selects, +0.0 elsewhere (whatever `x` holds there, even ∞ or NaN).
    @inline(__always)
    static func keep(_ x: Lanes, _ m: LaneMask) -> Lanes {
        unsafeBitCast(unsafeBitCast(x, to: LaneMask.self) & m, to: Lanes.self)
    }

    /// The sum of the eight lanes, added as a tree (halves, then quarters, then the pair).
    @inline(__always)
    static func total(_ x: Lanes) -> Double {
        let four = x.lowHalf + x.highHalf
        let two = four.lowHalf + four.highHalf
        return two[0] + two[1]
    }

    /// `new` on the lanes `m` selects, `old` elsewhere.
    @inline(__always)
    static func blend(_ new: Lanes, _ old: Lanes, _ m: LaneMask) -> Lanes {
        unsafeBitCast(
            unsafeBitCast(new, to: LaneMask.self) & m | unsafeBitCast(old, to: LaneMask.self) & ~m,
            to: Lanes.self
        )
    }

    init(nodeCount n: Int) {
        scratch = UnsafeScratch { a in
            (
                a.buffer(n, Lanes(), alignment: 64), a.buffer(n, Lanes(), alignment: 64),
                a.buffer(n, Lanes(), alignment: 64), a.buffer(n, UInt8(0)),
                a.buffer((n + 7) / 8 * 8, UInt8(0), alignment: 8), a.buffer(copying: Self.masks)
            )
        }
    }

    /// Adds the dependencies δ_s(v) of up to eight `sources` to `bc` (with NetworkX's
    /// endpoint rule when asked).
    ///
    /// - Parameters:
    ///   - inArcs: the graph's in-arcs (`g` itself when undirected, else ``CSRGraph/reversed()``).
    ///   - multiplicity: class sizes when the graph is a true-twin quotient, as in
    ///     ``BatchedBrandesState/accumulate(_:sources:endpoints:multiplicity:into:)``; nil: every node counts once.
    /// - Complexity: O(Σ_v rounds(v) · deg(v)) for the batch, where rounds(v) ≤ 8 is the
    ///   number of distinct levels at which the sources reach v.
    mutating func accumulate(
        _ g: CSRGraph,
        inArcs: CSRGraph,
        sources: ArraySlice<Int32>,
        endpoints: Bool,
        multiplicity: [Double]? = nil,
        into bc: inout [Double]
    ) {
        precondition(sources.count <= Self.width, "a lane batch holds at most eight sources")
        precondition(multiplicity == nil || !endpoints, "endpoints are not counted on a twin quotient")
        roundNodes.removeAll(keepingCapacity: true)
        roundLanes.removeAll(keepingCapacity: true)
        roundStart.removeAll(keepingCapacity: true)
        var sourceMultiplicity = Lanes()
        for (i, s) in sources.enumerated() { sourceMultiplicity[i] = multiplicity?[Int(s)] ?? 1 }
        scratch.update { buffers in
            let (sigma, stage0, stage1, seen, next, masks) = buffers
            g.withBuffers { out in
                if g.isDirected {
                    levels(out, sources, seen, next)
                    inArcs.withBuffers { into in
                        if let multiplicity {
                            multiplicity.withUnsafeBufferPointer { mult in
                                forward(into, sources, sigma, (stage0, stage1), masks, mult)
                            }
                        } else {
                            forward(into, sources, sigma, (stage0, stage1), masks, nil)
                        }
                    }
                } else if let multiplicity {
                    multiplicity.withUnsafeBufferPointer { mult in
                        levelsAndPaths(out, sources, seen, next, sigma, (stage0, stage1), masks, mult)
                    }
                } else {
                    levelsAndPaths(out, sources, seen, next, sigma, (stage0, stage1), masks, nil)
                }
                let rounds = roundStart.count - 2  // the last entry closes an empty round
                bc.withUnsafeMutableBufferPointer { bc in
                    if let multiplicity {
                        multiplicity.withUnsafeBufferPointer { mult in
                            backward(out, rounds, sigma, (stage0, stage1), masks, mult, sourceMultiplicity, bc)
                        }
                    } else {
                        backward(out, rounds, sigma, (stage0, stage1), masks, nil, sourceMultiplicity, bc)
                    }
                    if endpoints { countEndpoints(sources, bc) }
                }
            }
            for e in roundNodes.indices { seen[Int(roundNodes[e])] = 0 }
        }
    }

    /// The work of one batch's traversal from `sources` without the path counts: the number
    /// of (node, round) entries, the arcs they scan, and the rounds (the kernel probe's
    /// measure; see ``CSRGraph/prefersLaneBrandes()``).
    ///
    /// - Complexity: O(Σ_v rounds(v) · deg(v) + rounds · *V* / 8).
    mutating func traversalWork(_ g: CSRGraph, sources: ArraySlice<Int32>) -> (entries: Int, arcs: Int, rounds: Int) {
        roundNodes.removeAll(keepingCapacity: true)
        roundLanes.removeAll(keepingCapacity: true)
        roundStart.removeAll(keepingCapacity: true)
        return scratch.update { buffers in
            g.withBuffers { out in
                levels(out, sources, buffers.seen, buffers.next)
                for e in roundNodes.indices { buffers.seen[Int(roundNodes[e])] = 0 }
                var arcs = 0
                for v in roundNodes { arcs += out.offsets[Int(v) + 1] - out.offsets[Int(v)] }
                return (roundNodes.count, arcs, roundStart.count - 2)
            }
        }
    }

    /// The bit-parallel BFS: the rounds' (node, lanes) lists, each round in node-index
    /// order (so the later passes sweep the buffers forwards). The arc loop has no
    /// data-dependent branch: every arc ORs its new lanes into `next[w]` and marks w in the
    /// `discovered` bitmap when there are any; the bitmap is read out after the round.
    private mutating func levels(
        _ gb: CSRBuffers,
        _ sources: ArraySlice<Int32>,
        _ seen: UnsafeMutableBufferPointer<UInt8>,
        _ next: UnsafeMutableBufferPointer<UInt8>
    ) {
        roundStart.append(0)
        for (i, s) in sources.enumerated() {
            seen[Int(s)] |= 1 << UInt8(i)
            roundNodes.append(s)
            roundLanes.append(1 << UInt8(i))
        }
        var lo = 0
        while true {
            let hi = roundNodes.count
            roundStart.append(hi)
            if lo == hi { break }
            for e in lo..<hi {
                let v = Int(roundNodes[e])
                let lanes = roundLanes[e]
                for a in gb.offsets[v]..<gb.offsets[v + 1] {
                    let w = Int(gb.targets[a])
                    next[w] |= lanes & ~seen[w]
                }
            }
            appendRound(seen, next)
            lo = hi
        }
    }

    /// Lists the nodes `next` marks as the next round, in node order, with their new lanes,
    /// and adds those lanes to `seen`; `next` is zero again afterwards.
    private mutating func appendRound(
        _ seen: UnsafeMutableBufferPointer<UInt8>,
        _ next: UnsafeMutableBufferPointer<UInt8>
    ) {
        // Read `next` eight bytes at a time; the bytes past n are padding, always zero.
        let words = UnsafeMutableRawPointer(next.baseAddress!)
        for word in 0..<(next.count + 7) / 8 {
            var bytes = words.load(fromByteOffset: word << 3, as: UInt64.self)
            if bytes == 0 { continue }
            words.storeBytes(of: 0, toByteOffset: word << 3, as: UInt64.self)
            while bytes != 0 {
                let shift = bytes.trailingZeroBitCount & ~7
                let w = word << 3 | shift >> 3
                let lanes = UInt8(truncatingIfNeeded: bytes >> UInt64(shift))
                bytes &= ~(0xFF << UInt64(shift))
                seen[w] |= lanes
                roundNodes.append(Int32(truncatingIfNeeded: w))
                roundLanes.append(lanes)
            }
        }
    }

    /// Path counts, round by round, pulled from the previous round's stage (σ times v's
    /// class size past the source, on a twin quotient).
    private func forward(
        _ into: CSRBuffers,
        _ sources: ArraySlice<Int32>,
        _ sigma: UnsafeMutableBufferPointer<Lanes>,
        _ stages: (UnsafeMutableBufferPointer<Lanes>, UnsafeMutableBufferPointer<Lanes>),
        _ masks: UnsafeMutableBufferPointer<LaneMask>,
        _ mult: UnsafeBufferPointer<Double>?
    ) {
        let rounds = roundStart.count - 2
        for (i, s) in sources.enumerated() {
            sigma[Int(s)][i] = 1
            stages.0[Int(s)][i] = 1
        }
        roundNodes.withUnsafeBufferPointer { nodes in
            roundLanes.withUnsafeBufferPointer { lanes in
                for r in 1..<max(1, rounds) {
                    let (read, write) = r & 1 == 1 ? (stages.0, stages.1) : (stages.1, stages.0)
                    for e in roundStart[r]..<roundStart[r + 1] {
                        let w = Int(nodes[e])
                        var sum = Lanes()
                        for a in into.offsets[w]..<into.offsets[w + 1] { sum += read[Int(into.targets[a])] }
                        let mine = masks[Int(lanes[e])]
                        sigma[w] = Self.blend(sum, sigma[w], mine)
                        if let mult { sum *= mult[w] }
                        write[w] = Self.keep(sum, mine)
                    }
                    for e in roundStart[r - 1]..<roundStart[r] { read[Int(nodes[e])] = Lanes() }
                }
            }
        }
        if rounds > 0 {
            let last = (rounds - 1) & 1 == 0 ? stages.0 : stages.1
            for e in roundStart[rounds - 1]..<roundStart[rounds] { last[Int(roundNodes[e])] = Lanes() }
        }
    }

    /// On undirected graphs, ``levels(_:_:_:_:)`` and ``forward(_:_:_:_:_:_:)`` in one
    /// sweep: the arcs a round's nodes pull their path counts over are the arcs they push
    /// the next round's lanes along, so each round's arcs are read once.
    private mutating func levelsAndPaths(
        _ gb: CSRBuffers,
        _ sources: ArraySlice<Int32>,
        _ seen: UnsafeMutableBufferPointer<UInt8>,
        _ next: UnsafeMutableBufferPointer<UInt8>,
        _ sigma: UnsafeMutableBufferPointer<Lanes>,
        _ stages: (UnsafeMutableBufferPointer<Lanes>, UnsafeMutableBufferPointer<Lanes>),
        _ masks: UnsafeMutableBufferPointer<LaneMask>,
        _ mult: UnsafeBufferPointer<Double>?
    ) {
        roundStart.append(0)
        for (i, s) in sources.enumerated() {
            let v = Int(s)
            seen[v] |= 1 << UInt8(i)
            sigma[v][i] = 1
            stages.0[v][i] = 1
            roundNodes.append(s)
            roundLanes.append(1 << UInt8(i))
        }
        var lo = 0
        var r = 0
        while true {
            let hi = roundNodes.count
            roundStart.append(hi)
            if lo == hi { break }
            let (read, write) = r & 1 == 1 ? (stages.0, stages.1) : (stages.1, stages.0)
            roundNodes.withUnsafeBufferPointer { nodes in
                roundLanes.withUnsafeBufferPointer { lanes in
                    if r == 0 {
                        for e in lo..<hi {
                            let v = Int(nodes[e])
                            let l = lanes[e]
                            for a in gb.offsets[v]..<gb.offsets[v + 1] {
                                let u = Int(gb.targets[a])
                                next[u] |= l & ~seen[u]
                            }
                        }
                        return
                    }
                    for e in lo..<hi {
                        let w = Int(nodes[e])
                        let l = lanes[e]
                        var sum = Lanes()
                        for a in gb.offsets[w]..<gb.offsets[w + 1] {
                            let u = Int(gb.targets[a])
                            sum += read[u]
                            next[u] |= l & ~seen[u]
                        }
                        let mine = masks[Int(l)]
                        sigma[w] = Self.blend(sum, sigma[w], mine)
                        if let mult { sum *= mult[w] }
                        write[w] = Self.keep(sum, mine)
                    }
                    for e in roundStart[r - 1]..<lo { read[Int(nodes[e])] = Lanes() }
                }
            }
            appendRound(seen, next)
            lo = hi
            r += 1
        }
        let last = (r - 1) & 1 == 0 ? stages.0 : stages.1
        for e in roundStart[r - 1]..<roundStart[r] { last[Int(roundNodes[e])] = Lanes() }
    }

    /// Dependencies, rounds in reverse, pulled from the next round's stage: every child's
    /// coefficient is final before its parents read it.
    private func backward(
        _ out: CSRBuffers,
        _ rounds: Int,
        _ sigma: UnsafeMutableBufferPointer<Lanes>,
        _ stages: (UnsafeMutableBufferPointer<Lanes>, UnsafeMutableBufferPointer<Lanes>),
        _ masks: UnsafeMutableBufferPointer<LaneMask>,
        _ mult: UnsafeBufferPointer<Double>?,
        _ sourceMultiplicity: Lanes,
        _ bc: UnsafeMutableBufferPointer<Double>
    ) {
        roundNodes.withUnsafeBufferPointer { nodes in
            roundLanes.withUnsafeBufferPointer { lanes in
                var r = rounds - 1
                while r >= 1 {
                    let (read, write) = r & 1 == 1 ? (stages.0, stages.1) : (stages.1, stages.0)
                    for e in roundStart[r]..<roundStart[r + 1] {
                        let v = Int(nodes[e])
                        var sum = Lanes()
                        for a in out.offsets[v]..<out.offsets[v + 1] { sum += read[Int(out.targets[a])] }
                        let mine = masks[Int(lanes[e])]
                        let sv = sigma[v]
                        if let mult {
                            // δ(v) = σ(v) m_v Σ_w coef(w), weighted by the source's class size;
                            // v's coefficient for its predecessors is m_v (1/σ(v) + Σ_w coef(w)).
                            let mv = mult[v]
                            bc[v] += Self.total(Self.keep(sourceMultiplicity * sv * mv * sum, mine))
                            write[v] = Self.keep(mv * (sum + 1 / sv), mine)
                        } else {
                            bc[v] += Self.total(Self.keep(sv * sum, mine))
                            write[v] = Self.keep(sum + 1 / sv, mine)
                        }
                    }
                    if r + 1 < rounds {
                        for e in roundStart[r + 1]..<roundStart[r + 2] { read[Int(nodes[e])] = Lanes() }
                    }
                    r -= 1
                }
            }
        }
        if rounds > 1 {
            for e in roundStart[1]..<roundStart[2] { stages.1[Int(roundNodes[e])] = Lanes() }
        }
    }

    /// NetworkX's endpoint rule: each node reached counts once more, and each source once
    /// per node it reaches.
    private func countEndpoints(_ sources: ArraySlice<Int32>, _ bc: UnsafeMutableBufferPointer<Double>) {
        var reached = [Int](repeating: 0, count: Self.width)
        for e in roundStart[1]..<roundNodes.count {
            let lanes = roundLanes[e]
            bc[Int(roundNodes[e])] += Double(lanes.nonzeroBitCount)
            var bits = lanes
            while bits != 0 {
                reached[bits.trailingZeroBitCount] += 1
                bits &= bits &- 1
            }
        }
        for (i, s) in sources.enumerated() { bc[Int(s)] += Double(reached[i]) }
    }
}
