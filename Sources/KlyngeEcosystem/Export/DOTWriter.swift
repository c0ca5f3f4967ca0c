import KlyngeGraph

extension Ecosystem {
    /// Graphviz DOT of the collaboration graph: a node per member (quoted id,
    /// label = name, kind and primary cluster as attributes), an edge per tie with
    /// its weight. Deterministic: nodes in dataset order, edges by index.
    /// - Complexity: O(V + E).
    func dot(_ g: CSRGraph) -> String {
        var out = "graph \(Escape.dotID(name)) {\n"
        if isSynthetic { out += "  // \(syntheticNotice)\n" }
        for v in 0..<g.nodeCount {
            let m = members[v]
            out += "  \(Escape.dotID(m.id)) [label=\(Escape.dotID(m.name)), kind=\(Escape.dotID(m.kind.rawValue))"
            if let c = m.clusters.first { out += ", cluster=\(Escape.dotID(c))" }
            out += "];\n"
        }
        for (u, v, w) in undirectedEdges(g) {
            out += "  \(Escape.dotID(g.nodes[u])) -- \(Escape.dotID(g.nodes[v])) [weight=\(numberText(w))];\n"
        }
        return out + "}\n"
    }
}
