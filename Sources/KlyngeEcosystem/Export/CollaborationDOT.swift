import KlyngeGraph

extension Ecosystem {
    /// Graphviz DOT of the collaboration graph: a node per member (quoted id,
    /// label = name, kind and primary cluster as attributes), an edge per tie with
    /// its weight. Deterministic: nodes in dataset order, edges by index.
    /// - Complexity: O(V + E).
    func dot(_ g: CSRGraph) -> String {
        var dot = DOTWriter(name: name)
        if isSynthetic { dot.comment(syntheticNotice) }
        for v in 0..<g.nodeCount {
            let m = members[v]
            var attributes = ["label=\(Escape.dotID(m.name))", "kind=\(Escape.dotID(m.kind.rawValue))"]
            if let c = m.clusters.first { attributes.append("cluster=\(Escape.dotID(c))") }
            dot.node(m.id, attributes)
        }
        for (u, v, w) in undirectedEdges(g) { dot.edge(g.nodes[u], g.nodes[v], ["weight=\(numberText(w))"]) }
        return dot.text
    }
}
