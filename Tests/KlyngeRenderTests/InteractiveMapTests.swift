import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

@testable import KlyngeRender

/// The interactive map: its data, the two HTML outputs, escaping of hostile names in every
/// context, and the absence of anything external.
@Suite("interactive map")
struct InteractiveMapTests {
    /// Names that try to break out of every context the map puts them in.
    static let hostileNames = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"x",
        "</script><script>alert(2)</script>",
        "Universitetet i Sørøst-Norge, Institutt for helse- og sosialfag (synthetic)",
        "Line\u{2028}separator & <!-- comment",
        "Tromsø kommune",
    ]
    static let hostileIDs = ["m0", "m1", "a--b", "m<3>", "m4", "x'y"]

    /// Six members, all in one project (so every pair is tied), with hostile names, ids,
    /// clusters and counties.
    static func hostile() -> Ecosystem {
        let members = hostileNames.enumerated().map { i, name in
            Member(
                id: hostileIDs[i],
                name: name,
                kind: i % 2 == 0 ? .company : .municipality,
                clusters: i % 2 == 0 ? ["A</script>"] : ["B \" onclick=\"y", "A</script>"],
                county: i < 3 ? "<i>Vestland</i>" : "Troms"
            )
        }
        return Ecosystem(
            name: "hostile <b>",
            members: members,
            projects: [Project(id: "p", start: nil)],
            participations: members.indices.map { Participation(project: 0, member: $0) }
        )
    }

    static func interactive(_ eco: Ecosystem, options: MapOptions = MapOptions()) throws -> InteractiveMap {
        let description = try eco.superclusterMap(options)
        let svg = String(decoding: try description.render(.svg), as: UTF8.self)
        let ranks = InteractiveMap.Centrality(name: "index", values: eco.members.indices.map(Double.init))
        return InteractiveMap(eco, map: description, svg: svg, centralities: [ranks])
    }

    /// The text of the one `<script type="application/json" id="klynge-map-data">` block.
    static func dataBlock(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="klynge-map-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
        return try #require(json as? [String: Any])
    }

    static func members(_ data: [String: Any]) throws -> [[String: Any]] {
        try #require(data["members"] as? [[String: Any]])
    }

    /// The `<svg>…</svg>` element of a page.
    static func svgElement(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>", options: .backwards))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("every member of the default dataset is in the data with its full name, kind, clusters and county")
    func everyMemberFullName() throws {
        let eco = try DatasetLoader().load(folder: MapTests.supercluster)
        var options = MapOptions()
        options.sizeBy = .degree  // betweenness would only slow the debug build down
        let html = try Self.interactive(eco, options: options).standaloneHTML(title: "map")
        let data = try Self.members(Self.dataBlock(html))
        #expect(data.count == eco.members.count)
        let byID = Dictionary(uniqueKeysWithValues: data.map { ($0["id"] as? String ?? "", $0) })
        for m in eco.members {
            let entry = try #require(byID[m.id], "\(m.id) missing")
            #expect(entry["name"] as? String == m.name)
            #expect(entry["kind"] as? String == m.kind.rawValue)
            #expect(entry["clusters"] as? [String] == m.clusters)
            #expect(entry["county"] as? String == m.county)
        }
        // Long names are whole: the static labels cut at 26 characters, the data never.
        #expect(eco.members.contains { $0.name.count > 26 })
        // And every member is a marked node of the drawing.
        let marked = html.components(separatedBy: " data-member=\"").count - 1
        #expect(marked == eco.members.count)
    }

    @Test("partners are the members a drawn tie joins; ranks order values descending, ties by id")
    func partnersAndRanks() throws {
        let eco = try MapTests.load(MapTests.tiny)
        let data = try Self.members(Self.dataBlock(Self.interactive(eco).embeddedHTML { "/members/" + $0 }))
        let c1 = try #require(data.first { $0["id"] as? String == "c1" })
        // tiny: Fjordvik Helse (c1) shares projects with Bergen kommune, Tromsø kommune and Vestkyst sykehus.
        #expect(c1["partners"] as? [String] == ["h1", "k1", "k2"])
        #expect(c1["href"] as? String == "/members/c1")
        // values = member index: the last member ranks first.
        let n = eco.members.count
        for entry in data {
            let i = try #require(eco.memberIndex(of: entry["id"] as? String ?? ""))
            #expect(entry["ranks"] as? [Int] == [n - i])
        }
        let lone = try #require(data.first { $0["id"] as? String == "x1" })
        #expect((lone["partners"] as? [String])?.isEmpty == true)

        // Equal values: ranks by id bytes.
        let description = try eco.superclusterMap()
        let svg = String(decoding: try description.render(.svg), as: UTF8.self)
        let flat = InteractiveMap(
            eco,
            map: description,
            svg: svg,
            centralities: [.init(name: "flat", values: Array(repeating: 0.5, count: n))]
        )
        let byID = eco.members.map(\.id).sorted(by: Ranking.idPrecedes)
        for entry in try Self.members(Self.dataBlock(flat.standaloneHTML(title: "t"))) {
            let id = try #require(entry["id"] as? String)
            #expect(entry["ranks"] as? [Int] == [byID.firstIndex(of: id)! + 1])
        }
    }

    @Test("hostile names: the data block parses back to the exact names; the SVG is well-formed XML")
    func hostileData() throws {
        let eco = Self.hostile()
        let map = try Self.interactive(eco)
        for html in [map.standaloneHTML(title: "<b>T</b>"), map.embeddedHTML { "/members/" + $0 + "?\"<x>" }] {
            let data = try Self.dataBlock(html)
            let members = try Self.members(data)
            #expect(Set(members.compactMap { $0["name"] as? String }) == Set(Self.hostileNames))
            #expect(Set(members.compactMap { $0["id"] as? String }) == Set(Self.hostileIDs))
            #expect(data["title"] as? String == "hostile <b>: the ecosystem by cluster")
            // Every pair shares the project: five partners each, whatever the ids hold ("a--b").
            for m in members { #expect((m["partners"] as? [String])?.count == 5, "\(m["id"] ?? "")") }

            let svg = try SVGMap(Array(Self.svgElement(html).utf8))
            let nodes = svg.nodes.filter { Self.hostileIDs.contains($0.id) }
            #expect(nodes.count == Self.hostileIDs.count)
            // The raw strings never appear outside escapes.
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("\" onmouseover=\"x"))
            #expect(!html.contains("\" onclick=\"y"))
            #expect(!html.contains("<i>Vestland"))
            let open = #"<script type="application/json" id="klynge-map-data">"#
            let block = html.components(separatedBy: open)[1].components(separatedBy: "</script>")[0]
            #expect(!block.contains("\u{2028}") && !block.contains("<") && !block.contains(">") && !block.contains("&"))
        }
    }

    @Test(
        "hostile names in a real HTML parser: no handler attributes, only our script blocks, names as text",
        .enabled(if: HTMLSummary.pythonAvailable, "python3 (the independent HTML parser) is not installed")
    )
    func hostileParsed() throws {
        let eco = Self.hostile()
        let map = try Self.interactive(eco)
        let standalone = try HTMLSummary(map.standaloneHTML(title: "<script>alert(3)</script>"))
        let embedded = try HTMLSummary(map.embeddedHTML { "/members/" + $0 })
        for page in [standalone, embedded] {
            #expect(page.handlerAttributes.isEmpty, "\(page.handlerAttributes)")
            #expect(Set(page.names) == Set(Self.hostileNames))
            #expect(page.ariaLabels.isSuperset(of: Self.hostileNames))
            #expect(Set(page.dataMembers) == Set(Self.hostileIDs))
            #expect(
                Set(page.options) == [
                    "", "A</script>", "B \" onclick=\"y", "company", "municipality", "<i>Vestland</i>", "Troms",
                ]
            )
        }
        #expect(standalone.scripts == ["application/json", ""])
        #expect(standalone.title == "<script>alert(3)</script>")
        #expect(embedded.scripts == ["application/json"])
        #expect(embedded.styleAttributes == 0)
        #expect(Set(embedded.links) == Set(Self.hostileIDs.map { "/members/" + $0 }))
    }

    @Test("the standalone file references nothing outside itself")
    func standaloneSelfContained() throws {
        let eco = try MapTests.load(MapTests.tiny)
        let html = try Self.interactive(eco).standaloneHTML(title: "tiny")
        let lower = html.lowercased()
        for external in [
            "src=", "href=\"http", "href=\"//", "url(", "@import", "<link", "<iframe", "<object", "<embed",
        ] {
            #expect(!lower.contains(external), "\(external)")
        }
        // The only URLs are the SVG and XLink namespace names (identifiers, never fetched).
        var rest = Substring(html)
        while let r = rest.range(of: "http:") ?? rest.range(of: "https:") {
            let url = rest[r.lowerBound...].prefix { $0 != "\"" && $0 != " " && $0 != ">" }
            #expect(url == "http://www.w3.org/2000/svg" || url == "http://www.w3.org/1999/xlink", "\(url)")
            rest = rest[r.upperBound...]
        }
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // The inline script and style are ours, once each.
        #expect(html.contains(InteractiveMapAssets.script) && html.contains(InteractiveMapAssets.style))
        #expect(!InteractiveMapAssets.script.lowercased().contains("</script"))
        #expect(!InteractiveMapAssets.style.lowercased().contains("</style"))
        #expect(!InteractiveMapAssets.script.contains("innerHTML"))
        #expect(
            !InteractiveMapAssets.script.contains("fetch(") && !InteractiveMapAssets.script.contains("XMLHttpRequest")
        )
    }

    @Test("the embedded fragment: no inline script, no style attribute, member links on the shapes")
    func embeddedFragment() throws {
        let eco = try MapTests.load(MapTests.tiny)
        let html = try Self.interactive(eco).embeddedHTML { "/members/" + $0 }
        #expect(!html.contains("<!DOCTYPE") && !html.contains("<?xml") && !html.contains("<!--"))
        #expect(!html.contains("style="))
        #expect(html.components(separatedBy: "<script").count == 2)  // the data block only
        #expect(html.contains(#"<script type="application/json" id="klynge-map-data">"#))
        for m in eco.members {
            #expect(html.contains("xlink:href=\"/members/\(m.id)\""))
        }
        for id in [
            "klynge-map", "klynge-map-search", "klynge-map-results", "klynge-map-cluster", "klynge-map-kind",
            "klynge-map-county", "klynge-map-viewport", "klynge-map-card", "klynge-map-member", "klynge-map-status",
            "klynge-map-zoom-in", "klynge-map-zoom-out", "klynge-map-reset", "klynge-map-clear", "klynge-map-svg",
        ] {
            #expect(html.contains("id=\"\(id)\""), "\(id)")
        }
        // The standalone file has no links: members are focusable and open the in-page card.
        let standalone = try Self.interactive(eco).standaloneHTML(title: "tiny")
        #expect(!standalone.contains("xlink:href"))
        #expect(standalone.components(separatedBy: #"tabindex="0" role="button""#).count - 1 == eco.members.count)
        // Cluster captions and ties are marked for the filters and highlighting.
        #expect(html.contains(#"data-caption="Oslo Cancer Cluster""#))
        #expect(html.contains(#"data-source="c1" data-target="k1""#))
    }

    @Test("JSON inside a script element: < > & and the line separators escaped")
    func scriptJSON() {
        #expect(InteractiveMap.scriptJSON(Escape.json("</script>")) == #""\u003c/script\u003e""#)
        #expect(InteractiveMap.scriptJSON(Escape.json("a&b\u{2028}\u{2029}")) == #""a\u0026b\u2028\u2029""#)
        #expect(InteractiveMap.jsonNumber(3) == "3")
        #expect(InteractiveMap.jsonNumber(0.25) == "0.25")
        #expect(InteractiveMap.jsonNumber(.nan) == "null")
    }
}

/// What Python's `html.parser` (the standard library's HTML tokenizer, an independent reader)
/// finds in a page.
struct HTMLSummary: Decodable {
    var scripts: [String]
    var title: String
    var names: [String]
    var ariaLabels: Set<String>
    var dataMembers: [String]
    var options: [String]
    var links: [String]
    var handlerAttributes: [String]
    var styleAttributes: Int

    static let script = #"""
        import sys, json
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.s = dict(scripts=[], title="", names=[], ariaLabels=[], dataMembers=[], options=[],
                              links=[], handlerAttributes=[], styleAttributes=0)
                self.stack = []
                self.text = ""
            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                for k, v in attrs:
                    if k.startswith("on"): self.s["handlerAttributes"].append(k)
                    if k == "style": self.s["styleAttributes"] += 1
                if "aria-label" in a: self.s["ariaLabels"].append(a["aria-label"])
                if tag == "g" and "data-member" in a: self.s["dataMembers"].append(a["data-member"])
                if tag == "option": self.s["options"].append(a.get("value"))
                if tag == "a" and "xlink:href" in a: self.s["links"].append(a["xlink:href"])
                if tag == "script": self.s["scripts"].append(a.get("type", ""))
                if tag not in ("meta", "input", "br", "link", "img", "hr"): self.stack.append((tag, a))
                self.text = ""
            def handle_data(self, d): self.text += d
            def handle_endtag(self, tag):
                if self.stack and self.stack[-1][0] == tag:
                    t, a = self.stack.pop()
                    if t == "title" and self.stack and self.stack[-1][0] == "head":
                        self.s["title"] = self.text
                    if t == "script" and a.get("type") == "application/json":
                        self.s["names"] = [m["name"] for m in json.loads(self.text)["members"]]
        p = P()
        p.feed(sys.stdin.read()); p.close()
        print(json.dumps(p.s))
        """#

    /// Whether `python3` runs here (the parser test is skipped, with this reason, when not).
    static let pythonAvailable =
        (try? Tool.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "--version"]).status) == 0

    init(_ html: String) throws {
        let dir = try Klynge.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.html")
        let code = dir.appendingPathComponent("check.py")
        try html.write(to: page, atomically: true, encoding: .utf8)
        try Self.script.write(to: code, atomically: true, encoding: .utf8)
        let (status, out) = try Tool.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "python3 \"$0\" < \"$1\"", code.path, page.path]
        )
        guard status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: out]) }
        self = try JSONDecoder().decode(HTMLSummary.self, from: Data(out.utf8))
    }
}
