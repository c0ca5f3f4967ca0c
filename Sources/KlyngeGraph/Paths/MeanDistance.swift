/// The mean shortest-path length between the nodes of a connected set, exact or estimated
/// from sampled sources with its standard error.
public struct MeanDistance: Sendable, Equatable {
    /// The mean number of steps over ordered pairs of distinct nodes (an estimate when sampled).
    public let value: Double
    /// The estimate's standard error (0 when exact); `value ± 1.96 · standardError` is an
    /// approximate 95 % interval.
    public let standardError: Double
    /// How many source nodes were sampled, or nil when every node was a source (exact).
    public let sampledSources: Int?

    public init(value: Double, standardError: Double = 0, sampledSources: Int? = nil) {
        self.value = value
        self.standardError = standardError
        self.sampledSources = sampledSources
    }

    /// `true` when every node was a source.
    public var isExact: Bool { sampledSources == nil }
}

extension CSRGraph {
    /// The mean shortest-path length (in hops) within `component`, a connected component of
    /// this undirected graph: `a = Σ_{s ≠ t} d(s, t) / (c (c − 1))` over its *c* nodes.
    ///
    /// Exact (a breadth-first search from every node, 64 at a time, as
    /// ``closeness(weighted:wfImproved:threads:control:)``) when `c ≤ exactLimit`; it then
    /// matches `networkx.average_shortest_path_length(G.subgraph(component))`. Larger
    /// components are estimated from `samples` sources drawn uniformly without replacement
    /// with `seed`: the mean of the sources' own mean distances `d̄_s = Σ_t d(s, t) / (c − 1)`,
    /// an unbiased estimate of `a`, with standard error
    /// `s / √k · √(1 − k / c)`, *s* the sample standard deviation of the `d̄_s` (simple random
    /// sampling without replacement, Cochran 1977, *Sampling Techniques*, 3rd ed., §2.5).
    ///
    /// Example: the path a – b – c has distances 1, 1 and 2 between its three pairs: mean 4/3.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let mean = try graph.meanDistance(within: [0, 1, 2])  // value 1.333…, exact
    /// ```
    ///
    /// - Parameters:
    ///   - component: the nodes of one connected component (``weaklyConnectedComponents()``).
    ///   - exactLimit: the largest component computed exactly.
    ///   - samples: sources sampled above `exactLimit` (at most `c`).
    ///   - seed: the sampling seed.
    ///   - threads: worker count (nil: every core); the result is the same for any value.
    ///   - control: progress and cancellation.
    /// - Returns: the mean, or nil when the component has fewer than two nodes (no pair).
    /// - Throws: `CancellationError` when cancelled.
    /// - Precondition: the graph is undirected.
    /// - Complexity: O(*c* · *E* / 64 · *D*) time exact (*D*: levels), O(*k* · *E* / 64 · *D*)
    ///   sampled; O(*threads* · *V*) extra space.
    public func meanDistance(
        within component: [Int],
        exactLimit: Int = 20_000,
        samples: Int = 1_000,
        seed: UInt64 = 42,
        threads: Int? = nil,
        control: ComputeControl? = nil
    ) throws(CancellationError) -> MeanDistance? {
        precondition(!isDirected, "meanDistance(within:) needs an undirected graph")
        let c = component.count
        guard c >= 2 else { return nil }
        if c <= exactLimit {
            let sums = try distanceSums(sources: component, weighted: false, threads: threads, control: control)
            let total = sums.reduce(0.0) { $0 + $1.total }
            return MeanDistance(value: total / (Double(c) * Double(c - 1)))
        }
        let k = max(2, min(samples, c))
        var rng = SplitMix64(seed: seed)
        var pool = component
        pool.seededSample(prefix: k, using: &rng)
        let sources = Array(pool[..<k]).sorted()
        let means = try distanceSums(sources: sources, weighted: false, threads: threads, control: control)
            .map { $0.total / Double(c - 1) }
        let mean = means.reduce(0, +) / Double(k)
        let variance = means.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(k - 1)
        let correction = Double(c - k) / Double(c)
        return MeanDistance(
            value: mean,
            standardError: (variance / Double(k) * correction).squareRoot(),
            sampledSources: k
        )
    }
}
