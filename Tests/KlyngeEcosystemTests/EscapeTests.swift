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

    @Test("XML: five entities, tab/LF/CR as references, forbidden characters dropped")
    func xml() {
        #expect(
            Escape.xml(Self.hostile)
                == "Tromsø &quot;A&amp;B&quot; &lt;x&gt; &amp;lt; &apos;q&apos;&#10;&#13;&#9;\\N"
        )
    }

    @Test("HTML: five entities (&#39; for the apostrophe), everything else as is, per scalar")
    func html() {
        #expect(
            Escape.html(Self.hostile)
                == "Tromsø &quot;A&amp;B&quot; &lt;x&gt; &amp;lt; &#39;q&#39;\n\r\t\u{1}\u{FFFE}\\N"
        )
        // A quote carrying a combining mark is one Character but still a quote to a browser.
        #expect(Escape.html("\"\u{301}") == "&quot;\u{301}")
    }

    @Test("JSON: a quoted literal, \\\" \\\\ \\n \\r \\t and \\u00XX for other controls")
    func json() {
        #expect(
            Escape.json(Self.hostile)
                == "\"Tromsø \\\"A&B\\\" <x> &lt; 'q'\\n\\r\\t\\u0001\u{FFFE}\\\\N\""
        )
        #expect(Escape.json("\u{1F}") == "\"\\u001f\"")
    }

    @Test("DOT ID: one quoted string, \\\" and \\\\, LF as \\n, CR dropped")
    func dotID() {
        #expect(
            Escape.dotID(Self.hostile)
                == "\"Tromsø \\\"A&B\\\" <x> &lt; 'q'\\n\t\u{1}\u{FFFE}\\\\N\""
        )
        #expect(Escape.dotID("Evil\" ]; x [label=\"") == "\"Evil\\\" ]; x [label=\\\"\"")
    }

    @Test("Graphviz labels and tooltips: & as &amp;, backslash as entities (one or two passes)")
    func graphvizLabel() {
        #expect(
            Escape.graphvizLabel(Self.hostile)
                == "\"Tromsø \\\"A&amp;B\\\" <x> &amp;lt; 'q'\\n\t\u{1}\u{FFFE}&#92;&#92;N\""
        )
        #expect(
            Escape.graphvizTooltip(Self.hostile)
                == "\"Tromsø \\\"A&amp;B\\\" <x> &amp;lt; 'q'\\n\t\u{1}\u{FFFE}&#92;&#92;&#92;&#92;N\""
        )
    }

    @Test("Graphviz HTML-like text: XML rule, breaks and tabs as spaces, backslash as entities")
    func graphvizHTMLText() {
        #expect(
            Escape.graphvizHTMLText(Self.hostile)
                == "Tromsø &quot;A&amp;B&quot; &lt;x&gt; &amp;lt; &apos;q&apos;   &#92;&#92;N"
        )
    }
}
