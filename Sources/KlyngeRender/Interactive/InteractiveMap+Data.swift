import KlyngeEcosystem

extension InteractiveMap {
    /// The map's data as the text of a `<script type="application/json" id="klynge-map-data">`
    /// block: `{"title", "total", "measures", "members": [{"id", "name", "key", "kind",
    /// "clusters", "county", "municipality", "values", "ranks", "partners", "href"?}]}`, where
    /// `key` is the name under `foldedKey` (what search compares) and `href` the member's page
    /// when `links` is given. Safe inside the script element (``scriptJSON(_:)``).
    ///
    /// - Complexity: O(total length of the members' data).
    func dataJSON(links: ((String) -> String)?) -> String {
        var out = "{\"title\":\(Escape.json(title)),\"total\":\(total),\"measures\":\(array(measures.map(Escape.json)))"
        out += ",\"members\":["
        for (k, e) in entries.enumerated() {
            if k > 0 { out += "," }
            out +=
                "{\"id\":\(Escape.json(e.id)),\"name\":\(Escape.json(e.name)),\"key\":\(Escape.json(foldedKey(e.name)))"
            out += ",\"kind\":\(Escape.json(e.kind)),\"clusters\":\(array(e.clusters.map(Escape.json)))"
            out += ",\"county\":\(e.county.map(Escape.json) ?? "null")"
            out += ",\"municipality\":\(e.municipality.map(Escape.json) ?? "null")"
            out += ",\"values\":\(array(e.values.map(Self.jsonNumber))),\"ranks\":\(array(e.ranks.map(String.init)))"
            out += ",\"partners\":\(array(e.partners.map(Escape.json)))"
            if let links { out += ",\"href\":\(Escape.json(links(e.id)))" }
            out += "}"
        }
        return Self.scriptJSON(out + "]}")
    }

    private func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A finite number in JSON's grammar (Swift's shortest round-trip digits), `null` otherwise.
    static func jsonNumber(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }

    /// JSON text made safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c`,
    /// `\u003e`, `\u0026` (so `</script>` or `<!--` in a name cannot end or change the block) and
    /// U+2028/U+2029 as `\u2028`/`\u2029`. These characters only occur inside JSON strings,
    /// where the escapes mean the same characters, so `JSON.parse` reads the same value.
    ///
    /// ```swift
    /// InteractiveMap.scriptJSON(Escape.json("</script>"))  // "\u003c/script\u003e" with quotes
    /// ```
    /// - Complexity: O(*n*).
    static func scriptJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for u in json.unicodeScalars {
            switch u {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
