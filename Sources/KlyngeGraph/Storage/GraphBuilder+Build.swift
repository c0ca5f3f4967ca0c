extension GraphBuilder {
    /// Freezes the collected edges into a ``CSRGraph``, on every core for large graphs.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: true, duplicates: .keepLast)
    /// try builder.addEdge("Oslo", "Bergen", weight: 2)
    /// try builder.addEdge("Oslo", "Bergen", weight: 3)
    /// let graph = try builder.build()  // 1 arc, weight 3
    /// ```
    ///
    /// - Throws: ``GraphError/tooLarge`` past 2³¹ − 1 nodes or arcs.
    /// - Complexity: O(*V* + *E* log *d*) time, *d* the largest degree; O(*V* + *E*) extra space.
    public func build() throws(GraphError) -> CSRGraph { try build(threads: nil) }

    /// Freezes the collected edges into a ``CSRGraph`` on `threads` workers (nil: every core).
    /// The graph is the same for any number of workers.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// try builder.addEdge("a", "b")
    /// let graph = try builder.build(threads: 1)
    /// ```
    ///
    /// - Parameter threads: worker count (nil: every core); small graphs use one.
    /// - Throws: ``GraphError/tooLarge`` past 2³¹ − 1 nodes or arcs.
    /// - Complexity: O(*V* · workers + *E* log *d*) time spread over the workers, *d* the largest
    ///   degree; O(*V* · workers + *E*) extra space.
    public func build(threads: Int?) throws(GraphError) -> CSRGraph {
        try build(threads: threads, edgesPerWorker: 1 << 18)
    }

    /// The build, with at least `edgesPerWorker` edges per worker (the tests make it 1).
    ///
    /// A counting sort of the arcs by tail, stable in insertion order: the edges are cut into
    /// one contiguous run per worker; each run counts its arcs per node, the counts give every
    /// run its first slot in each node's list (runs in edge order), and the runs scatter their
    /// arcs in parallel, so each list holds its arcs in insertion order, as a serial pass puts
    /// them. Then each list is sorted by head (stably, so "first" is the first added) and its
    /// duplicates merged inside its own stretch, in parallel over node ranges of about equal
    /// arc counts; the lists are copied together only when a merge shortened one.
    func build(threads: Int?, edgesPerWorker: Int) throws(GraphError) -> CSRGraph {
        let n = nodes.count
        let m = tails.count
        let directed = isDirected
        let weighted = isWeighted
        let arcs = directed ? m : 2 * m
        guard n < Int(Int32.max), arcs < Int(Int32.max) else { throw .tooLarge }
        let workers = max(1, min(threads ?? defaultThreadCount, m / max(1, edgesPerWorker)))
        let (tails, heads, edgeWeights) = (self.tails, self.heads, self.edgeWeights)
        let run = (m + workers - 1) / max(1, workers)
        // Per run: the arcs it holds per node, turned below into its first slot per node.
        var firstSlots = [[Int32]](repeating: [], count: workers)
        firstSlots.withParallelSlots { slots in
            parallelChunks(count: workers, threads: threads, minChunk: 1) { runs in
                for r in runs {
                    var count = [Int32](repeating: 0, count: n)
                    for e in min(m, r * run)..<min(m, (r + 1) * run) {
                        count[Int(tails[e])] += 1
                        if !directed { count[Int(heads[e])] += 1 }
                    }
                    slots[r] = count
                }
            }
        }
        var offsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
        for u in 0..<n {
            var at = offsets[u]
            for r in 0..<workers {
                let k = Int(firstSlots[r][u])
                firstSlots[r][u] = Int32(at)
                at += k
            }
            offsets[u + 1] = at
        }
        var tg = ContiguousArray<Int32>(repeating: 0, count: arcs)
        var wt = ContiguousArray<Double>(repeating: 0, count: weighted ? arcs : 0)
        let starts = firstSlots
        firstSlots = []
        tg.withParallelSlots { t in
            wt.withParallelSlots { w in
                parallelChunks(count: workers, threads: threads, minChunk: 1) { runs in
                    for r in runs {
                        var next = starts[r]
                        for e in min(m, r * run)..<min(m, (r + 1) * run) {
                            let u = Int(tails[e])
                            let v = Int(heads[e])
                            t[Int(next[u])] = Int32(v)
                            if weighted { w[Int(next[u])] = edgeWeights[e] }
                            next[u] += 1
                            if !directed {
                                t[Int(next[v])] = Int32(u)
                                if weighted { w[Int(next[v])] = edgeWeights[e] }
                                next[v] += 1
                            }
                        }
                    }
                }
            }
        }
        // Node ranges of about arcs / workers arcs each.
        var bounds = [0]
        for k in 1..<workers {
            var u = bounds[bounds.count - 1]
            while u < n && offsets[u] < arcs * k / workers { u += 1 }
            bounds.append(u)
        }
        bounds.append(n)
        let nodeRanges = bounds
        var lengths = [Int](repeating: 0, count: n)
        let frozenOffsets = offsets
        let policy = duplicates
        tg.withParallelSlots { t in
            wt.withParallelSlots { w in
                lengths.withParallelSlots { len in
                    parallelChunks(count: nodeRanges.count - 1, threads: threads, minChunk: 1) { ranges in
                        var merger = ListMerger()
                        for k in ranges {
                            for u in nodeRanges[k]..<nodeRanges[k + 1] {
                                let list = frozenOffsets[u]..<frozenOffsets[u + 1]
                                len[u] = merger.sortAndMerge(t.slice(list), weighted ? w.slice(list) : nil, policy)
                            }
                        }
                    }
                }
            }
        }
        var newOffsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
        for u in 0..<n { newOffsets[u + 1] = newOffsets[u] + lengths[u] }
        let total = newOffsets[n]
        if total == arcs {
            return CSRGraph(isDirected: directed, offsets: newOffsets, targets: tg, weights: wt, nodes: nodes)
        }
        // Some lists shrank: copy each list's kept prefix down to its new place.
        var tg2 = ContiguousArray<Int32>(repeating: 0, count: total)
        var wt2 = ContiguousArray<Double>(repeating: 0, count: weighted ? total : 0)
        let (oldTargets, oldWeights, packed) = (tg, wt, newOffsets)
        tg2.withParallelSlots { t in
            wt2.withParallelSlots { w in
                parallelChunks(count: nodeRanges.count - 1, threads: threads, minChunk: 1) { ranges in
                    for k in ranges {
                        for u in nodeRanges[k]..<nodeRanges[k + 1] {
                            let from = frozenOffsets[u]
                            for i in 0..<packed[u + 1] - packed[u] {
                                t[packed[u] + i] = oldTargets[from + i]
                                if weighted { w[packed[u] + i] = oldWeights[from + i] }
                            }
                        }
                    }
                }
            }
        }
        return CSRGraph(isDirected: directed, offsets: newOffsets, targets: tg2, weights: wt2, nodes: nodes)
    }
}

/// Sorts one adjacency list by head and merges repeated heads, in place; one per worker
/// (its buffers are reused from list to list).
private struct ListMerger {
    var perm: [Int] = []
    var scratchHeads: [Int32] = []
    var scratchWeights: [Double] = []

    /// Sorts `heads` (and `weights` alongside, stably) and merges repeats at the front by
    /// `policy`; returns the merged length.
    mutating func sortAndMerge(
        _ heads: UnsafeMutableBufferPointer<Int32>,
        _ weights: UnsafeMutableBufferPointer<Double>?,
        _ policy: DuplicateEdgePolicy
    ) -> Int {
        let count = heads.count
        var sorted = true
        if count > 1 {
            for a in 1..<count where heads[a - 1] >= heads[a] {
                sorted = false
                break
            }
        }
        if sorted { return count }  // strictly increasing: no duplicates
        guard let weights else {
            // Unweighted: sort the heads, then keep the first of each run.
            var list = heads
            list.sort()
            var out = 0
            var last: Int32 = -1
            for a in 0..<count where heads[a] != last {
                last = heads[a]
                heads[out] = last
                out += 1
            }
            return out
        }
        // Weighted: a stable sort by head (so "first" is the first added), then merge.
        perm.removeAll(keepingCapacity: true)
        perm.append(contentsOf: 0..<count)
        perm.sort { heads[$0] != heads[$1] ? heads[$0] < heads[$1] : $0 < $1 }
        scratchHeads.removeAll(keepingCapacity: true)
        scratchWeights.removeAll(keepingCapacity: true)
        for p in perm {
            scratchHeads.append(heads[p])
            scratchWeights.append(weights[p])
        }
        var out = 0
        var i = 0
        while i < scratchHeads.count {
            var w = scratchWeights[i]
            var j = i + 1
            while j < scratchHeads.count, scratchHeads[j] == scratchHeads[i] {
                switch policy {
                case .sumWeights: w += scratchWeights[j]
                case .keepFirst: break
                case .keepLast: w = scratchWeights[j]
                }
                j += 1
            }
            heads[out] = scratchHeads[i]
            weights[out] = w
            out += 1
            i = j
        }
        return out
    }
}
