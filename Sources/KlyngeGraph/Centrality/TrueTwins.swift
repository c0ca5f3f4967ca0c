/// Nodes with the same closed neighbourhood (N[u] = N[v], "true twins") grouped, and
/// the quotient graph on the groups. Collaboration graphs have many: every member whose
/// only project is the same one shares that project's clique.
struct TrueTwins {
    /// Class of each node, numbered in order of each class's smallest node.
    let classOf: [Int32]
    /// Members per class.
    let size: [Double]
    /// The quotient graph: one node per class, an edge where any members are tied.
    let quotient: CSRGraph
}

extension CSRGraph {
    /// The true-twin classes of an undirected, unweighted view of this graph.
    /// - Complexity: O(V + E) expected (a hash of each sorted closed neighbourhood,
    ///   checked element by element within a bucket).
    func trueTwinClasses() -> TrueTwins {
        precondition(!isDirected, "true twins are defined here for undirected graphs")
        let n = nodeCount
        func closed(_ v: Int) -> [Int32] {
            var out = Array(neighbors(v))
            let i = out.firstIndex { $0 > Int32(v) } ?? out.count
            if !out.contains(Int32(v)) { out.insert(Int32(v), at: i) }
            return out
        }
        var buckets: [Int: [Int]] = [:]  // hash → class representatives (smallest node)
        var classOf = [Int32](repeating: -1, count: n)
        var reps: [Int] = []
        var size: [Double] = []
        for v in 0..<n {
            let key = closed(v)
            var h = Hasher()
            h.combine(key.count)
            for x in key { h.combine(x) }
            let hash = h.finalize()
            var found = -1
            for r in buckets[hash] ?? [] where degree(r) == degree(v) && closed(r) == key {
                found = Int(classOf[r])
                break
            }
            if found < 0 {
                found = reps.count
                reps.append(v)
                size.append(0)
                buckets[hash, default: []].append(v)
            }
            classOf[v] = Int32(found)
            size[found] += 1
        }
        var b = GraphBuilder(directed: false, weighted: false)
        b.reserve(nodes: reps.count, edges: arcCount / 2)
        for c in reps.indices { _ = b.addNode(String(c)) }
        // Each quotient edge {cu, cv}, cu < cv, is added from cu's representative only: that
        // suffices, as the arcs are undirected and twins share their neighbourhoods (a member
        // of cv is adjacent to rep(cu) exactly when rep(cv) is), and keeps the edges added at
        // most arcCount / 2.
        for u in 0..<n where Int(classOf[u]) < reps.count && reps[Int(classOf[u])] == u {
            for a in arcRange(u) {
                let cu = Int(classOf[u])
                let cv = Int(classOf[target(ofArc: a)])
                // Cannot throw: cu ≠ cv are indices of the reps.count nodes added above, and
                // the weight is the default 1.
                if cu < cv { try! b.addEdge(index: cu, index: cv) }
            }
        }
        // Cannot throw: build() fails only with .tooLarge, and the quotient has at most this
        // graph's nodes and, undirected, at most 2 · (arcCount / 2) arcs before merging.
        return TrueTwins(classOf: classOf, size: size, quotient: try! b.build())
    }
}
