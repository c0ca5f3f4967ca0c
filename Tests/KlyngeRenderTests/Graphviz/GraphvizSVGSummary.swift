import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of a Graphviz SVG the Graphviz tests check: the `<title>` of every node,
/// edge and cluster group, and every `<text>`. Parsing with `XMLParser` also proves the
/// SVG is well-formed XML (labels escaped).
struct GraphvizSVGSummary {
    var nodeTitles: [String] = []
    var edgeTitles: [String] = []
    var clusterTitles: [String] = []
    var texts: [String] = []

    init(_ svg: [UInt8]) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        nodeTitles = delegate.titles["node", default: []]
        edgeTitles = delegate.titles["edge", default: []]
        clusterTitles = delegate.titles["cluster", default: []]
        texts = delegate.texts
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var titles: [String: [String]] = [:]
        var texts: [String] = []
        private var groupClass: String?
        private var buffer = ""

        func parser(
            _ parser: XMLParser,
            didStartElement name: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "g" { groupClass = attributes["class"] }
            buffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title", let groupClass { titles[groupClass, default: []].append(buffer) }
            if name == "text" { texts.append(buffer) }
            buffer = ""
        }
    }
}
