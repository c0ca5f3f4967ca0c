import Foundation
import KlyngeGraph
import KlyngeRender
import Testing

@Suite("Graphviz in-process")
struct GraphvizTests {
    /// 5 nodes (one only declared), 6 edges, two clusters; `cluster_a` is opened twice,
    /// which must give one cluster (a name lookup through cgraph's ID map).
    static let small = """
        graph G {
          subgraph cluster_a { label="A"; a1; a2 }
          subgraph cluster_b { label="B"; b1 -- b2 }
          subgraph cluster_a { a1 -- a2 }
          lonely;
          a1 -- b1; a2 -- b2; a1 -- b2; a2 -- b1
        }
        """

    static func svg(_ dot: String, _ engine: LayoutEngine = .sfdp) throws -> GraphvizSVGSummary {
        try GraphvizSVGSummary(Graphviz.render(dot: dot, engine: engine, format: .svg))
    }

    @Test(
        "SVG has exactly the nodes, edges and clusters of the DOT, with their names as titles",
        arguments: LayoutEngine.allCases
    )
    func svgStructure(_ engine: LayoutEngine) throws {
        let svg = try Self.svg(Self.small, engine)
        #expect(svg.nodeTitles.sorted() == ["a1", "a2", "b1", "b2", "lonely"])
        #expect(svg.edgeTitles.count == 6)
        #expect(Set(svg.edgeTitles) == ["a1--a2", "b1--b2", "a1--b1", "a2--b2", "a1--b2", "a2--b1"])
        if engine == .dot || engine == .fdp {
            #expect(svg.clusterTitles == ["cluster_a", "cluster_b"])  // declaration order
        }
    }

    @Test("PNG and PDF carry their magic bytes")
    func binaryFormats() throws {
        let png = try Graphviz.render(dot: Self.small, engine: .neato, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Graphviz.render(dot: Self.small, engine: .neato, format: .pdf)
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
    }

    @Test("DOT output is the graph with positions, names kept")
    func laidOutDOT() throws {
        let dot = String(decoding: try Graphviz.render(dot: Self.small, engine: .fdp, format: .dot), as: UTF8.self)
        #expect(dot.hasPrefix("graph G {"))
        #expect(dot.contains("subgraph cluster_a"))
        #expect(dot.contains("subgraph cluster_b"))
        #expect(dot.contains("lonely\t[") || dot.contains("lonely ["))
        #expect(dot.contains("pos=\""))
        #expect(dot.contains("bb=\""))
    }

    @Test("A syntax error is a parse error with Graphviz's own message")
    func syntaxError() throws {
        _ = try Graphviz.render(dot: Self.small, engine: .sfdp, format: .svg)  // 7 lines read before
        // and a graph followed by blank lines, which agmemread leaves in the lexer's buffer
        _ = try Graphviz.render(dot: "graph { a }\n\n\n", engine: .sfdp, format: .svg)
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "graph { a -- ; }", engine: .sfdp, format: .svg)
        }
        #expect(error?.stage == .parse)
        #expect(error?.message.contains("syntax error in line 1 near ';'") == true, "\(String(describing: error))")
        #expect(error?.description.contains("parsing DOT") == true)
        // The next call is unaffected (no error text carried over).
        #expect(try Self.svg("graph { x }").nodeTitles == ["x"])
    }

    @Test("Text without a graph is a parse error")
    func noGraph() throws {
        let error = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "", engine: .neato, format: .svg)
        }
        #expect(error?.stage == .parse)
        #expect(error?.message.isEmpty == false)
    }

    @Test("Norwegian and hostile names and labels arrive escaped and intact")
    func hostileText() throws {
        // (Graphviz decodes entities such as `&amp;` in labels itself, so none here.)
        let label = #"Æøå & <Tromsø> "sitat" 'x' ; -- } ]]> \ ✓"#
        let dotLabel = label.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let dot = """
            digraph {
              "Bodø <&>" [label="\(dotLabel)"];
              "Bodø <&>" -> "Ærlig \\"navn\\"";
            }
            """
        let bytes = try Graphviz.render(dot: dot, engine: .dot, format: .svg)
        let svg = try GraphvizSVGSummary(bytes)  // well-formed XML
        #expect(svg.nodeTitles.sorted() == ["Bodø <&>", "Ærlig \"navn\""])
        #expect(svg.texts.contains(label))
        #expect(svg.edgeTitles == ["Bodø <&>->Ærlig \"navn\""])
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("Bodø &lt;&amp;&gt;"))
        #expect(!raw.contains("<Tromsø>"))
    }

    @Test("Concurrent callers are serialized and all succeed")
    func concurrentCallers() async throws {
        let engines: [LayoutEngine] = [.sfdp, .neato, .fdp, .dot, .circo, .twopi]
        let results = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for i in 0..<16 {
                group.addTask {
                    let dot = "graph { c\(i)_1 -- c\(i)_2 -- c\(i)_3; c\(i)_1 -- c\(i)_3 }"
                    let svg = try Self.svg(dot, engines[i % engines.count])
                    return (i, svg.nodeTitles.sorted())
                }
            }
            var all: [Int: [String]] = [:]
            for try await (i, titles) in group { all[i] = titles }
            return all
        }
        #expect(results.count == 16)
        for (i, titles) in results { #expect(titles == ["c\(i)_1", "c\(i)_2", "c\(i)_3"]) }
    }

    /// 40 nodes, 4 clusters, 80 edges; the same text every time.
    static let clustered: String = {
        var rng = SplitMix64(seed: 7)
        var dot = "graph R {\n"
        for c in 0..<4 {
            dot += "  subgraph cluster_\(c) { label=\"c\(c)\"; "
            for n in stride(from: c, to: 40, by: 4) { dot += "n\(n); " }
            dot += "}\n"
        }
        for _ in 0..<80 { dot += "  n\(rng.next(below: 40)) -- n\(rng.next(below: 40));\n" }
        return dot + "}\n"
    }()

    @Test(
        "Repeated renders of the same DOT give the same bytes, also with other graphs in between",
        arguments: LayoutEngine.allCases
    )
    func repeatable(_ engine: LayoutEngine) throws {
        let first = try Graphviz.render(dot: Self.clustered, engine: engine, format: .svg)
        _ = try Graphviz.render(dot: Self.small, engine: engine, format: .svg)
        _ = try Graphviz.render(dot: Self.clustered, engine: .sfdp, format: .dot)
        let again = try Graphviz.render(dot: Self.clustered, engine: engine, format: .svg)
        #expect(first == again)
        let laidOut = try Graphviz.render(dot: Self.clustered, engine: engine, format: .dot)
        #expect(laidOut == (try Graphviz.render(dot: Self.clustered, engine: engine, format: .dot)))
    }

    @Test("The library reports its version")
    func version() {
        let parts = Graphviz.version.split(separator: ".")
        #expect(parts.count >= 2)
        #expect(parts.allSatisfy { Int($0) != nil })
    }
}
