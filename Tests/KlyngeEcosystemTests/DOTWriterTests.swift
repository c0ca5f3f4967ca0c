import KlyngeEcosystem
import Testing

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("statements in order, ids quoted, -- or ->, attribute lists only when given")
    func statements() {
        var dot = DOTWriter(name: "a \"b\"")
        dot.comment("note")
        dot.defaults(.node, "shape=box")
        dot.node("x\ny", [])
        dot.node("z", ["label=\"Z\"", "color=red"])
        dot.edge("x\ny", "z", ["weight=2"])
        #expect(
            dot.text
                == "graph \"a \\\"b\\\"\" {\n  // note\n  node [shape=box];\n  \"x\\ny\";\n  \"z\" [label=\"Z\", color=red];\n  \"x\\ny\" -- \"z\" [weight=2];\n}\n"
        )
        var directed = DOTWriter(name: "d", directed: true)
        directed.edge("a", "b", [])
        #expect(directed.text == "digraph \"d\" {\n  \"a\" -> \"b\";\n}\n")
    }
}
