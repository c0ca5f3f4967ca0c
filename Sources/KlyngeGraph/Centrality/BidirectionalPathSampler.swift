/// Samples one shortest s–t path uniformly at random with a balanced bidirectional BFS, as
/// KADABRA does (Borassi & Natale 2016, "KADABRA is an ADaptive Algorithm for Betweenness
/// via Random Approximation", ESA 2016, doi:10.4230/LIPIcs.ESA.2016.20, §4 and Lemma 7).
///
/// Two breadth-first searches grow from s (along arcs) and from t (against them). Each step
/// expands one whole level of the side whose frontier has the smaller degree sum, counting
/// shortest paths from its root (σ_s, σ_t). The first expansion that reaches a node of the
/// other side finishes its level and collects every *bridge*: an arc x → y with x on the
/// s-frontier and y on the t-frontier (these are exactly the middle arcs of the shortest s–t
/// paths, so σ_st = Σ σ_s(x) σ_t(y) over the bridges). A bridge is drawn with probability
/// σ_s(x) σ_t(y) / σ_st, then a path back from x to s (predecessor u of w with probability
/// σ_s(u) / σ_s(w)) and one on from y to t (likewise with σ_t): each shortest path comes out
/// with probability exactly 1 / σ_st. The searches stop at the meeting level, so on graphs
/// with a heavy-tailed degree distribution a sample touches about √*E* arcs instead of *E*.
///
/// Unweighted graphs only (undirected, or directed with `back` holding the in-arcs).
///
/// ```swift
/// var sampler = BidirectionalPathSampler(nodeCount: graph.nodeCount)
/// var rng = SplitMix64(seed: 1)
/// sampler.sample(graph, back: graph.reversed(), from: 0, to: 5, rng: &rng)
/// let interior = sampler.path  // the nodes strictly between 0 and 5 on the path drawn
/// ```
///
/// - Complexity: O(arcs of the levels expanded) per sample; O(*V*) memory per sampler,
///   made once per worker.
struct BidirectionalPathSampler {
    /// The interior nodes of the last path sampled (from the s side to the t side), empty
    /// when s and t are adjacent or not connected.
    private(set) var path: [Int32] = []
    private let scratch: UnsafeScratch<Buffers>
    private var bridges: [(x: Int32, y: Int32, weight: Double)] = []

    private typealias Buffers = (
        distS: UnsafeMutableBufferPointer<Int32>, distT: UnsafeMutableBufferPointer<Int32>,
        sigmaS: UnsafeMutableBufferPointer<Double>, sigmaT: UnsafeMutableBufferPointer<Double>,
        seenS: UnsafeMutableBufferPointer<Int32>, seenT: UnsafeMutableBufferPointer<Int32>
    )

    init(nodeCount n: Int) {
        scratch = UnsafeScratch { a in
            (
                distS: a.buffer(n, Int32(-1)), distT: a.buffer(n, Int32(-1)),
                sigmaS: a.buffer(n, 0.0), sigmaT: a.buffer(n, 0.0),
                seenS: a.buffer(n, Int32(0)), seenT: a.buffer(n, Int32(0))
            )
        }
    }

    /// Draws a uniform shortest s–t path (s ≠ t) and leaves its interior nodes in ``path``.
    /// Returns false when t is not reachable from s.
    @discardableResult
    mutating func sample(_ g: CSRGraph, back: CSRGraph, from s: Int, to t: Int, rng: inout SplitMix64) -> Bool {
        path.removeAll(keepingCapacity: true)
        bridges.removeAll(keepingCapacity: true)
        let found = scratch.update { buf in
            g.withBuffers { fwd in
                back.withBuffers { bwd in
                    search(fwd, bwd, buf, s, t, &rng)
                }
            }
        }
        return found
    }

    /// The two searches, the bridge draw and the two walks; resets the buffers it touched.
    private mutating func search(
        _ fwd: CSRBuffers,
        _ bwd: CSRBuffers,
        _ b: Buffers,
        _ s: Int,
        _ t: Int,
        _ rng: inout SplitMix64
    ) -> Bool {
        // Invariant between samples: dist = -1 and σ = 0 everywhere (restored below).
        b.distS[s] = 0
        b.sigmaS[s] = 1
        b.seenS[0] = Int32(s)
        b.distT[t] = 0
        b.sigmaT[t] = 1
        b.seenT[0] = Int32(t)
        // Frontiers are seen[lo..<hi]; the next level is appended after them.
        var loS = 0
        var hiS = 1
        var loT = 0
        var hiT = 1
        var degS = fwd.offsets[s + 1] - fwd.offsets[s]
        var degT = bwd.offsets[t + 1] - bwd.offsets[t]
        var total = 0.0
        while loS < hiS && loT < hiT && bridges.isEmpty {
            if degS <= degT {
                // Expand the s side one level along arcs x → y.
                var next = hiS
                var nextDeg = 0
                for i in loS..<hiS {
                    let x = Int(b.seenS[i])
                    let dx = b.distS[x]
                    let sx = b.sigmaS[x]
                    for a in fwd.offsets[x]..<fwd.offsets[x + 1] {
                        let y = Int(fwd.targets[a])
                        if b.distT[y] >= 0 {
                            let w = sx * b.sigmaT[y]
                            bridges.append((Int32(x), Int32(y), w))
                            total += w
                        } else if b.distS[y] < 0 {
                            b.distS[y] = dx + 1
                            b.sigmaS[y] = sx
                            b.seenS[next] = Int32(y)
                            next += 1
                            nextDeg += fwd.offsets[y + 1] - fwd.offsets[y]
                        } else if b.distS[y] == dx + 1 {
                            b.sigmaS[y] += sx
                        }
                    }
                }
                loS = hiS
                hiS = next
                degS = nextDeg
            } else {
                // Expand the t side one level against arcs y → x.
                var next = hiT
                var nextDeg = 0
                for i in loT..<hiT {
                    let x = Int(b.seenT[i])
                    let dx = b.distT[x]
                    let sx = b.sigmaT[x]
                    for a in bwd.offsets[x]..<bwd.offsets[x + 1] {
                        let y = Int(bwd.targets[a])
                        if b.distS[y] >= 0 {
                            let w = b.sigmaS[y] * sx
                            bridges.append((Int32(y), Int32(x), w))
                            total += w
                        } else if b.distT[y] < 0 {
                            b.distT[y] = dx + 1
                            b.sigmaT[y] = sx
                            b.seenT[next] = Int32(y)
                            next += 1
                            nextDeg += bwd.offsets[y + 1] - bwd.offsets[y]
                        } else if b.distT[y] == dx + 1 {
                            b.sigmaT[y] += sx
                        }
                    }
                }
                loT = hiT
                hiT = next
                degT = nextDeg
            }
        }
        let found = !bridges.isEmpty
        if found {
            // The bridge, with probability σ_s(x) σ_t(y) / σ_st.
            let r = rng.nextUnit() * total
            var acc = 0.0
            var chosen = bridges[bridges.count - 1]
            for bridge in bridges {
                acc += bridge.weight
                if r < acc {
                    chosen = bridge
                    break
                }
            }
            // Back from x to s: predecessor u of w (an in-arc, dist_s(u) = dist_s(w) − 1)
            // with probability σ_s(u) / σ_s(w); the nodes come out from x towards s.
            var w = Int(chosen.x)
            var firstHalf = 0
            while w != s {
                path.append(Int32(w))
                firstHalf += 1
                w = Self.step(from: w, along: bwd, dist: b.distS, sigma: b.sigmaS, rng: &rng)
            }
            path[0..<firstHalf].reverse()
            // On from y to t: successor u of w (an arc, dist_t(u) = dist_t(w) − 1).
            w = Int(chosen.y)
            while w != t {
                path.append(Int32(w))
                w = Self.step(from: w, along: fwd, dist: b.distT, sigma: b.sigmaT, rng: &rng)
            }
        }
        for i in 0..<hiS {
            let v = Int(b.seenS[i])
            b.distS[v] = -1
            b.sigmaS[v] = 0
        }
        for i in 0..<hiT {
            let v = Int(b.seenT[i])
            b.distT[v] = -1
            b.sigmaT[v] = 0
        }
        return found
    }

    /// One step towards the root of a search: a neighbour u of w in `arcs` one level closer
    /// (dist(u) = dist(w) − 1), drawn with probability σ(u) / σ(w).
    @inline(__always)
    private static func step(
        from w: Int,
        along arcs: CSRBuffers,
        dist: UnsafeMutableBufferPointer<Int32>,
        sigma: UnsafeMutableBufferPointer<Double>,
        rng: inout SplitMix64
    ) -> Int {
        let level = dist[w] - 1
        let r = rng.nextUnit() * sigma[w]
        var acc = 0.0
        var chosen = -1
        for a in arcs.offsets[w]..<arcs.offsets[w + 1] {
            let u = Int(arcs.targets[a])
            guard dist[u] == level else { continue }
            acc += sigma[u]
            chosen = u
            if r < acc { break }
        }
        return chosen
    }
}
