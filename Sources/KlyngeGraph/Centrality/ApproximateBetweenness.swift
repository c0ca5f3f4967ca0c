import Foundation

/// How ``CSRGraph/approximateBetweenness(epsilon:delta:seed:normalized:weighted:stopping:threads:control:)``
/// decides how many shortest paths to sample. Both keep the same (ε, δ) guarantee.
public enum BetweennessStoppingRule: Sendable, Equatable {
    /// KADABRA's adaptive stopping rule (Borassi & Natale 2016): stop as soon as the bounds
    /// f and g of every node are below ε, at most ω paths. The default; fewer paths on most graphs.
    case adaptive
    /// Riondato–Kornaropoulos' fixed sample size r, decided before sampling from ε, δ and the
    /// vertex-diameter bound alone.
    case fixed
}

/// The result of ``CSRGraph/approximateBetweenness(epsilon:delta:seed:normalized:weighted:stopping:threads:control:)``.
public struct BetweennessEstimate: Sendable {
    /// Estimated betweenness per node, scaled like the exact function's output.
    public let scores: [Double]
    /// Number of sampled shortest paths the scores average over.
    public let samples: Int
    /// Paths drawn before those, only to split δ among the nodes (adaptive rule; 0 for the fixed
    /// rule). Paths drawn in all: `samples + calibrationSamples`.
    public let calibrationSamples: Int
    /// The most paths the rule could have averaged over: KADABRA's ω (adaptive), or
    /// Riondato–Kornaropoulos' r (fixed, then equal to `samples`).
    public let sampleCap: Int
    /// The rule that chose `samples`.
    public let stopping: BetweennessStoppingRule
    /// The vertex-diameter bound the sample cap was computed from.
    public let vertexDiameterBound: Int
    /// The error bound that holds for every node at once with probability
    /// 1 − δ, in the units of `scores`.
    public let errorBound: Double
}

extension CSRGraph {
    /// Betweenness estimated with an (ε, δ) guarantee by sampling shortest paths.
    ///
    /// Each sample is a pair (s, t), s ≠ t, drawn uniformly and one shortest s–t path drawn
    /// uniformly among the σ_st; each interior node of the path scores 1. The average over τ
    /// samples estimates b(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n − 1)). With probability at least
    /// 1 − δ **every** node's estimate is within ε' of b(v), whichever rule stops sampling:
    ///
    /// - ``BetweennessStoppingRule/adaptive`` (default): KADABRA, Borassi & Natale 2016,
    ///   "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016,
    ///   doi:10.4230/LIPIcs.ESA.2016.20 (arXiv:1604.08553), Algorithm 1 with its absolute-error
    ///   stopping condition. The cap is ω = ⌈(c / ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(2/δ))⌉ (the
    ///   Riondato–Kornaropoulos size for δ/2); a first ⌈ω/100⌉ paths split the other δ/2 into
    ///   per-node δ_L(v) = δ_U(v), then fresh paths are drawn until f(b̃(v)) < ε' and
    ///   g(b̃(v)) < ε' for every node, or ω paths (`KadabraStoppingRule`).
    /// - ``BetweennessStoppingRule/fixed``: Riondato & Kornaropoulos 2016, "Fast approximation
    ///   of betweenness centrality through sampling", doi:10.1007/s10618-015-0423-0,
    ///   Algorithm 1: r = ⌈(c / ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ paths.
    ///
    /// Here c = 0.5 and VD is an upper bound on the vertex diameter (the most nodes on any
    /// shortest path): for unweighted undirected graphs, 1 + the two largest BFS depths from
    /// the lowest-index node of each component (maximised over components); otherwise the
    /// largest weakly connected component's size (always valid).
    ///
    /// **How a path is drawn.** Unweighted, by a balanced bidirectional BFS that stops where
    /// the two searches meet, as KADABRA samples (`BidirectionalPathSampler`): each shortest
    /// s–t path with probability exactly 1/σ_st. Weighted, by Dijkstra from s and a walk back
    /// from t (σ_su / σ_sw; `PathSampler`). Both rules hold for either: they only need that
    /// distribution.
    ///
    /// Scores are returned in NetworkX units: normalised as
    /// `networkx.betweenness_centrality(G)` (= b · n/(n − 2)), or raw. ε is the
    /// bound on the *returned normalised* values: the sampler uses ε' = ε (n − 2)/n.
    ///
    /// Deterministic for a given seed and any `threads`: paths are drawn in fixed blocks of 64,
    /// each with its own generator seeded from (seed, block), summed in block order, and the
    /// adaptive rule is checked only after fixed numbers of blocks (every ⌈ω/100⌉ paths rounded
    /// up to whole blocks), never when a thread happens to finish.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let estimate = try graph.approximateBetweenness(epsilon: 0.05, seed: 42)
    /// // every estimate.scores[v] within ±estimate.errorBound of betweenness()[v], with probability 0.9;
    /// // estimate.samples ≤ estimate.sampleCap paths were needed
    /// ```
    ///
    /// - Parameters:
    ///   - epsilon: the largest error allowed on every returned (normalised) value, in (0, 1).
    ///   - delta: the probability, in (0, 1), that some value misses by more than `epsilon`.
    ///   - seed: fixes every random choice.
    ///   - normalized: NetworkX's normalisation; raw pair sums otherwise.
    ///   - weighted: arc weights are lengths.
    ///   - stopping: KADABRA's adaptive rule (default) or Riondato–Kornaropoulos' fixed size.
    ///   - threads: worker count (nil: every core); the result does not depend on it.
    ///   - control: progress and cancellation, per block of 64 samples.
    /// - Returns: the estimates, the sample counts and the bound that holds.
    /// - Throws: ``GraphError/invalidParameter(_:)`` for ε or δ outside (0, 1); a cancellation.
    /// - Complexity: O(τ · arcs one bidirectional search touches) time unweighted, τ ≤ ω · 1.01
    ///   samples, each at most O(*V* + *E*) (far less on heavy-tailed graphs: about √*E*), plus
    ///   O(*V*) per check of the adaptive rule (at most 100 checks); O(τ (*V* + *E*) log *V*)
    ///   weighted. O(*V*) memory per worker.
    public func approximateBetweenness(
        epsilon: Double,
        delta: Double = 0.1,
        seed: UInt64 = 42,
        normalized: Bool = true,
        weighted: Bool = false,
        stopping: BetweennessStoppingRule = .adaptive,
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
                calibrationSamples: 0,
                sampleCap: 0,
                stopping: stopping,
                vertexDiameterBound: n,
                errorBound: 0
            )
        }
        let useWeights = weighted && isWeighted
        let vd = vertexDiameterBound(weighted: useWeights)
        let epsPrime = epsilon * Double(n - 2) / Double(n)
        let logTerm = vd > 2 ? Double(Int(log2Floor(vd - 2)) + 1) : 1
        // Riondato–Kornaropoulos' sample size for failure probability p.
        func sampleSize(failure p: Double) -> Int {
            Int((0.5 / (epsPrime * epsPrime) * (logTerm + log(1 / p))).rounded(.up))
        }
        let sampler = PathBlockSampler(graph: self, back: reversed(), weighted: useWeights, seed: seed)
        let counts: [Double]
        let tau: Int
        let calibration: Int
        let cap: Int
        switch stopping {
        case .fixed:
            cap = sampleSize(failure: delta)
            calibration = 0
            (counts, tau) = try sampler.sample(cap, firstBlock: 0, threads: threads, control: control)
        case .adaptive:
            cap = sampleSize(failure: delta / 2)
            calibration = max(1, (cap + 99) / 100)
            let (first, _) = try sampler.sample(calibration, firstBlock: 0, threads: threads, control: control)
            let rule = KadabraStoppingRule(
                calibrationCounts: first,
                calibrationSamples: calibration,
                lambda: epsPrime,
                delta: delta,
                omega: cap
            )
            let checkBlocks = max(1, (calibration + PathBlockSampler.block - 1) / PathBlockSampler.block)
            (counts, tau) = try sampler.sample(
                cap,
                firstBlock: (calibration + PathBlockSampler.block - 1) / PathBlockSampler.block,
                threads: threads,
                control: control,
                stopAfter: { counts, blocks in
                    blocks % checkBlocks == 0
                        && rule.isMet(counts: counts, samples: min(cap, blocks * PathBlockSampler.block))
                }
            )
        }
        // counts/τ estimates b(v); convert to NetworkX units.
        let scale: Double
        if normalized {
            scale = Double(n) / (Double(n - 2) * Double(tau))
        } else {
            scale = Double(n) * Double(n - 1) / (Double(tau) * (isDirected ? 1 : 2))
        }
        let bound = normalized ? epsilon : epsPrime * Double(n) * Double(n - 1) / (isDirected ? 1 : 2)
        return BetweennessEstimate(
            scores: counts.map { $0 * scale },
            samples: tau,
            calibrationSamples: calibration,
            sampleCap: cap,
            stopping: stopping,
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

private func log2Floor(_ x: Int) -> Int { x <= 1 ? 0 : (Int.bitWidth - 1 - x.leadingZeroBitCount) }
