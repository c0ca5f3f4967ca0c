extension CSRGraph {
    /// The leading eigenvector of an undirected graph's adjacency matrix, component by component
    /// (the default of ``eigenvector(maxIterations:tolerance:weighted:)`` on undirected graphs).
    ///
    /// One component: its Perron vector (`PerronLanczos`). Several: each component that can
    /// reach the largest λ₁ is solved alone (a component whose largest strength, an upper bound on
    /// its λ₁, is below the best λ₁ found cannot); the components whose λ₁ is within
    /// 10⁻¹² · max(1, λ₁) of the largest keep their Perron vector times its sum (the uniform start
    /// vector's share, the power iteration's limit), every other node gets 0, and the whole is
    /// scaled to unit norm.
    ///
    /// - Complexity: the Lanczos solves of the components it does not skip; O(*V* + *E*) more.
    func leadingEigenvector(weighted: Bool, maxProducts: Int?) throws(GraphError) -> [Double] {
        let n = nodeCount
        let components = weaklyConnectedComponents()
        if components.count == 1 {
            let outcome = withBuffers { b in
                let solver = PerronLanczos(
                    offsets: b.offsets,
                    targets: b.targets,
                    weights: weighted ? b.weights : UnsafeBufferPointer(start: nil, count: 0)
                )
                return Result { () throws(GraphError) in try solver.solve(maxProducts: maxProducts ?? 100_000 + 10 * n)
                }
            }
            return try outcome.get().vector
        }
        // Members of each component in index order; components largest first (ties by label).
        var members = [[Int]](repeating: [], count: components.count)
        for v in 0..<n { members[Int(components.label[v])].append(v) }
        let order = members.indices.sorted {
            members[$0].count > members[$1].count || (members[$0].count == members[$1].count && $0 < $1)
        }
        var strength = [Double](repeating: 0, count: n)
        for v in 0..<n { for a in arcRange(v) { strength[v] += weighted ? weights[a] : 1 } }
        var local = [Int32](repeating: -1, count: n)
        var best = -Double.infinity
        var solved: [(component: Int, value: Double, vector: [Double])] = []
        func tie(_ value: Double) -> Double { 1e-12 * max(1, abs(value)) }
        for c in order {
            let nodes = members[c]
            let bound = nodes.map { strength[$0] }.max() ?? 0
            if bound < best - tie(best) { continue }
            for (i, v) in nodes.enumerated() { local[v] = Int32(i) }
            var offsets = [Int](repeating: 0, count: nodes.count + 1)
            var targets: [Int32] = []
            var arcWeights: [Double] = []
            for (i, v) in nodes.enumerated() {
                for a in arcRange(v) {
                    targets.append(local[target(ofArc: a)])
                    if weighted { arcWeights.append(weights[a]) }
                }
                offsets[i + 1] = targets.count
            }
            let cap = maxProducts ?? 100_000 + 10 * nodes.count
            let outcome = offsets.withUnsafeBufferPointer { o in
                targets.withUnsafeBufferPointer { t in
                    arcWeights.withUnsafeBufferPointer { w in
                        Result { () throws(GraphError) in
                            try PerronLanczos(offsets: o, targets: t, weights: w).solve(maxProducts: cap)
                        }
                    }
                }
            }
            let solution = try outcome.get()
            best = max(best, solution.value)
            solved.append((c, solution.value, solution.vector))
        }
        var x = [Double](repeating: 0, count: n)
        var squares = 0.0
        for (c, value, vector) in solved where value >= best - tie(best) {
            var share = 0.0
            for v in vector { share += v }
            for (i, v) in members[c].enumerated() {
                x[v] = share * vector[i]
                squares += x[v] * x[v]
            }
        }
        let norm = squares.squareRoot()
        for v in 0..<n { x[v] /= norm }
        return x
    }
}
