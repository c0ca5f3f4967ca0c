extension CSRGraph {
    /// Personalised PageRank from one node by forward push (Andersen, Chung & Lang 2006,
    /// "Local graph partitioning using PageRank vectors"): the random walker follows ties
    /// in proportion to their weight (when `weighted`) and jumps back to `source` with
    /// probability 1 − `alpha`.
    ///
    /// The result p satisfies |p(v) − PPR(v)| ≤ `epsilon` · d(v) for every node, where PPR
    /// is `networkx.pagerank(G, alpha, personalization={source: 1})` (dangling nodes
    /// return the walker to the source, as NetworkX's default does with a personalisation).
    /// Work is local: O(1 / (ε (1 − α))) pushes whatever the graph's size, which is what
    /// lets matching answer in milliseconds on large graphs.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let proximity = graph.personalizedPageRank(from: 0)  // ≈ [0.345, 0.459, 0.195]
    /// ```
    ///
    /// - Returns: every node's score, indexed by node (0 for nodes the push never reached).
    /// - Complexity: O(1 / (ε (1 − α))) pushes plus O(n) to allocate the dense vectors.
    public func personalizedPageRank(
        from source: Int,
        alpha: Double = 0.85,
        epsilon: Double = 1e-6,
        weighted: Bool = false
    ) -> [Double] {
        let useWeights = weighted && isWeighted
        var strength = [Double](repeating: -1, count: useWeights ? nodeCount : 0)
        func out(_ v: Int) -> Double {
            if !useWeights { return Double(degree(v)) }
            if strength[v] < 0 { strength[v] = arcRange(v).reduce(0) { $0 + weights[$1] } }
            return strength[v]
        }
        var p = [Double](repeating: 0, count: nodeCount)
        if out(source) == 0 {
            p[source] = 1
            return p
        }  // the walker never leaves
        var r = [Double](repeating: 0, count: nodeCount)
        var queued = [Bool](repeating: false, count: nodeCount)
        r[source] = 1
        var queue = [source]
        queued[source] = true
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            queued[u] = false
            let ru = r[u]
            let du = out(u)
            if du == 0 {
                // Dangling: the walker teleports, so the whole residual settles here and returns to the source.
                p[u] += (1 - alpha) * ru
                r[u] = 0
                if u != source {
                    r[source] += alpha * ru
                    if !queued[source] {
                        queued[source] = true
                        queue.append(source)
                    }
                }
                continue
            }
            guard ru >= epsilon * du else { continue }
            p[u] += (1 - alpha) * ru
            r[u] = 0
            let share = alpha * ru / du
            for a in arcRange(u) {
                let v = target(ofArc: a)
                let rv = r[v] + share * (useWeights ? weights[a] : 1)
                r[v] = rv
                if !queued[v] && rv >= epsilon * out(v) && out(v) > 0 {
                    queued[v] = true
                    queue.append(v)
                }
            }
            if head > 1 << 16 {
                queue.removeFirst(head)
                head = 0
            }
        }
        return p
    }
}
