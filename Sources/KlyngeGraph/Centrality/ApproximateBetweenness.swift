/// The result of ``CSRGraph/approximateBetweenness(epsilon:delta:seed:normalized:weighted:threads:control:)``.
public struct BetweennessEstimate: Sendable {
    /// Estimated betweenness per node, scaled like the exact function's output.
    public let scores: [Double]
    /// Number of sampled shortest paths.
    public let samples: Int
    /// The vertex-diameter bound the sample size was computed from.
    public let vertexDiameterBound: Int
    /// The error bound that holds for every node at once with probability
    /// 1 − δ, in the units of `scores`.
    public let errorBound: Double
}

extension CSRGraph {
    /// Betweenness estimated with an (ε, δ) guarantee by path sampling.
    ///
    /// Riondato & Kornaropoulos 2016, "Fast approximation of betweenness centrality
    /// through sampling", doi:10.1007/s10618-015-0423-0, Algorithm 1: draw
    /// `r = ⌈(c / ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉` pairs (s, t), s ≠ t,
    /// uniformly; for each, pick one shortest s–t path uniformly at random
    /// and add 1/r to each interior node. With c = 0.5 and VD an upper bound on
    /// the vertex diameter (the most nodes on any shortest path), then with
    /// probability at least 1 − δ **every** node's estimate of
    /// b(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n − 1)) is within ε' of it.
    ///
    /// **How a path is drawn.** Unweighted, by a balanced bidirectional BFS that stops where
    /// the two searches meet, as KADABRA samples (Borassi & Natale 2016, "KADABRA is an
    /// ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016,
    /// doi:10.4230/LIPIcs.ESA.2016.20; `BidirectionalPathSampler`): each shortest s–t path
    /// with probability exactly 1/σ_st, as Algorithm 1 needs, so the guarantee above holds
    /// unchanged. The number of samples is Riondato–Kornaropoulos' fixed r, not KADABRA's
    /// adaptive stopping rule (which stops earlier on most graphs but is not implemented
    /// here). Weighted, by Dijkstra from s and a walk back from t (σ_su / σ_sw).
    ///
    /// Scores are returned in NetworkX units: normalised as
    /// `networkx.betweenness_centrality(G)` (= b · n/(n − 2)), or raw. ε is the
    /// bound on the *returned normalised* values: the sampler uses ε' = ε (n − 2)/n.
    /// VD bound: for unweighted undirected graphs, 1 + the two largest BFS depths
    /// from the lowest-index node of each component (maximised over components);
    /// otherwise the largest weakly connected component's size (always valid).
    ///
    /// Deterministic for a given seed and any `threads`: samples are drawn in
    /// fixed blocks, each with its own generator seeded from (seed, block).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let estimate = try graph.approximateBetweenness(epsilon: 0.05, seed: 42)
    /// // every estimate.scores[v] within ±estimate.errorBound of betweenness()[v], with probability 0.9
    /// ```
    ///
    /// - Parameters:
    ///   - epsilon: the largest error allowed on every returned (normalised) value, in (0, 1).
    ///   - delta: the probability, in (0, 1), that some value misses by more than `epsilon`.
    ///   - seed: fixes every random choice.
    ///   - normalized: NetworkX's normalisation; raw pair sums otherwise.
    ///   - weighted: arc weights are lengths.
    ///   - threads: worker count (nil: every core); the result does not depend on it.
    ///   - control: progress and cancellation, per block of 256 samples.
    /// - Returns: the estimates, the sample count and the bound that holds.
    /// - Throws: ``GraphError/invalidParameter(_:)`` for ε or δ outside (0, 1); a cancellation.
    /// - Complexity: O(r · arcs one bidirectional search touches) time unweighted, at most
    ///   O(r · (*V* + *E*)) (far less on heavy-tailed graphs: about r √*E*); O(r (*V* + *E*) log *V*)
    ///   weighted. O(*V*) memory per worker.
    public func approximateBetweenness(
        epsilon: Double,
        delta: Double = 0.1,
        seed: UInt64 = 42,
        normalized: Bool = true,
        weighted: Bool = false,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws -> BetweennessEstimate {
        let n = nodeCount
        guard epsilon > 0, epsilon < 1 else {
            throw GraphError.invalidParameter("epsilon must be in (0, 1), got \(epsilon)")
        }
        guard delta > 0, delta < 1 else { throw GraphError.invalidParameter("delta must be in (0, 1), got \(delta)") }
        guard n >= 3 else {
            return BetweennessEstimate(
                scores: [Double](repeating: 0, count: n),
                samples: 0,
                vertexDiameterBound: n,
                errorBound: 0
            )
        }
        let useWeights = weighted && isWeighted
        let vd = vertexDiameterBound(weighted: useWeights)
        let epsPrime = epsilon * Double(n - 2) / Double(n)
        let logTerm = vd > 2 ? Double(Int(log2Floor(vd - 2)) + 1) : 1
        let r = Int((0.5 / (epsPrime * epsPrime) * (logTerm + (1 / delta).naturalLog)).rounded(.up))
        let back = reversed()  // in-arcs, to walk paths back from t
        let block = 256
        let blocks = (r + block - 1) / block
        let counts = try orderedBlockReduce(
            blockCount: blocks,
            threads: threads,
            control: control,
            makeState: { SamplerState(nodeCount: n, weighted: useWeights) },
            makePartial: { [Double](repeating: 0, count: n) },
            reset: { p in for i in p.indices { p[i] = 0 } },
            work: { b, sampler, partial in
                var rng = SplitMix64(streamOf: seed, index: UInt64(b))
                for _ in b * block..<min(r, (b + 1) * block) {
                    let s = Int(rng.next(below: UInt64(n)))
                    var t = Int(rng.next(below: UInt64(n - 1)))
                    if t >= s { t += 1 }
                    if sampler.bidirectional != nil {
                        sampler.bidirectional!.sample(self, back: back, from: s, to: t, rng: &rng)
                        for v in sampler.bidirectional!.path { partial[Int(v)] += 1 }
                    } else {
                        sampler.dijkstra!.samplePath(self, back: back, from: s, to: t, rng: &rng, into: &partial)
                    }
                }
            },
            initial: [Double](repeating: 0, count: n),
            combine: { total, p in for i in total.indices { total[i] += p[i] } }
        )
        // counts/r estimates b(v); convert to NetworkX units.
        let scale: Double
        if normalized {
            scale = Double(n) / (Double(n - 2) * Double(r))
        } else {
            scale = Double(n) * Double(n - 1) / (Double(r) * (isDirected ? 1 : 2))
        }
        let bound = normalized ? epsilon : epsPrime * Double(n) * Double(n - 1) / (isDirected ? 1 : 2)
        return BetweennessEstimate(
            scores: counts.map { $0 * scale },
            samples: r,
            vertexDiameterBound: vd,
            errorBound: bound
        )
    }

    /// An upper bound on the number of nodes of any shortest path.
    func vertexDiameterBound(weighted: Bool) -> Int {
        let comps = weaklyConnectedComponents()
        if weighted || isDirected { return max(2, comps.sizes.max() ?? 2) }
        var best = 2
        var firstOf = [Int](repeating: -1, count: comps.count)
        for v in 0..<nodeCount where firstOf[Int(comps.label[v])] < 0 { firstOf[Int(comps.label[v])] = v }
        for s in firstOf {
            let d = breadthFirstDistances(from: s)
            var a: Int32 = 0
            var b: Int32 = 0
            for x in d where x > b {
                if x > a {
                    b = a
                    a = x
                } else {
                    b = x
                }
            }
            // Any shortest path u–v has d(u, v) ≤ d(u, s) + d(s, v) ≤ a + b edges.
            best = max(best, Int(a + b) + 1)
        }
        return best
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

private func log2Floor(_ x: Int) -> Int { x <= 1 ? 0 : (Int.bitWidth - 1 - x.leadingZeroBitCount) }

extension Double {
    /// Natural logarithm (series-free: via the binary exponent and `log1p`-free reduction).
    var naturalLog: Double {
        #if canImport(Glibc)
        return Glibc.log(self)
        #else
        return Darwin.log(self)
        #endif
    }
}
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffers to sample one uniform shortest path between two nodes of a weighted graph.
struct PathSampler {
    var dijkstra: DijkstraBrandesState

    init(nodeCount n: Int) { dijkstra = DijkstraBrandesState(nodeCount: n) }

    /// Adds 1 to each interior node of a uniformly chosen shortest s–t path, if any:
    /// Dijkstra from s, then a walk back from t. `back` holds the in-arcs of `g` (`g` itself
    /// when undirected).
    mutating func samplePath(
        _ g: CSRGraph,
        back: CSRGraph,
        from s: Int,
        to t: Int,
        rng: inout SplitMix64,
        into counts: inout [Double]
    ) {
        defer { dijkstra.reset() }
        dijkstra.shortestPaths(g, from: s)
        guard dijkstra.dist[t].isFinite else { return }
        let d = dijkstra
        Self.walkBack(back, from: t, to: s, sigma: d.sigma, rng: &rng, into: &counts) { u, a, w in
            d.dist[u] + back.weight(ofArc: a) == d.dist[w]
        }
    }

    /// Walks a uniformly chosen shortest path back from `t` to `s`, adding 1 to each interior
    /// node: from `w`, the predecessor `u` (an arc `a` of `back` with `isPredecessor(u, a, w)`)
    /// is chosen with probability σ_u / σ_w.
    @inline(__always)
    static func walkBack(
        _ back: CSRGraph,
        from t: Int,
        to s: Int,
        sigma: [Double],
        rng: inout SplitMix64,
        into counts: inout [Double],
        isPredecessor: (_ u: Int, _ arc: Int, _ w: Int) -> Bool
    ) {
        var w = t
        while true {
            let x = rng.nextUnit() * sigma[w]
            var acc = 0.0
            var chosen = -1
            for a in back.arcRange(w) {
                let u = back.target(ofArc: a)
                guard isPredecessor(u, a, w) else { continue }
                acc += sigma[u]
                chosen = u
                if x < acc { break }
            }
            if chosen == s || chosen < 0 { break }
            counts[chosen] += 1
            w = chosen
        }
    }
}
