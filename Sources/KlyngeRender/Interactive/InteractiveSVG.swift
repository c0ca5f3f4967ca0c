import KlyngeEcosystem

/// Graphviz's SVG of a member map made ready to sit inside an HTML page and be driven by
/// the map's script: the XML prologue, doctype and comment lines dropped; the `<svg>` element
/// given `id="klynge-map-svg"`; each member's node group marked `data-member="ID"` with its
/// full name as `aria-label`; each cluster caption `data-caption="NAME"`; each tie between
/// two nodes `data-source`/`data-target`. Every added value is HTML-escaped; Graphviz has
/// already XML-escaped everything it wrote.
///
/// Graphviz 2.43 writes one element per line (`<g id="…" class="node">`, then `<title>`,
/// then `<g id="a_…"><a xlink:title="…">` when the node has a tooltip); lines it does not
/// recognise pass through unchanged, so an unexpected SVG stays a working (static) drawing.
///
/// ```swift
/// let prepared = InteractiveSVG(svg, members: ["c1": "Fjordvik Helse AS"], captions: [:])
/// let html = prepared.text(links: nil)  // standalone: focusable groups, no links
/// ```
struct InteractiveSVG: Sendable, Equatable {
    /// The text between member links: `pieces.count == slots.count + 1`.
    private var pieces: [String] = [""]
    /// Where a member's focus attributes (on its group) or link (on its `<a>`) go.
    private struct Slot: Sendable, Equatable {
        var member: String
        var isLink: Bool
    }
    private var slots: [Slot] = []

    /// - Complexity: O(|svg|) plus a dictionary look-up per node and edge.
    init(_ svg: String, members: [String: String], captions: [String: String]) {
        var linkFor: String?
        var pendingEdge: String?
        var started = false
        var inComment = false
        for raw in svg.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            // Graphviz writes each comment on lines of its own (node names in them).
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.hasSuffix("-->")
                continue
            }
            if !started {
                guard line.hasPrefix("<svg") else { continue }
                started = true
            }
            if let edge = pendingEdge {
                pendingEdge = nil
                var attributes = ""
                if let title = Self.between(line, "<title>", "</title>"),
                    let (a, b) = Self.ends(
                        of: Self.unescapeXML(title),
                        known: { members[$0] != nil || captions[$0] != nil }
                    )
                {
                    attributes = " data-source=\"\(Escape.html(a))\" data-target=\"\(Escape.html(b))\""
                }
                append(String(edge.dropLast()) + attributes + ">\n")
            }
            if line.hasPrefix("<svg") {
                line = "<svg id=\"klynge-map-svg\" class=\"klynge-map-svg\"" + line.dropFirst(4)
            } else if line.hasPrefix("<g id=\""), line.hasSuffix("\" class=\"node\">") {
                let id = Self.unescapeXML(String(line.dropFirst(7).dropLast(15)))
                if let name = members[id] {
                    append(
                        String(line.dropLast())
                            + " data-member=\"\(Escape.html(id))\" aria-label=\"\(Escape.html(name))\""
                    )
                    slots.append(Slot(member: id, isLink: false))
                    pieces.append(">\n")
                    linkFor = id
                    continue
                }
                if let caption = captions[id] {
                    line = String(line.dropLast()) + " data-caption=\"\(Escape.html(caption))\">"
                }
            } else if line.hasPrefix("<g id=\""), line.hasSuffix("\" class=\"edge\">") {
                pendingEdge = line
                continue
            } else if let member = linkFor, line.hasPrefix("<g id=\"a_"), let a = line.range(of: "><a ") {
                linkFor = nil
                append(String(line[..<a.lowerBound]) + "><a")
                slots.append(Slot(member: member, isLink: true))
                pieces.append(" " + line[a.upperBound...] + "\n")
                continue
            } else if line.hasPrefix("</g>") {
                linkFor = nil
            }
            append(line + "\n")
        }
        if let edge = pendingEdge { append(edge + "\n") }
    }

    private mutating func append(_ s: String) { pieces[pieces.count - 1] += s }

    /// The SVG for a page. With `links`, each member's shape and label are a link to
    /// `links(id)` (followed without script too); without, each member's group is
    /// keyboard-focusable instead (the script opens the in-page member card).
    ///
    /// - Complexity: O(|svg|).
    func text(links: ((String) -> String)?) -> String {
        var out = pieces[0]
        for (k, slot) in slots.enumerated() {
            switch (slot.isLink, links) {
            case (false, nil): out += " tabindex=\"0\" role=\"button\""
            case (true, let link?): out += " xlink:href=\"\(Escape.html(link(slot.member)))\""
            default: break
            }
            out += pieces[k + 1]
        }
        return out
    }

    /// The two node ids an edge title joins ("a--b" or "a->b", as Graphviz writes it), the
    /// split chosen so that both are `known` nodes (ids may contain "--" themselves).
    static func ends(of title: String, known: (String) -> Bool) -> (String, String)? {
        for op in ["--", "->"] {
            var search = title.startIndex..<title.endIndex
            while let r = title.range(of: op, range: search) {
                let a = String(title[..<r.lowerBound])
                let b = String(title[r.upperBound...])
                if known(a) && known(b) { return (a, b) }
                search = title.index(after: r.lowerBound)..<title.endIndex
            }
        }
        return nil
    }

    /// The text between the first `open` and the following `close` in `line`.
    static func between(_ line: String, _ open: String, _ close: String) -> String? {
        guard let a = line.range(of: open), let b = line.range(of: close, range: a.upperBound..<line.endIndex) else {
            return nil
        }
        return String(line[a.upperBound..<b.lowerBound])
    }

    /// XML character data back to text: the five named entities and numeric references.
    static func unescapeXML(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            var decoded: String?
            switch entity {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return out + rest
    }
}
