import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a test needs from a Graphviz SVG: the node and edge groups, their ids and titles,
/// every text, and each node's bounding box (from its ellipse, polygon or, for text-only
/// nodes, an estimate of its text).
struct SVGMap {
    struct Node {
        var id = ""
        var title = ""
        var texts: [String] = []
        var tooltip = ""
        var box: (minX: Double, minY: Double, maxX: Double, maxY: Double)?
    }

    var nodes: [Node] = []
    var edgeCount = 0
    var texts: [String] = []
    /// Each text drawn on an edge (its label), with a box estimated from its position, font size
    /// and length (Graphviz writes no box for edge labels).
    var edgeLabels: [Node] = []

    init(_ data: [UInt8]) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(data))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        nodes = delegate.nodes
        edgeCount = delegate.edgeCount
        texts = delegate.texts
        edgeLabels = delegate.edgeLabels
    }

    /// `true` when two nodes' boxes overlap by more than `slack` points in both directions.
    static func overlap(_ a: Node, _ b: Node, slack: Double = 0.5) -> Bool {
        guard let p = a.box, let q = b.box else { return false }
        return min(p.maxX, q.maxX) - max(p.minX, q.minX) > slack && min(p.maxY, q.maxY) - max(p.minY, q.minY) > slack
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var nodes: [Node] = []
        var edgeCount = 0
        var texts: [String] = []
        var edgeLabels: [Node] = []
        private var current: Node?
        private var edgeID: String?
        private var edgeDepth = -1
        private var depth = 0, nodeDepth = -1
        private var element = ""
        private var buffer = ""
        private var textAttributes: [String: String] = [:]

        func parser(
            _ parser: XMLParser,
            didStartElement name: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes a: [String: String] = [:]
        ) {
            depth += 1
            element = name
            buffer = ""
            if name == "g", a["class"] == "node" {
                current = Node(id: a["id"] ?? "")
                nodeDepth = depth
            }
            if name == "g", a["class"] == "edge" {
                edgeCount += 1
                edgeID = a["id"] ?? ""
                edgeDepth = depth
            }
            if name == "a", current != nil, let t = a["xlink:title"], current!.tooltip.isEmpty { current!.tooltip = t }
            if name == "text" { textAttributes = a }
            guard current != nil else { return }
            if name == "ellipse", let cx = Double(a["cx"] ?? ""), let cy = Double(a["cy"] ?? ""),
                let rx = Double(a["rx"] ?? ""), let ry = Double(a["ry"] ?? "")
            {
                extend((cx - rx, cy - ry, cx + rx, cy + ry))
            }
            if name == "polygon", let pts = a["points"], a["fill"] != "none" || a["stroke"] != "transparent" {
                let xy = pts.split(separator: " ").compactMap { p -> (Double, Double)? in
                    let c = p.split(separator: ",").compactMap { Double($0) }
                    return c.count == 2 ? (c[0], c[1]) : nil
                }
                if let x0 = xy.map(\.0).min(), let x1 = xy.map(\.0).max(), let y0 = xy.map(\.1).min(),
                    let y1 = xy.map(\.1).max()
                {
                    extend((x0, y0, x1, y1))
                }
            }
        }

        /// A text's box: centred on x (Graphviz's text-anchor="middle"), from the baseline up a
        /// font size and down a quarter, 0.55 font sizes per character (DejaVu Sans averages 0.5–0.6).
        static func estimatedBox(
            _ text: String,
            _ a: [String: String]
        ) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
            guard let x = Double(a["x"] ?? ""), let y = Double(a["y"] ?? "") else { return nil }
            let size = Double(a["font-size"] ?? "") ?? 14
            let w = Double(text.count) * size * 0.55
            return (x - w / 2, y - size, x + w / 2, y + size * 0.25)
        }

        private func extend(_ b: (Double, Double, Double, Double)) {
            if let o = current!.box {
                current!.box = (min(o.minX, b.0), min(o.minY, b.1), max(o.maxX, b.2), max(o.maxY, b.3))
            } else {
                current!.box = b
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" {
                texts.append(buffer)
                if current == nil, let edgeID, let box = Self.estimatedBox(buffer, textAttributes) {
                    edgeLabels.append(Node(id: edgeID, title: "", texts: [buffer], tooltip: "", box: box))
                }
                if current != nil {
                    current!.texts.append(buffer)
                    if current!.box == nil { current!.box = Self.estimatedBox(buffer, textAttributes) }
                }
            }
            if name == "title", current != nil, current!.title.isEmpty { current!.title = buffer }
            if name == "g", depth == edgeDepth {
                edgeID = nil
                edgeDepth = -1
            }
            if name == "g", depth == nodeDepth, let n = current {
                nodes.append(n)
                current = nil
                nodeDepth = -1
            }
            depth -= 1
            buffer = ""
        }
    }
}
