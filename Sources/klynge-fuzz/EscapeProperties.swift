import KlyngeEcosystem

/// What each escaper of ``KlyngeEcosystem/Escape`` promises, checked on any text, scalar by
/// scalar (a combining mark after a quote makes one `Character` of both, which hides the quote
/// from a `Character` test; readers of CSV, HTML and XML see scalars).
enum EscapeProperties {
    /// - Complexity: O(length of `text`) per escaper.
    static func check(_ text: String) {
        let html = Escape.html(text).unicodeScalars
        precondition(!html.contains(where: { "<>\"'".unicodeScalars.contains($0) }), "Escape.html left markup")
        let xml = Escape.xml(text).unicodeScalars
        precondition(!xml.contains(where: { "<>\"".unicodeScalars.contains($0) }), "Escape.xml left markup")
        for scalar in xml {
            let v = scalar.value
            precondition(v >= 0x20 || v == 0x9 || v == 0xA || v == 0xD, "Escape.xml left a control character")
        }
        let json = Escape.json(text)
        precondition(json.unicodeScalars.allSatisfy { $0.value >= 0x20 }, "Escape.json left a control character")
        checkCSV(Array(Escape.csvField(text).unicodeScalars))
        _ = Escape.dotID(text)
        _ = Escape.graphvizLabel(text)
        _ = Escape.graphvizTooltip(text)
        _ = Escape.graphvizHTMLText(text)
    }

    /// An RFC 4180 field: unquoted without separator, quote or line break; quoted with every
    /// inner quote doubled.
    static func checkCSV(_ field: [Unicode.Scalar]) {
        let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
        guard field.first == "\"" else {
            precondition(!field.contains(where: special.contains), "Escape.csvField: separator unquoted")
            return
        }
        precondition(field.count >= 2 && field.last == "\"", "Escape.csvField: unterminated quote")
        var i = 1
        while i < field.count - 1 {
            if field[i] == "\"" {
                precondition(i + 1 < field.count - 1 && field[i + 1] == "\"", "Escape.csvField: lone quote")
                i += 2
            } else {
                i += 1
            }
        }
    }
}
