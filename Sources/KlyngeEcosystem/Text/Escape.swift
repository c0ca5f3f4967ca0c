/// Every way Klynge puts a name into a file format: one rule per context, each the exact
/// bytes Klynge has always written (reports, maps and exports are pinned by golden files).
///
/// Hostile names — quotes, angle brackets, ampersands, line breaks, control characters,
/// backslashes — come out as themselves in the reader, never as markup. Non-ASCII text
/// (`Tromsø`) passes through unchanged in every rule.
///
/// ```swift
/// Escape.xml("R&D <lab>")            // R&amp;D &lt;lab&gt;
/// Escape.json("say \"hi\"\n")        // "say \"hi\"\n"  (with its quotes)
/// Escape.dotID("Evil\" ]; x [")      // "Evil\" ]; x ["  (one DOT string)
/// ```
public enum Escape {
    /// XML 1.0 character data and attribute values (GraphML, GEXF): `&`, `<`, `>`, `"`, `'`
    /// as `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`; tab, line feed and carriage return as
    /// character references (so attribute values keep them, XML 1.0 §3.3.3); the characters
    /// XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) dropped.
    ///
    /// ```swift
    /// "<node id=\"\(Escape.xml(member.id))\"/>"
    /// ```
    /// - Complexity: O(*n*) in the length of `s`.
    public static func xml(_ s: String) -> String { map(s) { xmlRule($0) } }

    /// HTML text and attribute values (the HTML report): `&`, `<`, `>`, `"`, `'` as `&amp;`
    /// `&lt;` `&gt;` `&quot;` `&#39;` (HTML 4 has no `&apos;`), scalar by scalar (so a quote carrying a
    /// combining mark is still escaped); everything else as is.
    ///
    /// ```swift
    /// "<td>\(Escape.html(member.name))</td>"
    /// ```
    /// - Complexity: O(*n*).
    public static func html(_ s: String) -> String { map(s) { markup($0, apostrophe: "&#39;") } }

    /// `s` as a JSON string literal, quotes included (RFC 8259 §7): `"` and `\` escaped,
    /// line feed, carriage return and tab as `\n` `\r` `\t`, other controls below U+0020 as
    /// `\u00XX`; everything else (including non-ASCII) as is.
    ///
    /// ```swift
    /// "{\"id\": \(Escape.json(member.id))}"
    /// ```
    /// - Complexity: O(*n*).
    public static func json(_ s: String) -> String {
        "\""
            + map(s) { u in
                switch u {
                case "\"", "\\", "\n": backslashed(u)
                case "\r": "\\r"
                case "\t": "\\t"
                case _ where u.value < 0x20:
                    "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count)
                        + String(u.value, radix: 16)
                default: nil
                }
            } + "\""
    }

    /// `s` as a DOT ID, a double-quoted string (node ids, graph names, plain attributes):
    /// `"` and `\` escaped, a line feed as `\n`, carriage returns dropped. A name like
    /// `Evil" ]; x [label="` stays one string.
    ///
    /// ```swift
    /// "  \(Escape.dotID(u)) -- \(Escape.dotID(v));"
    /// ```
    /// - Complexity: O(*n*).
    public static func dotID(_ s: String) -> String {
        "\"" + map(s) { u in u == "\r" ? "" : backslashed(u) } + "\""
    }

    /// A Graphviz `label` as a quoted string that Graphviz draws as exactly `s`.
    ///
    /// Labels are Graphviz "escString"s: `\N`, `\G`, `\L`… expand to names and other
    /// backslashes are eaten, so a backslash is written as character entities, which Graphviz
    /// decodes before its one escape pass: `&#92;&#92;`. `&` is written `&amp;` (Graphviz would
    /// keep an entity-like `&lt;` in a name as an entity), `"` as `\"`, a line feed as `\n`;
    /// carriage returns are dropped (measured on Graphviz 2.43; Documentation/Graphviz.md).
    ///
    /// ```swift
    /// "label=\(Escape.graphvizLabel(edge.label))"
    /// ```
    /// - Complexity: O(*n*).
    public static func graphvizLabel(_ s: String) -> String { escString(s, backslash: "&#92;&#92;") }

    /// A Graphviz `tooltip`: as ``graphvizLabel(_:)``, but tooltips take two escape passes,
    /// so a backslash is `&#92;&#92;&#92;&#92;`.
    ///
    /// ```swift
    /// "tooltip=\(Escape.graphvizTooltip(member.name + "\n" + member.kind.rawValue))"
    /// ```
    /// - Complexity: O(*n*).
    public static func graphvizTooltip(_ s: String) -> String {
        escString(s, backslash: "&#92;&#92;&#92;&#92;")
    }

    /// `s` as one RFC 4180 field between `separator`s: quoted when it holds the separator, a
    /// quote or a line break, with each quote doubled; else unchanged.
    ///
    /// ```swift
    /// Escape.csvField("Bad \"xyz\" AS")          // "\"Bad \"\"xyz\"\" AS\""
    /// Escape.csvField("0,5", separator: ";")  // "0,5"
    /// ```
    /// - Complexity: O(*n*).
    public static func csvField(_ s: String, separator: Unicode.Scalar = ",") -> String {
        guard s.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return s
        }
        return "\"" + map(s) { $0 == "\"" ? "\"\"" : nil } + "\""
    }

    /// Text inside a Graphviz HTML-like label (`label=<…>`): ``xml(_:)`` after line breaks
    /// and tabs become spaces (HTML-like text breaks lines only with `<BR/>`), with each
    /// backslash as `&#92;&#92;` (Graphviz expands `\N` in HTML text too).
    ///
    /// ```swift
    /// "label=<<B>\(Escape.graphvizHTMLText(title))</B>>"
    /// ```
    /// - Complexity: O(*n*).
    public static func graphvizHTMLText(_ s: String) -> String {
        map(s) { u in
            switch u {
            case "\n", "\r", "\t": " "
            case "\\": "&#92;&#92;"
            default: xmlRule(u)
            }
        }
    }

    /// One scalar by the ``xml(_:)`` rule.
    private static func xmlRule(_ u: Unicode.Scalar) -> String? {
        if let entity = markup(u, apostrophe: "&apos;") { return entity }
        switch u {
        case "\t", "\n", "\r": return "&#\(u.value);"
        case _ where u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF: return ""
        default: return nil
        }
    }

    /// The markup characters' entities shared by XML and HTML (they differ in the apostrophe).
    private static func markup(_ u: Unicode.Scalar, apostrophe: String) -> String? {
        switch u {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": apostrophe
        default: nil
        }
    }

    /// The backslash escapes shared by JSON, DOT IDs and Graphviz labels: `\"`, `\\`, `\n`.
    private static func backslashed(_ u: Unicode.Scalar) -> String? {
        switch u {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        default: nil
        }
    }

    /// `s` with each scalar replaced by `rule(scalar)` (`""` drops it), or kept when `nil`.
    private static func map(_ s: String, _ rule: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if let replacement = rule(u) { out += replacement } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The quoted escString shared by labels and tooltips, with `backslash` for `\`.
    private static func escString(_ s: String, backslash: String) -> String {
        "\""
            + map(s) { u in
                switch u {
                case "\\": backslash
                case "&": "&amp;"
                case "\r": ""
                default: backslashed(u)
                }
            } + "\""
    }
}
