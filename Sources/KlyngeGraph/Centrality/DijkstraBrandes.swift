import HeapModule

/// Per-worker buffers of the single-source weighted Brandes pass
/// (`networkx` `_single_source_dijkstra_path_basic` + `_accumulate_basic`).
///
/// Invariant between sources: `dist` is +∞ and `sigma`, `delta` are 0 at every
/// node; each pass resets exactly the nodes it settled.
struct DijkstraBrandesState {
    var dist: [Double]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int32] = []
    var heap = Heap<DistanceEntry>()

    init(nodeCount n: Int) {
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
    }

    /// Settles every node reachable from `s` in order of distance, counting
    /// shortest paths. Weights are positive, so a node's predecessors all settle
    /// before it and its σ is final when it is popped.
    mutating func shortestPaths(_ g: CSRGraph, from s: Int) {
        order.removeAll(keepingCapacity: true)
        dist[s] = 0
        sigma[s] = 1
        heap.insert(DistanceEntry(0, Int32(s)))
        while let e = heap.popMin() {
            let v = Int(e.node)
            if e.distance > dist[v] { continue }  // stale entry (lazy deletion)
            order.append(Int32(v))
            let dv = dist[v]
            for a in g.arcRange(v) {
                let w = g.target(ofArc: a)
                let d = dv + g.weight(ofArc: a)
                if d < dist[w] {
                    dist[w] = d
                    sigma[w] = sigma[v]
                    heap.insert(DistanceEntry(d, Int32(w)))
                } else if d == dist[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
    }

    /// Adds source `s`'s dependencies δ_s(v) to `bc` (with NetworkX's endpoint rule when asked).
    /// - Complexity: O((*V* + *E*) log *V*).
    mutating func accumulate(_ g: CSRGraph, source s: Int, endpoints: Bool, into bc: inout [Double]) {
        shortestPaths(g, from: s)
        // Reverse settle order: every DAG successor w of v (dist[v] + ℓ(v, w) == dist[w]) is final before v.
        for e in order.reversed() {
            let v = Int(e)
            let dv = dist[v]
            var sum = 0.0
            for a in g.arcRange(v) {
                let w = g.target(ofArc: a)
                if dv + g.weight(ofArc: a) == dist[w] { sum += (1 + delta[w]) / sigma[w] }
            }
            delta[v] = sigma[v] * sum
        }
        for e in order {
            let v = Int(e)
            if v != s { bc[v] += endpoints ? delta[v] + 1 : delta[v] }
        }
        if endpoints { bc[s] += Double(order.count - 1) }
        reset()
    }

    /// Restores the between-sources invariant for the nodes the last pass settled.
    mutating func reset() {
        for e in order {
            let v = Int(e)
            dist[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
        }
    }
}
