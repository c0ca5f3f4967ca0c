import KlyngeGraph

/// A closed span of calendar days, `start` and `end` included, as GEXF's `<spell>` with
/// `timeformat="date"` reads it (GEXF 1.2 dynamics: a spell without `startopen`/`endopen`
/// includes both bounds). Days are `yyyymmdd` numbers, so they compare as dates.
struct DaySpell: Equatable, Sendable {
    var start: Int
    var end: Int

    /// The first day a partial date can mean: `2019` is 2019-01-01, `2019-05` is 2019-05-01.
    static func firstDay(_ d: PartialDate) -> Int { d.year * 10_000 + (d.month ?? 1) * 100 + (d.day ?? 1) }

    /// The last day a partial date can mean: `2019` is 2019-12-31, `2020-02` is 2020-02-29.
    static func lastDay(_ d: PartialDate) -> Int {
        let month = d.month ?? 12
        return d.year * 10_000 + month * 100 + (d.day ?? PartialDate.daysIn(month: month, year: d.year))
    }

    /// The days a project runs: from the first day of its start to the last day of its end, or
    /// to the last day of its start year when it has no end (a project runs in its start year
    /// alone then, as ``Ecosystem/runningYears(of:)`` counts it); nil when its start is unknown.
    static func running(_ p: Project) -> DaySpell? {
        guard let start = p.start else { return nil }
        let first = firstDay(start)
        let last = lastDay(p.end ?? PartialDate(year: start.year))
        return DaySpell(start: first, end: max(first, last))
    }

    /// `yyyy-mm-dd` (xs:date).
    static func text(_ day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(day / 10_000, 4))-\(pad(day / 100 % 100, 2))-\(pad(day % 100, 2))"
    }

    /// The union of `spells` as disjoint spells in time order: spells sharing at least one day
    /// become one (Gephi's interval sets refuse overlapping intervals); spells that only touch
    /// end to start on consecutive days stay apart.
    /// - Complexity: O(*n* log *n*).
    static func union(_ spells: [DaySpell]) -> [DaySpell] {
        var out: [DaySpell] = []
        for s in spells.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = out.last, s.start <= last.end {
                out[out.count - 1].end = max(last.end, s.end)
            } else {
                out.append(s)
            }
        }
        return out
    }
}

/// What a GEXF 1.2 document holds besides the member attributes: the graph element's
/// attributes, the members written as nodes (with their spells), and the ties.
struct GEXFContent {
    /// `mode="static"` or `mode="dynamic" timeformat="date"`, and the edge default.
    var graphAttributes: String
    /// Member indices, in the order written, each with its spells (none in a static graph).
    var nodes: [(member: Int, spells: [DaySpell])]
    /// Ties between member indices (`u < v`), in the order written.
    var edges: [(u: Int, v: Int, weight: Double, spells: [DaySpell])]
}

extension Ecosystem {
    /// GEXF 1.2 (the version of the official schema shipped in Tests; Gephi reads it): node attributes declared in `<attributes class="node">` (types
    /// `string`, `integer`, `double`), each node labelled with the member's name,
    /// edges weighted by collaboration strength.
    /// Deterministic: nodes in dataset order, edges by (source, target) index.
    /// - Complexity: O(V · attributes + E).
    func gexf(_ g: CSRGraph) -> String {
        gexfText(
            GEXFContent(
                graphAttributes: "mode=\"static\" defaultedgetype=\"undirected\"",
                nodes: (0..<g.nodeCount).map { ($0, []) },
                edges: undirectedEdges(g).map { ($0.0, $0.1, $0.2, []) }
            )
        )
    }

    /// The text of a GEXF 1.2 document: `<meta>`, the member attribute declarations, the nodes
    /// (id = member id, label = name, attribute values, spells) and the edges (ids numbered
    /// from 0 in the order given, weights, spells).
    /// - Complexity: O(nodes · attributes + edges + spells).
    func gexfText(_ content: GEXFContent) -> String {
        let cols = memberAttributeColumns()
        func gexfType(_ t: String) -> String { t == "int" ? "integer" : t }
        func spells(_ list: [DaySpell], indent: String) -> String {
            guard !list.isEmpty else { return "" }
            var out = "\(indent)<spells>\n"
            for s in list {
                out += "\(indent)  <spell start=\"\(DaySpell.text(s.start))\" end=\"\(DaySpell.text(s.end))\"/>\n"
            }
            return out + "\(indent)</spells>\n"
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2 http://www.gexf.net/1.2/gexf.xsd" version="1.2">
              <meta>
                <creator>Klynge</creator>
                <description>\(Escape.xml(name)): member collaboration graph\(isSynthetic ? " (" + syntheticNotice + ")" : "")</description>
              </meta>
              <graph \(content.graphAttributes)>
                <attributes class="node">

            """
        for (i, c) in cols.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(Escape.xml(c.name))\" type=\"\(gexfType(c.type))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for (v, nodeSpells) in content.nodes {
            out +=
                "      <node id=\"\(Escape.xml(members[v].id))\" label=\"\(Escape.xml(members[v].name))\">\n        <attvalues>\n"
            for (i, c) in cols.enumerated() {
                if let value = c.values[v] {
                    out += "          <attvalue for=\"\(i)\" value=\"\(Escape.xml(value))\"/>\n"
                }
            }
            out += "        </attvalues>\n" + spells(nodeSpells, indent: "        ") + "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, e) in content.edges.enumerated() {
            let tag =
                "      <edge id=\"\(k)\" source=\"\(Escape.xml(members[e.u].id))\" target=\"\(Escape.xml(members[e.v].id))\" weight=\"\(numberText(e.weight))\""
            if e.spells.isEmpty {
                out += tag + "/>\n"
            } else {
                out += tag + ">\n" + spells(e.spells, indent: "        ") + "      </edge>\n"
            }
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
