/// Per-worker buffers of the single-source unweighted Brandes pass: one breadth-first
/// search per source, then the dependency accumulation in reverse BFS order
/// (`networkx` `_single_source_shortest_path_basic` + `_accumulate_basic`; Brandes 2001,
/// doi:10.1080/0022250X.2001.9990249).
///
/// The kernel for graphs with many BFS levels, where the batched traversal
/// (``BatchedBrandesState``) shares little: its sources reach a node at many different
/// levels, so it scans the node's arcs once per level instead of once per batch (see
/// ``CSRGraph/prefersSingleSourceBrandes()``). Here every buffer is one value per node
/// (about 30 bytes per node in all, plus 4 per arc), so a worker's working set stays in cache.
///
/// The forward pass expands each level in node-index order and records each shortest-path
/// DAG arc v → w once, as w in v's run of `children` (runs in BFS order), so the backward
/// pass reads only DAG arcs, sequentially, and never tests a level again. Going back,
/// `sigma[v]` is overwritten by v's coefficient (1 + δ(v)) / σ(v), its share for its
/// predecessors: δ(v) = σ(v) · Σ_{w child of v} coefficient(w).
///
/// Invariant between sources: `level` is −1 and `discovered` is 0 everywhere; `sigma`,
/// `order`, `childStart` and `children` are written before they are read within a source.
struct SingleSourceBrandesState {
    /// The per-node levels and path counts (then coefficients); the BFS order with each
    /// position's run of DAG children; a bitmap of the nodes found on the level being built.
    typealias Buffers = (
        level: UnsafeMutableBufferPointer<Int32>, sigma: UnsafeMutableBufferPointer<Double>,
        order: UnsafeMutableBufferPointer<Int32>,
        childStart: UnsafeMutableBufferPointer<Int>, children: UnsafeMutableBufferPointer<Int32>,
        discovered: UnsafeMutableBufferPointer<UInt64>
    )

    let scratch: UnsafeScratch<Buffers>

    init(nodeCount n: Int, arcCount: Int) {
        scratch = UnsafeScratch { a in
            (
                a.buffer(n, Int32(-1)), a.buffer(n, 0.0), a.buffer(n, Int32(0)),
                a.buffer(n + 1, 0), a.buffer(arcCount, Int32(0)), a.buffer((n + 63) / 64, UInt64(0))
            )
        }
    }

    /// Adds source `s`'s dependencies δ_s(v) to `bc` (with NetworkX's endpoint rule when asked).
    ///
    /// - Parameters:
    ///   - multiplicity: class sizes when the graph is a true-twin quotient, as in
    ///     ``BatchedBrandesState/accumulate(_:sources:endpoints:multiplicity:into:)``; nil: every node counts once.
    /// - Complexity: O(*V* + *E*): two passes over the arcs reached from `s`, the second over DAG arcs only.
    func accumulate(
        _ g: CSRGraph,
        source s: Int,
        endpoints: Bool,
        multiplicity: [Double]? = nil,
        into bc: inout [Double]
    ) {
        precondition(multiplicity == nil || !endpoints, "endpoints are not counted on a twin quotient")
        scratch.update { buffers in
            let (level, sigma, order, childStart, children, discovered) = buffers
            g.withBuffers { gb in
                bc.withUnsafeMutableBufferPointer { bc in
                    let reached: Int
                    if let multiplicity {
                        reached = multiplicity.withUnsafeBufferPointer { mult in
                            let reached = Self.forward(
                                gb,
                                s,
                                level,
                                sigma,
                                order,
                                childStart,
                                children,
                                discovered,
                                mult
                            )
                            Self.backward(s, reached, sigma, order, childStart, children, mult, bc)
                            return reached
                        }
                    } else {
                        reached = Self.forward(gb, s, level, sigma, order, childStart, children, discovered, nil)
                        Self.backward(s, reached, sigma, order, childStart, children, nil, bc)
                    }
                    if endpoints {
                        for p in 1..<reached { bc[Int(order[p])] += 1 }
                        bc[s] += Double(reached - 1)
                    }
                    for p in 0..<reached { level[Int(order[p])] = -1 }
                }
            }
        }
    }

    /// BFS from `s`: levels, path counts, the order, and each position's DAG children.
    /// Each level is put in node-index order before it is expanded, so the pass sweeps
    /// the CSR arrays and the per-node buffers forwards instead of jumping in discovery
    /// order. Returns the number of nodes reached.
    @inline(__always)
    private static func forward(
        _ gb: CSRBuffers,
        _ s: Int,
        _ level: UnsafeMutableBufferPointer<Int32>,
        _ sigma: UnsafeMutableBufferPointer<Double>,
        _ order: UnsafeMutableBufferPointer<Int32>,
        _ childStart: UnsafeMutableBufferPointer<Int>,
        _ children: UnsafeMutableBufferPointer<Int32>,
        _ discovered: UnsafeMutableBufferPointer<UInt64>,
        _ mult: UnsafeBufferPointer<Double>?
    ) -> Int {
        level[s] = 0
        sigma[s] = 1
        order[0] = Int32(s)
        var lo = 0
        var hi = 1
        var top = 0
        var next: Int32 = 1
        while lo < hi {
            var tail = hi
            var firstWord = Int.max
            var lastWord = -1
            for p in lo..<hi {
                let v = Int(order[p])
                childStart[p] = top
                // Paths through class v may pass any of its members (the source counts once).
                let sv = mult == nil || p == 0 ? sigma[v] : sigma[v] * mult.unsafelyUnwrapped[v]
                for a in gb.offsets[v]..<gb.offsets[v + 1] {
                    let w = Int(gb.targets[a])
                    var lw = level[w]
                    if lw < 0 {
                        lw = next
                        level[w] = next
                        sigma[w] = 0
                        order[tail] = Int32(truncatingIfNeeded: w)
                        tail += 1
                        discovered[w >> 6] |= 1 << UInt64(w & 63)
                        firstWord = min(firstWord, w >> 6)
                        lastWord = max(lastWord, w >> 6)
                    }
                    if lw == next {
                        sigma[w] += sv
                        children[top] = Int32(truncatingIfNeeded: w)
                        top += 1
                    }
                }
            }
            // Sort the new level: read the bitmap when it is dense, else sort the few entries.
            if lastWord >= firstWord && lastWord - firstWord < 4 * (tail - hi) {
                var e = hi
                for word in firstWord...lastWord {
                    var bits = discovered[word]
                    discovered[word] = 0
                    while bits != 0 {
                        order[e] = Int32(truncatingIfNeeded: word << 6 | bits.trailingZeroBitCount)
                        e += 1
                        bits &= bits &- 1
                    }
                }
            } else if tail > hi {
                for e in hi..<tail { discovered[Int(order[e]) >> 6] = 0 }
                var slice = UnsafeMutableBufferPointer(rebasing: order[hi..<tail])
                slice.sort()
            }
            lo = hi
            hi = tail
            next += 1
        }
        childStart[hi] = top
        return hi
    }

    /// Reverse BFS order: every child's coefficient is final before its parent reads it.
    @inline(__always)
    private static func backward(
        _ s: Int,
        _ reached: Int,
        _ sigma: UnsafeMutableBufferPointer<Double>,
        _ order: UnsafeMutableBufferPointer<Int32>,
        _ childStart: UnsafeMutableBufferPointer<Int>,
        _ children: UnsafeMutableBufferPointer<Int32>,
        _ mult: UnsafeBufferPointer<Double>?,
        _ bc: UnsafeMutableBufferPointer<Double>
    ) {
        var p = reached - 1
        while p >= 0 {
            let v = Int(order[p])
            var sum = 0.0
            for j in childStart[p]..<childStart[p + 1] { sum += sigma[Int(children[j])] }
            let sv = sigma[v]
            if let mult {
                // δ(v) = σ(v) m_v Σ_w coef(w), weighted by the source's class size;
                // v's coefficient for its predecessors is m_v (1/σ(v) + Σ_w coef(w)).
                let mv = mult[v]
                if p > 0 { bc[v] += mult[s] * sv * mv * sum }
                sigma[v] = mv * (sum + 1 / sv)
            } else {
                if p > 0 { bc[v] += sv * sum }
                sigma[v] = sum + 1 / sv
            }
            p -= 1
        }
    }
}
