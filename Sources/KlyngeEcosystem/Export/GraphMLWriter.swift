import KlyngeGraph

extension Ecosystem {
    /// GraphML 1.0: one `<key>` per member attribute (typed), a `weight` key on
    /// edges; nodes are members, edges the collaboration ties. GraphML ids must be
    /// XML name tokens: node ids are the member ids when every one is a token, else
    /// `n0`, `n1`, … in dataset order; the member id is always in `member_id` and the
    /// name in `label` (the attribute Gephi shows).
    /// Deterministic: nodes in dataset order, edges by (source, target) index.
    /// - Complexity: O(V · attributes + E).
    func graphML(_ g: CSRGraph) -> String {
        let cols =
            [
                ("label", "string", members.map { Optional($0.name) }),
                ("member_id", "string", members.map { Optional($0.id) }),
            ] + memberAttributeColumns()
        let useIds = g.nodes.ids.allSatisfy(isNameToken)
        func nodeID(_ v: Int) -> String { useIds ? Escape.xml(g.nodes[v]) : "n\(v)" }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (i, c) in cols.enumerated() {
            out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(Escape.xml(c.name))\" attr.type=\"\(c.type)\"/>\n"
        }
        out += "  <key id=\"e0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        out += "  <graph id=\"collaboration\" edgedefault=\"undirected\">\n"
        out +=
            "    <desc>\(Escape.xml(name)): member collaboration graph\(isSynthetic ? " (" + syntheticNotice + ")" : "")</desc>\n"
        for v in 0..<g.nodeCount {
            out += "    <node id=\"\(nodeID(v))\">\n"
            for (i, c) in cols.enumerated() {
                if let value = c.values[v] { out += "      <data key=\"n\(i)\">\(Escape.xml(value))</data>\n" }
            }
            out += "    </node>\n"
        }
        for (k, (u, v, w)) in undirectedEdges(g).enumerated() {
            out +=
                "    <edge id=\"e\(k)\" source=\"\(nodeID(u))\" target=\"\(nodeID(v))\"><data key=\"e0\">\(numberText(w))</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

/// `true` when `s` is an XML name token (xs:NMTOKEN): letters, digits, `.`, `-`,
/// `_`, `:` and combining marks. Conservative: a few exotic XML name characters
/// are refused, which only makes the writer fall back to generated ids.
func isNameToken(_ s: String) -> Bool {
    !s.isEmpty
        && s.unicodeScalars.allSatisfy { u in
            u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "." || u == "-" || u == "_" || u == ":"
                || u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .decimalNumber
        }
}
