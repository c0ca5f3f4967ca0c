/// A partition of a graph's nodes into components.
public struct Components: Sendable, Equatable {
    /// Component label of each node: `0..<count`, numbered in order of each
    /// component's smallest node index.
    public let label: [Int32]
    /// Number of components.
    public let count: Int

    /// Sizes of the components, by label.
    public var sizes: [Int] {
        var s = [Int](repeating: 0, count: count)
        for l in label { s[Int(l)] += 1 }
        return s
    }
}

extension CSRGraph {
    /// Connected components (weakly connected ones when directed: arc directions
    /// are ignored).
    ///
    /// Matches `networkx.connected_components` / `weakly_connected_components`.
    /// Union–find with path halving and union by index, which needs no reverse
    /// arcs for directed graphs.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("c", "d")] { try builder.addEdge(u, v) }
    /// builder.addNode("e")
    /// let components = try builder.build().weaklyConnectedComponents()  // label [0, 0, 1, 1, 2], count 3
    /// ```
    ///
    /// - Complexity: O(*E* α(*V*)) time, O(*V*) extra space.
    public func weaklyConnectedComponents() -> Components {
        let n = nodeCount
        // The union–find forest: parent[v] starts as v itself.
        let forest = UnsafeScratch { a in a.buffer(copying: (0..<Int32(n)).map { $0 }) }
        return forest.update { p in
            withBuffers { g in
                @inline(__always) func find(_ x: Int32) -> Int32 {
                    var x = x
                    while p[Int(x)] != x {
                        let gp = p[Int(p[Int(x)])]
                        p[Int(x)] = gp
                        x = gp
                    }
                    return x
                }
                for u in 0..<n {
                    for a in g.offsets[u]..<g.offsets[u + 1] {
                        let v = g.targets[a]
                        // Undirected arcs appear twice; one direction is enough.
                        if !isDirected && Int(v) < u { continue }
                        let ru = find(Int32(u))
                        let rv = find(v)
                        if ru != rv {
                            if ru < rv { p[Int(rv)] = ru } else { p[Int(ru)] = rv }
                        }
                    }
                }
                for i in 0..<n { _ = find(Int32(i)) }
            }
            // Roots are the smallest index of their component; relabel densely.
            var label = [Int32](repeating: -1, count: n)
            var count: Int32 = 0
            for i in 0..<n {
                let r = Int(p[i])
                if r == i {
                    label[i] = count
                    count += 1
                } else {
                    label[i] = label[r]
                }
            }
            return Components(label: label, count: Int(count))
        }
    }

    /// Strongly connected components of a directed graph (the connected ones
    /// when undirected).
    ///
    /// Matches `networkx.strongly_connected_components`. Tarjan 1972
    /// (doi:10.1137/0201010), iterative so deep graphs do not overflow the stack.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "a"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let components = try builder.build().stronglyConnectedComponents()  // label [0, 0, 1], count 2
    /// ```
    ///
    /// - Complexity: O(*V* + *E*) time, O(*V*) extra space.
    public func stronglyConnectedComponents() -> Components {
        guard isDirected else { return weaklyConnectedComponents() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var comp = [Int32](repeating: -1, count: n)
        var callStack: [(node: Int32, arc: Int)] = []
        var counter: Int32 = 0
        var compCount: Int32 = 0
        for s in 0..<n where index[s] < 0 {
            callStack.append((Int32(s), offsets[s]))
            index[s] = counter
            low[s] = counter
            counter += 1
            stack.append(Int32(s))
            onStack[s] = true
            while let top = callStack.last {
                let u = Int(top.node)
                if top.arc < offsets[u + 1] {
                    callStack[callStack.count - 1].arc += 1
                    let v = Int(targets[top.arc])
                    if index[v] < 0 {
                        index[v] = counter
                        low[v] = counter
                        counter += 1
                        stack.append(Int32(v))
                        onStack[v] = true
                        callStack.append((Int32(v), offsets[v]))
                    } else if onStack[v] {
                        low[u] = min(low[u], index[v])
                    }
                } else {
                    callStack.removeLast()
                    if let parent = callStack.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[u]) }
                    if low[u] == index[u] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            comp[Int(w)] = compCount
                            if Int(w) == u { break }
                        }
                        compCount += 1
                    }
                }
            }
        }
        // Renumber by smallest member index, as for weak components.
        var remap = [Int32](repeating: -1, count: Int(compCount))
        var next: Int32 = 0
        var label = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let c = Int(comp[i])
            if remap[c] < 0 {
                remap[c] = next
                next += 1
            }
            label[i] = remap[c]
        }
        return Components(label: label, count: Int(compCount))
    }
}
