import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeRender
import KlyngeTestSupport
import Testing

/// Map builders, their DOT, and what Graphviz draws from it.
@Suite("ecosystem maps")
struct MapTests {
    static let tiny = Klynge.root.appendingPathComponent("Tests/KlyngeEcosystemTests/Fixtures/tiny").path
    static let supercluster = Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func load(_ path: String) throws -> Ecosystem { try DatasetLoader().load(folder: path) }

    /// Compares `dot` with the golden file; `UPDATE_GOLDENS=1 swift test` rewrites it
    /// (then review the diff: the golden is what a person checked).
    static func expectGolden(_ dot: String, _ name: String) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(
            dot == golden,
            "DOT differs from Goldens/\(name); if intended, regenerate with UPDATE_GOLDENS=1 and review"
        )
    }

    @Test("DOT goldens of the tiny dataset", arguments: ["supercluster", "ego", "brokers", "projects", "match"])
    func goldens(_ kind: String) throws {
        let eco = try Self.load(Self.tiny)
        var o = MapOptions()
        let map: MapDescription
        switch kind {
        case "supercluster": map = try eco.superclusterMap(o)
        case "ego":
            o.focus = "Fjordvik"
            map = try eco.egoMap(o)
        case "brokers":
            o.brokers = 2
            map = try eco.brokerMap(o)
        case "projects":
            o.topic = "welfare technology"
            map = try eco.projectMap(o)
        default:
            let path = ["c1", "k1", "h1"].compactMap(eco.memberIndex(of:))
            map = try eco.matchMap(
                seeker: .member(eco.memberIndex(of: "c1")!),
                suggestions: [
                    Suggestion(
                        candidate: eco.memberIndex(of: "h1")!,
                        score: 0.8,
                        path: path,
                        reason: "shared topics"
                    ),
                    Suggestion(candidate: eco.memberIndex(of: "k2")!, score: 0.5),
                ]
            )
        }
        try Self.expectGolden(map.dot, "tiny-\(kind).dot")
    }

    @Test("the supercluster map: every member once, shapes by kind, pies for several clusters, cluster captions")
    func superclusterContent() throws {
        let eco = try Self.load(Self.tiny)
        let map = try eco.superclusterMap()
        let members = map.nodes.filter { !$0.isCaption }
        #expect(members.map(\.id).sorted() == eco.members.map(\.id).sorted())
        #expect(Set(members.map(\.shape)).count == Set(eco.members.map(\.kind)).count)
        let c2 = try #require(members.first { $0.id == "c2" })
        #expect(c2.fill.count == 2)  // two clusters: a pie
        #expect(map.dot.contains("style=wedged"))
        #expect(map.nodes.filter(\.isCaption).map(\.label) == eco.clusters)
        #expect(map.legend.colors.map(\.label) == eco.clusters)
        #expect(map.subtitle[0].hasPrefix("8 members in 4 clusters (2 in several)"))
    }

    @Test("hostile names stay themselves: DOT quoting, SVG text and ids", .serialized, arguments: [false, true])
    func hostileNames(_ render: Bool) throws {
        let dir = try Klynge.temporaryFolder()
        let names = ["Evil\" ]; x [label=\"", "Two\nlines", "<b>Bold & co</b>", "Ålesund kommune", "back\\slash \\N"]
        var members = "id,name,kind,clusters\n"
        for (i, n) in names.enumerated() {
            members += "m\(i),\"\(n.replacingOccurrences(of: "\"", with: "\"\""))\",company,\(i % 2 == 0 ? "A" : "B")\n"
        }
        try members.write(to: dir.appendingPathComponent("members.csv"), atomically: true, encoding: .utf8)
        try "id,start\np,2020\n".write(
            to: dir.appendingPathComponent("projects.csv"),
            atomically: true,
            encoding: .utf8
        )
        try ("project,member\n" + names.indices.map { "p,m\($0)\n" }.joined()).write(
            to: dir.appendingPathComponent("participations.csv"),
            atomically: true,
            encoding: .utf8
        )
        try "# hostile\n".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let eco = try Self.load(dir.path)
        var o = MapOptions()
        o.labels = .all
        o.title = "<Title> & \"quotes\""
        let map = try eco.superclusterMap(o)
        if !render {
            #expect(map.dot.contains(#">Evil&quot; ]; x [label=&quot;</TD>"#))  // HTML-like label, XML-escaped
            #expect(map.dot.contains(#"tooltip="Evil\" ]; x [label=\""#))  // quoted DOT string
            #expect(map.dot.contains(">Two lines</TD>"))  // labels flatten line breaks
            #expect(map.dot.contains(#"tooltip="Two\nlines"#))  // tooltips keep them
            #expect(map.dot.contains(">back&#92;&#92;slash &#92;&#92;N</TD>"))  // no \N expansion
            #expect(map.dot.contains(">&lt;b&gt;Bold &amp; co&lt;/b&gt;</TD>"))
            #expect(map.dot.contains("&lt;Title&gt; &amp; &quot;quotes&quot;"))
            return
        }
        let svg = try SVGMap(map.render(.svg))
        let memberNodes = svg.nodes.filter { $0.id.hasPrefix("m") }
        #expect(memberNodes.map(\.id).sorted() == names.indices.map { "m\($0)" })
        for (i, n) in names.enumerated() {
            let node = try #require(memberNodes.first { $0.id == "m\(i)" })
            #expect(node.texts.joined(separator: " ") == n.replacingOccurrences(of: "\n", with: " "), "label of m\(i)")
            #expect(node.tooltip.hasPrefix(n), "tooltip of m\(i)")
        }
        #expect(svg.texts.contains("<Title> & \"quotes\""))
    }

    @Test("rendered supercluster SVG: nodes, edges, legend, ids and tooltips")
    func renderedSupercluster() throws {
        let eco = try Self.load(Self.tiny)
        let map = try eco.superclusterMap()
        let svg = try SVGMap(map.render(.svg))
        #expect(svg.nodes.count == map.nodes.count)
        // Layout-only edges (members to their cluster's caption) are not drawn.
        #expect(svg.edgeCount == map.edges.filter { $0.style != .invisible }.count)
        #expect(map.edges.contains { $0.style == .invisible })
        for m in eco.members {
            let node = try #require(svg.nodes.first { $0.id == m.id }, "no SVG node for \(m.id)")
            #expect(node.title == m.id)
            #expect(node.tooltip.contains(m.name) && node.tooltip.contains(m.kind.rawValue))
            #expect(node.tooltip.contains("betweenness"))
        }
        for c in eco.clusters { #expect(svg.texts.contains(c)) }  // legend and captions
        #expect(svg.texts.contains { $0.contains("tiny: the ecosystem by cluster") })
        #expect(svg.texts.contains { $0.contains("company") } && svg.texts.contains { $0.contains("municipality") })
    }

    @Test("PNG and PDF start with their magic bytes")
    func binaryFormats() throws {
        let map = try Self.load(Self.tiny).superclusterMap()
        #expect(try map.render(.png).starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(try map.render(.pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test("the bundled supercluster map: no two labelled nodes overlap, every member present")
    func noOverlappingLabels() throws {
        let eco = try Self.load(Self.supercluster)
        let map = try eco.superclusterMap()
        let svg = try SVGMap(map.render(.svg))
        #expect(svg.nodes.filter { eco.memberIndex(of: $0.id) != nil }.count == eco.members.count)
        let labelled = svg.nodes.filter { !$0.texts.isEmpty }
        #expect(labelled.count == 20 + eco.clusters.count)
        for (i, a) in labelled.enumerated() {
            for b in labelled[(i + 1)...] {
                #expect(!SVGMap.overlap(a, b), "\(a.id) \(a.texts) overlaps \(b.id) \(b.texts)")
            }
        }
        // Labelled nodes are not hidden under other nodes either.
        for a in labelled {
            let covered = svg.nodes.filter { $0.id != a.id && SVGMap.overlap(a, $0, slack: 2) }
            #expect(covered.isEmpty, "\(a.texts) is covered by \(covered.map(\.id))")
        }
    }

    @Test(
        "ego maps of Stavanger: numbered project keys under the partners' names, a key table, no two texts overlap",
        arguments: [
            ("Datasets/norwegian-health-supercluster", "m0013"), ("Datasets/norway-h2020", "pic-994034079"),
        ]
    )
    func egoKeys(_ dataset: String, _ focus: String) throws {
        let folder = Klynge.root.appendingPathComponent(dataset)
        let eco = try Self.load(folder.path)
        var o = MapOptions()
        o.focus = focus
        o.sizeBy = .degree  // betweenness of norway-h2020 takes minutes in a debug build
        let map = try eco.egoMap(o)
        // What each partner shares with the focus, read from participations.csv (project,member,…).
        var byProject: [String: Set<String>] = [:]
        for line in try String(contentsOf: folder.appendingPathComponent("participations.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst()
        {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            byProject[f[0], default: []].insert(f[1])
        }
        let focusProjects = byProject.filter { $0.value.contains(focus) && $0.value.count > 1 }
        let title = { (p: String) in eco.projects.first { $0.id == p }.flatMap(\.title) ?? p }
        let partners = Set(focusProjects.values.flatMap { $0 }).subtracting([focus])
        #expect(partners.count > Ecosystem.egoTitledTies)  // more ties than titles would fit: keys
        #expect(Set(map.legend.keys.map(\.text)) == Set(focusProjects.keys.map(title)))
        #expect(map.legend.keys.map(\.key) == map.legend.keys.indices.map { String($0 + 1) })
        #expect(map.edges.allSatisfy { $0.label.isEmpty })
        let keyTitle = Dictionary(uniqueKeysWithValues: map.legend.keys.map { ($0.key, $0.text) })
        for node in map.nodes where node.id != focus {
            let shared = Set(focusProjects.filter { $0.value.contains(node.id) }.keys.map(title))
            let keys = node.label.split(separator: "\n").last.map { $0.split(separator: " · ").map(String.init) } ?? []
            #expect(Set(keys.compactMap { keyTitle[$0] }) == shared, "keys of \(node.id): \(node.label)")
        }
        let svg = try SVGMap(map.render(.svg))
        let texts = svg.nodes.filter { !$0.texts.isEmpty } + svg.edgeLabels
        #expect(texts.count >= map.nodes.count)
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] {
                #expect(!SVGMap.overlap(a, b), "\(a.id) \(a.texts) overlaps \(b.id) \(b.texts)")
            }
        }
    }

    @Test("maps are deterministic: same DOT twice and for any thread count")
    func deterministic() throws {
        let eco = try Self.load(Self.supercluster)
        var a = MapOptions()
        a.threads = 1
        var b = MapOptions()
        b.threads = 3
        #expect(try eco.superclusterMap(a).dot == eco.superclusterMap(b).dot)
        #expect(try eco.brokerMap(a).dot == eco.brokerMap(b).dot)
    }

    @Test("Graphs/supercluster.dot is what `make graphs` makes from the current code")
    func graphsFolderIsCurrent() throws {
        let committed = try String(
            contentsOf: Klynge.root.appendingPathComponent("Graphs/supercluster.dot"),
            encoding: .utf8
        )
        let now = try Self.load(Self.supercluster).superclusterMap().dot
        #expect(now == committed, "Graphs/ is stale: run `make graphs`")
    }

    @Test("ego map: the neighbourhood, the focus highlighted, ties labelled with projects")
    func ego() throws {
        let eco = try Self.load(Self.tiny)
        var o = MapOptions()
        o.focus = "c1"
        let map = try eco.egoMap(o)
        #expect(Set(map.nodes.map(\.id)) == ["c1", "k1", "k2", "h1"])
        #expect(map.nodes.first { $0.id == "c1" }?.highlight != nil)
        let tie = try #require(map.edges.first { Set([$0.source, $0.target]) == ["c1", "k1"] })
        #expect(tie.label == "Digital home care pilot\nFall detection")
        o.radius = 2
        #expect(try eco.egoMap(o).nodes.count == 7)  // all but the lone member x1
        o.focus = "nobody"
        #expect(throws: MemberLookupError.self) { try eco.egoMap(o) }
    }

    @Test("brokers map rings the top brokers by the report's rule (brokerage total) and marks crossing ties")
    func brokers() throws {
        let eco = try Self.load(Self.tiny)
        var o = MapOptions()
        o.brokers = 3
        let map = try eco.brokerMap(o)
        // Ordered pairs of partners without a tie of their own, counted with NetworkX on tiny's
        // participations.csv: h1 14, k1 8, c2 2, u1 2, the others 0 (c2 before u1 by id).
        let ringed = map.nodes.filter { $0.highlight != nil }
        #expect(ringed.map(\.id).sorted() == ["c2", "h1", "k1"])
        #expect(map.nodes.first { $0.id == "h1" }?.label.hasPrefix("1. ") == true)
        #expect(map.nodes.first { $0.id == "k1" }?.label.hasPrefix("2. ") == true)
        #expect(map.nodes.first { $0.id == "c2" }?.label.hasPrefix("3. ") == true)
        #expect(map.subtitle[1].contains("the top 3 brokers by brokerage"))
        #expect(map.edges.contains { $0.color.hasPrefix("#2c3e50") })
    }

    @Test("projects map: projects and their members, roles as line styles, topic filter")
    func projects() throws {
        let eco = try Self.load(Self.tiny)
        var o = MapOptions()
        o.topic = "Welfare Technology"
        let map = try eco.projectMap(o)
        #expect(Set(map.nodes.map(\.id)) == ["project:p1", "project:p2", "c1", "k1", "k2", "h1"])
        #expect(map.edges.count == 6)
        #expect(map.edges.filter { $0.style == .bold }.count == 2)  // c1 coordinates both
        #expect(map.edges.filter { $0.style == .dashed }.count == 3)  // pilot sites
        o.topic = "astrophysics"
        #expect(throws: MapError.self) { try eco.projectMap(o) }
    }

    @Test("match map: seeker, ranked candidates, evidence paths checked")
    func match() throws {
        let eco = try Self.load(Self.tiny)
        let c1 = eco.memberIndex(of: "c1")!
        let k1 = eco.memberIndex(of: "k1")!
        let k2 = eco.memberIndex(of: "k2")!
        let h1 = eco.memberIndex(of: "h1")!
        let u1 = eco.memberIndex(of: "u1")!
        let map = try eco.matchMap(
            seeker: .member(c1),
            suggestions: [Suggestion(candidate: u1, score: 0.9, path: [c1, h1, u1])]
        )
        #expect(Set(map.nodes.map(\.id)) == ["c1", "h1", "u1"])
        #expect(map.nodes.first { $0.id == "u1" }?.label.hasPrefix("1. ") == true)
        #expect(map.edges.filter { $0.style == .dashed }.count == 1)
        #expect(map.edges.filter { $0.style == .solid }.count == 2)
        // A path over a non-tie is refused.
        #expect(throws: MapError.self) {
            try eco.matchMap(
                seeker: .member(c1),
                suggestions: [Suggestion(candidate: u1, score: 1, path: [c1, k2, u1])]
            )
        }
        let profile = try eco.matchMap(
            seeker: .profile(kind: .company, topics: ["sensors"], county: nil),
            suggestions: [Suggestion(candidate: k1, score: 0.7)]
        )
        #expect(profile.nodes.contains { $0.id == "seeker" && $0.highlight != nil })
        #expect(profile.nodes.contains { $0.id == "seeker" && $0.label == "New company: sensors" })
    }
}
