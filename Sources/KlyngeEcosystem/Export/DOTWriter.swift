import KlyngeGraph

/// `s` as a DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
/// A name like `Evil" ]; x [label="` stays one string.
public func dotQuoted(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
        switch ch {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": continue
        default: out.unicodeScalars.append(ch)
        }
    }
    return out + "\""
}

extension Ecosystem {
    /// Graphviz DOT of the collaboration graph: a node per member (quoted id,
    /// label = name, kind and primary cluster as attributes), an edge per tie with
    /// its weight. Deterministic: nodes in dataset order, edges by index.
    /// - Complexity: O(V + E).
    func dot(_ g: CSRGraph) -> String {
        var out = "graph \(dotQuoted(name)) {\n"
        if isSynthetic { out += "  // \(syntheticNotice)\n" }
        for v in 0..<g.nodeCount {
            let m = members[v]
            out += "  \(dotQuoted(m.id)) [label=\(dotQuoted(m.name)), kind=\(dotQuoted(m.kind.rawValue))"
            if let c = m.clusters.first { out += ", cluster=\(dotQuoted(c))" }
            out += "];\n"
        }
        for (u, v, w) in undirectedEdges(g) {
            out += "  \(dotQuoted(g.nodes[u])) -- \(dotQuoted(g.nodes[v])) [weight=\(numberText(w))];\n"
        }
        return out + "}\n"
    }
}
