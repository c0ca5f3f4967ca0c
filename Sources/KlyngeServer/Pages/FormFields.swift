import KlyngeEcosystem

/// The fields the match and consortium forms share, each with the error about it (the API's
/// words, by parameter) shown under it and tied to it for screen readers: a select, a number, a
/// member typed by name (with the names offered), the dataset's topics as checkboxes with their
/// Norwegian and English synonyms, and the member kinds.
///
/// ```swift
/// let fields = FormFields(values: values, errors: ["top": "top: must be at most 1000"])
/// fields.number("top", label: "How many", range: 1...1000, fallback: "10")
/// ```
struct FormFields {
    /// What the request sent.
    let values: QueryValues
    /// Errors by parameter name.
    let errors: [String: String]

    /// Member names offered as one types (a longer list makes the page heavy; any name or id
    /// can still be typed).
    static let datalistLimit = 3000

    func value(_ key: String) -> String { values.first(key) ?? "" }

    /// The error under a field (empty when none).
    func error(_ key: String) -> String {
        errors[key].map { "<span class=\"field-error\" id=\"\(key)-error\" role=\"alert\">\(HTML.text($0))</span>" }
            ?? ""
    }

    /// The attributes tying a field to its error.
    func described(_ key: String) -> String {
        errors[key] == nil ? "" : " aria-describedby=\"\(key)-error\" aria-invalid=\"true\""
    }

    /// A labelled `<select>` of `options` with a first option `none` (value empty); `errorKey`
    /// names the parameter whose error it shows (nil: none here).
    func select(_ name: String, label: String, _ options: [String], none: String, errorKey: String?) -> String {
        let chosen = value(name)
        var out = "<label for=\"\(name)\">\(HTML.text(label))</label>"
        out += "<select id=\"\(name)\" name=\"\(name)\"\(errorKey.map(described) ?? "")>"
        out += "<option value=\"\">\(HTML.text(none))</option>"
        for o in options {
            out += "<option value=\"\(HTML.text(o))\"\(o == chosen ? " selected" : "")>\(HTML.text(o))</option>"
        }
        return out + "</select>" + (errorKey.map(error) ?? "")
    }

    /// A labelled whole-number field, `fallback` shown when the request gave none.
    func number(_ name: String, label: String, range: ClosedRange<Int>, fallback: String) -> String {
        let shown = value(name).isEmpty ? fallback : value(name)
        return "<label for=\"\(name)\">\(HTML.text(label))</label><input type=\"number\" id=\"\(name)\" "
            + "name=\"\(name)\" min=\"\(range.lowerBound)\" max=\"\(range.upperBound)\" "
            + "value=\"\(HTML.text(shown))\"\(described(name))>" + error(name)
    }

    /// A member typed by name or id, the dataset's names offered.
    /// - Complexity: O(V log V) to sort the names.
    func member(_ name: String, label: String, eco: Ecosystem) -> String {
        let names = eco.members.map(\.name).sorted().prefix(Self.datalistLimit)
        return "<label for=\"\(name)\">\(HTML.text(label))</label>"
            + "<input type=\"text\" id=\"\(name)\" name=\"\(name)\" list=\"\(name)-names\" "
            + "value=\"\(HTML.text(value(name)))\" autocomplete=\"off\"\(described(name))>" + error(name)
            + "<datalist id=\"\(name)-names\">" + names.map { "<option value=\"\(HTML.text($0))\">" }.joined()
            + "</datalist>"
    }

    /// The dataset's topics (most members first) as checkboxes named `name`, each with its
    /// synonyms, and a filter box for those with JavaScript.
    /// - Complexity: O(topics · synonym table).
    func topics(_ name: String, label: String, served: ServedDataset) -> String {
        let chosen = Set(values.list(name))
        var out = "<p class=\"hint\" id=\"\(name)-label\">\(HTML.text(label))</p>"
        out += "<input type=\"search\" class=\"js-only\" aria-label=\"Filter the topics\" "
        out += "placeholder=\"filter the topics, e.g. fallsensor\" data-filter=\"#\(name)-choices label\">"
        out += "<div class=\"topics\" id=\"\(name)-choices\" role=\"group\" aria-labelledby=\"\(name)-label\">"
        for topic in served.topics {
            let synonyms = TopicSynonyms.alternatives(for: topic)
            out += "<label class=\"inline\"><input type=\"checkbox\" name=\"\(name)\" value=\"\(HTML.text(topic))\""
            out += (chosen.contains(topic) ? " checked" : "") + "> <span>\(HTML.text(topic))"
            if !synonyms.isEmpty {
                out += " <span class=\"synonyms\">(\(HTML.text(synonyms.joined(separator: ", "))))</span>"
            }
            out += "</span></label>"
        }
        return out + "</div>"
    }

    /// The member kinds as checkboxes named `name`.
    func kinds(_ name: String, label: String) -> String {
        let chosen = Set(values.list(name))
        var out = "<p class=\"hint\" id=\"\(name)-label\">\(HTML.text(label))</p>"
        out += "<div class=\"choices\" role=\"group\" aria-labelledby=\"\(name)-label\">"
        for k in MemberKind.allCases {
            out += "<label class=\"inline\"><input type=\"checkbox\" name=\"\(name)\" value=\"\(k.rawValue)\""
            out += (chosen.contains(k.rawValue) ? " checked" : "") + "> \(HTML.text(PlainWords.kind(k)))</label>"
        }
        return out + "</div>" + error(name)
    }
}
