/// Samples one shortest s–t path of a weighted graph uniformly at random: Dijkstra from s
/// counting shortest paths (σ), then a walk back from t choosing each predecessor u of w with
/// probability σ_su / σ_sw (Riondato & Kornaropoulos 2016, doi:10.1007/s10618-015-0423-0, §4).
///
/// ```swift
/// var sampler = PathSampler(nodeCount: graph.nodeCount)
/// var rng = SplitMix64(seed: 1)
/// var interior: [Int32] = []
/// sampler.samplePath(graph, back: graph.reversed(), from: 0, to: 5, rng: &rng, into: &interior)
/// ```
///
/// - Complexity: O((*V* + *E*) log *V*) per sample; O(*V*) memory per sampler, made once per worker.
struct PathSampler {
    var dijkstra: DijkstraBrandesState

    init(nodeCount n: Int) { dijkstra = DijkstraBrandesState(nodeCount: n) }

    /// Appends the interior nodes of a uniformly chosen shortest s–t path, if any, to `path`
    /// (from the t side towards s). `back` holds the in-arcs of `g` (`g` itself when undirected).
    mutating func samplePath(
        _ g: CSRGraph,
        back: CSRGraph,
        from s: Int,
        to t: Int,
        rng: inout SplitMix64,
        into path: inout [Int32]
    ) {
        defer { dijkstra.reset() }
        dijkstra.shortestPaths(g, from: s)
        guard dijkstra.dist[t].isFinite else { return }
        let d = dijkstra
        Self.walkBack(back, from: t, to: s, sigma: d.sigma, rng: &rng, into: &path) { u, a, w in
            d.dist[u] + back.weight(ofArc: a) == d.dist[w]
        }
    }

    /// Walks a uniformly chosen shortest path back from `t` to `s`, appending each interior
    /// node to `path`: from `w`, the predecessor `u` (an arc `a` of `back` with
    /// `isPredecessor(u, a, w)`) is chosen with probability σ_u / σ_w.
    @inline(__always)
    static func walkBack(
        _ back: CSRGraph,
        from t: Int,
        to s: Int,
        sigma: [Double],
        rng: inout SplitMix64,
        into path: inout [Int32],
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
            path.append(Int32(chosen))
            w = chosen
        }
    }
}
