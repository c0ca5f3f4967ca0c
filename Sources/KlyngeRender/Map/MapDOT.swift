import Foundation
import KlyngeEcosystem
import KlyngeGraph

extension MapDescription {
    /// The map as Graphviz DOT text. Deterministic: nodes sorted by id, edges by
    /// (source, target, label), numbers with at most three decimals, so the same map gives
    /// the same bytes. Every id, label and tooltip is a quoted, escaped DOT string, and the
    /// title and legend an HTML-like label with XML escaping, so any member name draws
    /// as itself. The layout engine and its settings are graph attributes: `dot -Tsvg`
    /// (or any Graphviz tool) draws the file as Klynge does.
    ///
    /// - Complexity: O((V + E) log(V + E)).
    public var dot: String {
        var dot = DOTWriter(name: name)
        dot.defaults(
            .graph,
            "layout=\(layout.rawValue), \(Self.layoutSettings(layout)), outputorder=edgesfirst, "
                + "fontname=\"DejaVu Sans\", labelloc=t, labeljust=l, pad=0.3, bgcolor=white,\n"
                + "         label=<\(legendHTML)>"
        )
        dot.defaults(
            .node,
            "fontname=\"DejaVu Sans\", style=filled, color=\"#444444\", penwidth=0.6, margin=\"0.06,0.03\""
        )
        dot.defaults(.edge, "fontname=\"DejaVu Sans\", fontsize=8, fontcolor=\"#444444\"")
        for node in nodes.sorted(by: { Ranking.idPrecedes($0.id, $1.id) }) {
            dot.node(node.id, Self.attributes(of: node))
        }
        // Undirected: each edge written with its smaller id first, then all sorted.
        let sortedEdges = edges.map { e -> MapEdge in
            var e = e
            if Ranking.idPrecedes(e.target, e.source) { swap(&e.source, &e.target) }
            return e
        }.sorted { bytesPrecede(($0.source, $0.target, $0.label), ($1.source, $1.target, $1.label)) }
        for e in sortedEdges { dot.edge(e.source, e.target, Self.attributes(of: e)) }
        return dot.text
    }

    /// Engine settings for readable maps (measured in Documentation/Graphviz.md):
    /// straight edges always (spline routing does not finish on thousands of edges);
    /// overlap removal by prism, with some space around each node, so labels never overlap.
    static func layoutSettings(_ engine: LayoutEngine) -> String {
        switch engine {
        case .sfdp: "overlap=prism, overlap_scaling=-3, sep=\"+5\", splines=line, K=0.6, repulsiveforce=1.5"
        case .neato, .fdp: "overlap=prism, sep=\"+6\", splines=line, start=1"
        case .dot: "rankdir=LR, splines=line, nodesep=0.15, ranksep=0.6"
        case .circo, .twopi: "overlap=prism, sep=\"+5\", splines=line"
        }
    }

    static func attributes(of n: MapNode) -> [String] {
        var a = ["id=\(Escape.dotID(n.id))"]
        if n.isCaption || n.label.isEmpty {
            a.append("label=\(Escape.graphvizLabel(n.label))")
        } else {
            // The name on a translucent white plate just under a shape of exactly `size`: an
            // empty first row as tall as the shape plus the text pushes the (centred) table's
            // text row below the shape. Overlap removal keeps plates and shapes apart.
            // A label's own line breaks (a long name on two lines) become <BR/>.
            let lines = n.label.split(separator: "\n", omittingEmptySubsequences: false)
            let text = Double(lines.count) * n.fontSize * 1.25 + 2
            let spacer = Int((n.size * 72 + text).rounded())
            let html = lines.map { Escape.graphvizHTMLText(String($0)) }.joined(separator: "<BR/>")
            a.append(
                "label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD HEIGHT=\"\(spacer)\"></TD></TR><TR><TD BGCOLOR=\"#ffffffc8\">\(html)</TD></TR></TABLE>>"
            )
        }
        if !n.tooltip.isEmpty { a.append("tooltip=\(Escape.graphvizTooltip(n.tooltip))") }
        if n.isCaption {
            a.append("shape=plaintext, style=\"\"")
            a.append("fontcolor=\"\(n.fill.first ?? "#333333")\", fontsize=\(number(n.fontSize))")
            return a
        }
        a.append("shape=\(n.shape.rawValue)")
        if n.fill.count > 1, let multi = n.shape.multiFillStyle {
            a.append("style=\(multi), fillcolor=\"\(n.fill.joined(separator: ":"))\"")
        } else {
            a.append("fillcolor=\"\(n.fill.first ?? "#dddddd")\"")
            if n.fill.count > 1, n.highlight == nil { a.append("color=\"\(n.fill[1])\", penwidth=3") }
        }
        if let h = n.highlight { a.append("color=\"\(h)\", penwidth=3.5") }
        a.append("width=\(number(n.size)), height=\(number(n.size))")
        if n.label.isEmpty {
            a.append("fixedsize=true")
        } else {
            a.append("fixedsize=shape, fontsize=\(number(n.fontSize))")
        }
        return a
    }

    static func attributes(of e: MapEdge) -> [String] {
        var a = ["penwidth=\(number(e.width))", "color=\"\(e.color)\""]
        if e.style != .solid { a.append("style=\(e.style.rawValue)") }
        if !e.label.isEmpty { a.append("label=\(Escape.graphvizLabel(e.label))") }
        if !e.tooltip.isEmpty { a.append("tooltip=\(Escape.graphvizTooltip(e.tooltip))") }
        if e.pull != 1 { a.append("weight=\(number(e.pull))") }
        return a
    }

    /// Title, subtitle and legend as one HTML-like table (drawn above the map by any engine).
    var legendHTML: String {
        var rows = [
            "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>\(Escape.graphvizHTMLText(title))</B></FONT></TD></TR>"
        ]
        for line in subtitle {
            rows.append(
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#555555\">\(Escape.graphvizHTMLText(line))</FONT></TD></TR>"
            )
        }
        if !legend.colors.isEmpty {
            var cells = ""
            for (label, color) in legend.colors {
                cells += "<TD BGCOLOR=\"\(color)\" WIDTH=\"14\" HEIGHT=\"12\"></TD>"
                cells += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(Escape.graphvizHTMLText(label))</FONT></TD>"
            }
            rows.append(
                "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\"><TR>\(cells)</TR></TABLE></TD></TR>"
            )
        }
        if !legend.shapes.isEmpty {
            let cells = legend.shapes.map {
                "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\($0.shape.glyph) \(Escape.graphvizHTMLText($0.label))</FONT></TD>"
            }.joined()
            rows.append(
                "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\"><TR>\(cells)</TR></TABLE></TD></TR>"
            )
        }
        for note in legend.notes {
            rows.append(
                "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#333333\">\(Escape.graphvizHTMLText(note))</FONT></TD></TR>"
            )
        }
        if !legend.keys.isEmpty { rows.append(keysHTML) }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }

    /// The numbered keys as a table row: the heading, then key → text in up to three columns
    /// filled top to bottom.
    var keysHTML: String {
        let columns = legend.keys.count > 24 ? 3 : legend.keys.count > 8 ? 2 : 1
        let height = (legend.keys.count + columns - 1) / columns
        var rows = ""
        for r in 0..<height {
            rows += "<TR>"
            for c in 0..<columns {
                let i = c * height + r
                if i < legend.keys.count {
                    let k = legend.keys[i]
                    rows +=
                        "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"10\"><B>\(Escape.graphvizHTMLText(k.key))</B></FONT></TD>"
                    rows += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(Escape.graphvizHTMLText(k.text))</FONT></TD>"
                } else {
                    rows += "<TD></TD><TD></TD>"
                }
            }
            rows += "</TR>"
        }
        let heading = Escape.graphvizHTMLText(legend.keysHeading)
        return "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\"><B>\(heading)</B></FONT></TD></TR>"
            + "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">\(rows)</TABLE></TD></TR>"
    }
}

/// `x` with at most three decimals and no trailing zeros ("0.25", "3"); locale-independent.
func number(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    var s = String(format: "%.3f", x)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s == "-0" ? "0" : s
}

/// Byte-wise (UTF-8) lexicographic order on string triples, the order of every sorted output.
func bytesPrecede(_ a: (String, String, String), _ b: (String, String, String)) -> Bool {
    if !a.0.utf8.elementsEqual(b.0.utf8) { return Ranking.idPrecedes(a.0, b.0) }
    if !a.1.utf8.elementsEqual(b.1.utf8) { return Ranking.idPrecedes(a.1, b.1) }
    return Ranking.idPrecedes(a.2, b.2)
}
