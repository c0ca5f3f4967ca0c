import KlyngeGraph

extension Ecosystem {
    /// `source<TAB>target<TAB>weight` per tie, after a comment naming the dataset and
    /// a header line; ``EdgeListReader`` (and so `klynge centrality`) reads it back
    /// to the same graph. Members without ties are not written (an edge list cannot hold them).
    /// - Throws: ``ExportError`` for an id the format cannot hold (a tab, a line
    ///   break, surrounding spaces, or a leading `#`).
    /// - Complexity: O(V + E).
    func edgeList(_ g: CSRGraph) throws -> String {
        for id in g.nodes.ids {
            let bad =
                id.contains("\t") || id.contains("\n") || id.contains("\r") || id.hasPrefix("#")
                || id.hasPrefix(" ") || id.hasSuffix(" ")
            if bad {
                throw ExportError(
                    description:
                        "member id '\(id)' cannot be written to an edge list (tab, line break, edge space or leading #)"
                )
            }
        }
        var out = "# \(name): member collaboration graph, weight = tie strength\n"
        if isSynthetic { out += "# \(syntheticNotice)\n" }
        out += "source\ttarget\tweight\n"
        for (u, v, w) in undirectedEdges(g) { out += "\(g.nodes[u])\t\(g.nodes[v])\t\(numberText(w))\n" }
        return out
    }
}
