import KlyngeGraph

extension Ecosystem {
    /// GEXF 1.2 (the version of the official schema shipped in Tests; Gephi reads it): node attributes declared in `<attributes class="node">` (types
    /// `string`, `integer`, `double`), each node labelled with the member's name,
    /// edges weighted by collaboration strength.
    /// Deterministic: nodes in dataset order, edges by (source, target) index.
    /// - Complexity: O(V · attributes + E).
    func gexf(_ g: CSRGraph) -> String {
        let cols = memberAttributeColumns()
        func gexfType(_ t: String) -> String { t == "int" ? "integer" : t }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2 http://www.gexf.net/1.2/gexf.xsd" version="1.2">
              <meta>
                <creator>Klynge</creator>
                <description>\(Escape.xml(name)): member collaboration graph\(isSynthetic ? " (" + syntheticNotice + ")" : "")</description>
              </meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">

            """
        for (i, c) in cols.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(Escape.xml(c.name))\" type=\"\(gexfType(c.type))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for v in 0..<g.nodeCount {
            out +=
                "      <node id=\"\(Escape.xml(g.nodes[v]))\" label=\"\(Escape.xml(members[v].name))\">\n        <attvalues>\n"
            for (i, c) in cols.enumerated() {
                if let value = c.values[v] {
                    out += "          <attvalue for=\"\(i)\" value=\"\(Escape.xml(value))\"/>\n"
                }
            }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, (u, v, w)) in undirectedEdges(g).enumerated() {
            out +=
                "      <edge id=\"\(k)\" source=\"\(Escape.xml(g.nodes[u]))\" target=\"\(Escape.xml(g.nodes[v]))\" weight=\"\(numberText(w))\"/>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
