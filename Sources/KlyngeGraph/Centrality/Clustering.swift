extension CSRGraph {
    /// Local clustering coefficient of every node.
    ///
    /// Undirected: `c(u) = 1 / (d(d − 1)) · Σ_{v ≠ w ∈ N(u)} (ŵ_uv ŵ_uw ŵ_vw)^{1/3}`
    /// over ordered neighbour pairs, with ŵ = w / max w when `weighted` and 1
    /// otherwise (so the unweighted value is triangles / possible triangles).
    /// Directed (Fagiolo 2007, doi:10.1103/PhysRevE.76.026107):
    /// `c(u) = T(u) / (2 (d_tot(d_tot − 1) − 2 d_↔))` with
    /// `T(u) = Σ_{v ≠ w} (ŵ_uv^⅓ + ŵ_vu^⅓)(ŵ_uw^⅓ + ŵ_wu^⅓)(ŵ_vw^⅓ + ŵ_wv^⅓)`.
    /// Nodes without triangles get 0.
    ///
    /// Matches `networkx.clustering(G, weight=)`; the weighted form is Onnela et al.
    /// 2005, doi:10.1103/PhysRevE.71.065103.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let coefficients = graph.clustering()  // [1.0, 1.0, 0.333…, 0.0]
    /// ```
    ///
    /// - Complexity: O(Σ_u Σ_{v ∈ N(u)} d(v)) time, O(*V* + *E*) extra space.
    public func clustering(weighted: Bool = false, threads: Int? = nil) -> [Double] {
        let n = nodeCount
        let useWeights = weighted && isWeighted
        let maxW = useWeights ? (weights.max() ?? 1) : 1
        // Symmetric view: s(u, v) = ŵ_uv^⅓ + ŵ_vu^⅓ (directed) or ŵ_uv^⅓ (undirected).
        let sym: CSRGraph
        var cube: [Double] = []
        var bidirectional = [Int](repeating: 0, count: n)
        var totalDegree = [Int](repeating: 0, count: n)
        if isDirected {
            // The symmetric view needs 2 · arcCount arcs before merging (each arc is added as an
            // undirected edge); more than Int32 indices allow is a capacity limit, not bad input.
            precondition(2 * arcCount < Int(Int32.max), "clustering: the symmetric view exceeds 2³¹ − 1 arcs")
            var b = GraphBuilder(directed: false, weighted: true, duplicates: .sumWeights)
            for id in nodes.ids { b.addNode(id) }
            for u in 0..<n {
                for a in arcRange(u) {
                    // ŵ^⅓ with ŵ = w / max w ∈ (0, 1]; the division underflows to 0 only when w is
                    // below 2⁻¹⁰⁷⁴ · max w, and NetworkX's 0 weight there is kept as the least
                    // positive Double, so the edge still counts in the degrees as in NetworkX.
                    let c = useWeights ? Swift.max((weights[a] / maxW).cubeRoot, .leastNonzeroMagnitude) : 1
                    // Both arcs of a reciprocated pair land on one undirected edge: weights add.
                    // Cannot throw: u and its target are indices of the n nodes just added (node ids
                    // are distinct), a self-loop is dropped by the default policy, and c is positive
                    // and finite (at most 1).
                    try! b.addEdge(index: u, index: target(ofArc: a), weight: c)
                }
            }
            // Cannot throw: build() fails only with .tooLarge, and n nodes fit (this graph holds
            // them) as do the 2 · arcCount arcs (checked above).
            sym = try! b.build()
            cube = Array(sym.weights)
            let rev = reversed()
            for u in 0..<n {
                totalDegree[u] = degree(u) + rev.degree(u)
                bidirectional[u] = sym.degree(u) == 0 ? 0 : degree(u) + rev.degree(u) - sym.degree(u)
            }
        } else {
            sym = self
            cube = useWeights ? weights.map { ($0 / maxW).cubeRoot } : []
        }
        let cubes = cube
        let dtot = totalDegree
        let dbi = bidirectional
        let directed = isDirected
        var result = [Double](repeating: 0, count: n)
        // Each node's value is computed whole by one worker, so the result does not depend on `threads`.
        result.parallelFill(
            threads: threads,
            minChunk: 1024,
            scratch: { (mark: [Double](repeating: 0, count: n), isNbr: [Bool](repeating: false, count: n)) }
        ) { u, scratch in
            let ar = sym.arcRange(u)
            let d = ar.count
            if d < 2 { return 0 }
            for a in ar {
                let v = sym.target(ofArc: a)
                scratch.isNbr[v] = true
                scratch.mark[v] = cubes.isEmpty ? 1 : cubes[a]
            }
            var t = 0.0
            for a in ar {
                let v = sym.target(ofArc: a)
                let suv = scratch.mark[v]
                for b in sym.arcRange(v) {
                    let w = sym.target(ofArc: b)
                    if scratch.isNbr[w] { t += suv * scratch.mark[w] * (cubes.isEmpty ? 1 : cubes[b]) }
                }
            }
            for a in ar {
                let v = sym.target(ofArc: a)
                scratch.isNbr[v] = false
            }
            if t == 0 { return 0 }
            if directed {
                let dt = dtot[u]
                let db = dbi[u]
                return t / Double(2 * (dt * (dt - 1) - 2 * db))
            }
            return t / Double(d * (d - 1))
        }
        return result
    }
}

extension Double {
    /// The real cube root (`cbrt`).
    var cubeRoot: Double { self < 0 ? -(-self).cubeRootPositive : cubeRootPositive }
    private var cubeRootPositive: Double {
        if self == 0 { return 0 }
        var y = Foundation_pow(self, 1.0 / 3.0)
        // One Newton step fixes pow's rounding of 1/3.
        y -= (y * y * y - self) / (3 * y * y)
        return y
    }
}

#if canImport(Glibc)
import Glibc
private func Foundation_pow(_ a: Double, _ b: Double) -> Double { Glibc.pow(a, b) }
#else
import Darwin
private func Foundation_pow(_ a: Double, _ b: Double) -> Double { Darwin.pow(a, b) }
#endif
