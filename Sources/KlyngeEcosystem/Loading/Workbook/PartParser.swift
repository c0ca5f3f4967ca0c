import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a workbook part's reader is told while FoundationXML's streaming `XMLParser` (SAX, libxml2
/// underneath) goes through the part once: each element's start (with its attributes), its
/// character data, its end. Elements are named without their namespace prefix (`x:row` is `row`);
/// attributes keep theirs (`r:id`).
protocol PartContent: AnyObject {
    /// Element `name` starts; `depth` is 1 for the part's root element.
    /// - Throws: `PartContentError` when the element lacks what the reader needs.
    func start(_ name: String, depth: Int, attributes: [String: String]) throws(PartContentError)
    /// Character data (entities resolved) directly inside the innermost open element; `cdata` when it
    /// is a CDATA section.
    func characters(_ text: String, depth: Int, cdata: Bool)
    /// Element `name`, opened at `depth`, ends.
    func end(_ name: String, depth: Int)
}

/// A part that is well-formed XML but lacks something the reader needs (a sheet without a name).
struct PartContentError: Error, CustomStringConvertible {
    let description: String
}

/// Runs `XMLParser` over a part's bytes and hands its events to a `PartContent`.
///
/// The parser is the one XMLCoder builds its tree with (same options: namespaces processed, values
/// kept as written), so both accept and reject the same bytes; reading streams instead of building
/// a tree of boxes and decoding it through `Decodable`, which took most of the time of opening a
/// workbook (README, "Fuzzing").
///
/// ```swift
/// let part = SharedStringsPart()
/// try PartParser.parse(data, into: part)
/// ```
///
/// - Complexity: O(size of the part).
final class PartParser: NSObject, XMLParserDelegate {
    private let content: any PartContent
    private var depth = 0
    private var failure: PartContentError?

    private init(content: any PartContent) {
        self.content = content
    }

    /// Parses `data` into `content`.
    /// - Throws: `PartContentError` saying where the XML is not well-formed (line and column) or
    ///   what the content lacks.
    static func parse(_ data: Data, into content: any PartContent) throws(PartContentError) {
        let delegate = PartParser(content: content)
        // From a stream, which FoundationXML hands to libxml2 in small chunks: given the whole part as
        // one chunk, libxml2 stops with an internal error ("huge input lookup") once more than
        // 10 MB are left to parse, so a 36,000-row register sheet (13 MB) could not be read.
        let parser = XMLParser(stream: InputStream(data: Self.withDataInProcessingInstructions(data)))
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        // libxml2 recovers from errors and goes on, and `parse()` may return true after one (a part
        // cut short, a damaged tag): a part is read only when no error was reported and its root
        // element ended. (XMLCoder took what the recovery made of such a part.)
        if let error = delegate.firstError
            ?? (ok && delegate.rootEnded ? nil : Self.describe(parser.parserError, parser))
        {
            throw PartContentError(description: error)
        }
    }

    /// `data` with a space before the `?>` of every processing instruction that has a target and no
    /// data (`<?x?>` → `<?x ?>`). For such an instruction libxml2 hands FoundationXML's `XMLParser` a
    /// null data pointer, whose length it then takes: a crash (found by `make fuzz`, `xlsx` target,
    /// 2026-12-05). With the space the data is empty; no reader looks at processing instructions.
    /// The space also lands in a comment or CDATA section holding such text (Excel writes neither).
    ///
    /// ```swift
    /// PartParser.withDataInProcessingInstructions(Data("<?x?><a/>".utf8))  // "<?x ?><a/>"
    /// ```
    ///
    /// - Complexity: O(`data.count`); the bytes are copied only when there is such an instruction.
    static func withDataInProcessingInstructions(_ data: Data) -> Data {
        var spaces: [Int] = []  // offsets of the "?>" to put a space before
        data.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
            var i = 0
            while i + 1 < b.count {
                guard b[i] == UInt8(ascii: "<"), b[i + 1] == UInt8(ascii: "?") else {
                    i += 1
                    continue
                }
                var j = i + 2
                while j < b.count,
                    ![UInt8(ascii: " "), 0x09, 0x0A, 0x0D, UInt8(ascii: "?"), UInt8(ascii: "<")].contains(b[j])
                {
                    j += 1
                }
                if j > i + 2, j + 1 < b.count, b[j] == UInt8(ascii: "?"), b[j + 1] == UInt8(ascii: ">") {
                    spaces.append(j)
                }
                i = j
            }
        }
        guard !spaces.isEmpty else { return data }
        var out = Data(capacity: data.count + spaces.count)
        var from = data.startIndex
        for offset in spaces {
            out.append(data[from..<data.startIndex + offset])
            out.append(UInt8(ascii: " "))
            from = data.startIndex + offset
        }
        out.append(data[from...])
        return out
    }

    /// The first error reported, in words, with where it was found.
    private var firstError: String?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = Self.describe(parseError, parser) }
    }

    /// `error` (libxml2's code, and its meaning for the common ones) at the parser's position.
    private static func describe(_ error: (any Error)?, _ parser: XMLParser) -> String {
        let code = error.map { ($0 as NSError).code }
        let meaning: String? =
            switch code {
            case 4: "the part is empty"
            case 5: "the part ends before its root element does"
            case 9: "a character XML does not allow"
            case 26: "an entity that is not declared"
            case 38, 39, 40, 41: "an attribute not written as name=\"value\""
            case 65: "a space is missing"
            case 68: "a name is missing"
            case 73: "'>' is missing"
            case 76: "a closing tag does not match its opening tag"
            case 77: "a tag is not finished"
            case 201: "a namespace prefix that is not declared"
            default: nil
            }
        let what =
            code.map { "not well-formed XML (libxml2 error \($0)\(meaning.map { ": " + $0 } ?? ""))" } ?? "not XML"
        return "\(what) at line \(parser.lineNumber), column \(parser.columnNumber)"
    }

    /// Whether the root element has ended.
    private var rootEnded = false

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        do {
            try content.start(elementName, depth: depth, attributes: attributes)
        } catch {
            if failure == nil { failure = error }
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        content.end(elementName, depth: depth)
        depth -= 1
        if depth == 0 { rootEnded = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if depth > 0, !string.isEmpty { content.characters(string, depth: depth, cdata: false) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if depth > 0, let string = String(data: CDATABlock, encoding: .utf8) {
            content.characters(string, depth: depth, cdata: true)
        }
    }
}

/// The text of one element as XMLCoder decoded it for a value (`<v>`, `<t>`): the element's own
/// character data. XMLCoder kept an element's content as a list of nodes (text, CDATA, child
/// elements; text following text or CDATA joins it, CDATA joins only CDATA), dropped white-space
/// text nodes when the element had other nodes, and took the first node: its text, or nothing when
/// it is a child element. So `<v>1<x/>2</v>` is `1`, `<v><x/>2</v>` is empty (damaged parts).
struct ElementText {
    private enum Node {
        case text(String)
        case cdata(String)
        case child
    }
    private var nodes: [Node] = []
    private var simple = ""  // the only node while it is text and alone (the common case)

    /// Character data directly inside the element.
    mutating func append(_ text: String) {
        if nodes.isEmpty {
            simple += text
            return
        }
        switch nodes[nodes.count - 1] {
        case .text(let t): nodes[nodes.count - 1] = .text(t + text)
        case .cdata(let t): nodes[nodes.count - 1] = .cdata(t + text)
        case .child: nodes.append(.text(text))
        }
    }

    /// A CDATA section directly inside the element.
    mutating func appendCDATA(_ text: String) {
        flush()
        if case .cdata(let t) = nodes.last {
            nodes[nodes.count - 1] = .cdata(t + text)
        } else {
            nodes.append(.cdata(text))
        }
    }

    /// A child element starts inside the element (its character data is not part of the value).
    mutating func child() {
        flush()
        nodes.append(.child)
    }

    private mutating func flush() {
        if nodes.isEmpty, !simple.isEmpty {
            nodes.append(.text(simple))
            simple = ""
        }
    }

    /// The value (see the type's description).
    var value: String {
        if nodes.isEmpty { return simple }
        var kept = nodes
        if kept.count > 1 {
            let blank = { (n: Node) -> Bool in
                if case .text(let t) = n { return t.allSatisfy(\.isWhitespace) }
                return false
            }
            if kept.contains(where: { !blank($0) }) { kept.removeAll(where: blank) }
        }
        switch kept.first {
        case .text(let t), .cdata(let t): return t
        case .child, nil: return ""
        }
    }
}
