import KlyngeEcosystem
import Testing

/// Each escaping rule once, against one hostile name: quotes, angle brackets, an ampersand
/// (and an entity-like `&lt;`), a line break, CR, tab, a control character (U+0001), the
/// XML-forbidden U+FFFE, a backslash (with Graphviz's `\N`), and Tromsø. Expected bytes are
/// written by hand from each format's rules (XML 1.0 §2.2 and §3.3.3, HTML 4, RFC 8259 §7,
/// the DOT grammar, Graphviz's escString), not from Klynge's output.
@Suite("Escaping names for each output format")
struct EscapeTests {
    static let hostile = "Tromsø \"A&B\" <x> &lt; 'q'\n\r\t\u{1}\u{FFFE}\\N"

    enum Rule: String, CaseIterable, Sendable {
        case xml, html, json, dotID, graphvizLabel, graphvizTooltip, graphvizHTMLText

        func apply(_ s: String) -> String {
            switch self {
            case .xml: Escape.xml(s)
            case .html: Escape.html(s)
            case .json: Escape.json(s)
            case .dotID: Escape.dotID(s)
            case .graphvizLabel: Escape.graphvizLabel(s)
            case .graphvizTooltip: Escape.graphvizTooltip(s)
            case .graphvizHTMLText: Escape.graphvizHTMLText(s)
            }
        }

        /// `hostile` by this rule, written by hand.
        var expected: String {
            switch self {
            // Five entities; tab, LF, CR as references (attribute values keep them); U+0001 and U+FFFE dropped.
            case .xml: "Tromsø &quot;A&amp;B&quot; &lt;x&gt; &amp;lt; &apos;q&apos;&#10;&#13;&#9;\\N"
            // Five entities (&#39;: HTML 4 has no &apos;); everything else as is.
            case .html: "Tromsø &quot;A&amp;B&quot; &lt;x&gt; &amp;lt; &#39;q&#39;\n\r\t\u{1}\u{FFFE}\\N"
            // A quoted literal: \" \\ \n \r \t, \u0001 for the other control.
            case .json: "\"Tromsø \\\"A&B\\\" <x> &lt; 'q'\\n\\r\\t\\u0001\u{FFFE}\\\\N\""
            // One quoted DOT string: \" and \\, LF as \n, CR dropped.
            case .dotID: "\"Tromsø \\\"A&B\\\" <x> &lt; 'q'\\n\t\u{1}\u{FFFE}\\\\N\""
            // escString: & as &amp; (so &lt; stays text), backslash as entities (one decoding pass).
            case .graphvizLabel: "\"Tromsø \\\"A&amp;B\\\" <x> &amp;lt; 'q'\\n\t\u{1}\u{FFFE}&#92;&#92;N\""
            // Tooltips are decoded twice: four backslash entities.
            case .graphvizTooltip:
                "\"Tromsø \\\"A&amp;B\\\" <x> &amp;lt; 'q'\\n\t\u{1}\u{FFFE}&#92;&#92;&#92;&#92;N\""
            // XML rule with line breaks and tabs as spaces, backslash as entities.
            case .graphvizHTMLText: "Tromsø &quot;A&amp;B&quot; &lt;x&gt; &amp;lt; &apos;q&apos;   &#92;&#92;N"
            }
        }
    }

    @Test("one hostile name by each rule", arguments: Rule.allCases)
    func rule(_ rule: Rule) {
        #expect(rule.apply(Self.hostile) == rule.expected)
        #expect(rule.apply("") == (rule.expected.hasPrefix("\"") ? "\"\"" : ""))
    }

    @Test("edge cases: a quote carrying a combining mark, controls near U+0020, a DOT injection")
    func edges() {
        #expect(Escape.html("\"\u{301}") == "&quot;\u{301}")  // one Character, still a quote
        #expect(Escape.json("\u{1F} ") == "\"\\u001f \"")
        #expect(Escape.dotID("Evil\" ]; x [label=\"") == "\"Evil\\\" ]; x [label=\\\"\"")
    }
}
