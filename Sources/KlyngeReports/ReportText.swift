import KlyngeEcosystem

/// Every string the report and the trends pages write for people, in one table per language
/// (``english`` and ``bokmal``: `ReportText+English.swift`, `ReportText+Bokmal.swift`), and
/// numbers written as readers of that language expect: `13,088` and `66.4%` in English,
/// `13 088` (a no-break space) and `66,4 %` in bokmål.
///
/// Strings are looked up by key; `{1}`, `{2}`… in a string are replaced by the arguments.
///
/// ```swift
/// let nb = ReportText.of(.bokmal)
/// nb("finding.size", nb.count(13_088), nb.count(4))  // "13 088 medlemmer i 4 klynger …"
/// nb.percent(0.664151)                               // "66,4 %"
/// ```
public struct ReportText: Sendable {
    /// The language the strings are in.
    public let language: Language
    /// Key → template.
    let strings: [String: String]

    /// The English table (the default).
    public static let english = ReportText(language: .english, strings: englishStrings)
    /// The Norwegian bokmål table.
    public static let bokmal = ReportText(language: .bokmal, strings: bokmalStrings)

    /// The table of `language`.
    public static func of(_ language: Language) -> ReportText {
        switch language {
        case .english: english
        case .bokmal: bokmal
        }
    }

    /// Every key of the table.
    public var keys: [String] { strings.keys.sorted() }

    /// The template of `key`, without substitution (nil for an unknown key).
    public func template(_ key: String) -> String? { strings[key] }

    /// The string `key` with `{1}`, `{2}`… replaced by `arguments`.
    /// - Complexity: O(length of the string).
    public func callAsFunction(_ key: String, _ arguments: String...) -> String {
        guard let template = strings[key] ?? Self.english.strings[key] else {
            assertionFailure("no report string '\(key)'")
            return key
        }
        guard !arguments.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= arguments.count {
                out += arguments[n - 1]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    // MARK: Numbers

    /// The no-break space bokmål puts between digit groups and before `%`.
    static let noBreakSpace = "\u{00A0}"

    /// A count with its thousands grouped: `13,088` / `13 088`.
    public func count(_ n: Int) -> String {
        let grouped = NumberText.grouped(n)
        return language == .english ? grouped : grouped.replacingAll(",", with: Self.noBreakSpace)
    }

    /// A share between 0 and 1 as a percentage with `decimals` decimals: `66.4%` / `66,4 %`.
    public func percent(_ share: Double, decimals: Int = 1) -> String {
        guard share.isFinite else { return self("value.undefined") }
        // A share that would round to 0 but is not 0 reads "<0.1%", never "0.0%".
        if share > 0 && decimals > 0 && fixed(share * 100, decimals).allSatisfy({ $0 == "0" || $0 == "." }) {
            let least = localised("0." + String(repeating: "0", count: decimals - 1) + "1")
            return "<" + (language == .english ? least + "%" : least + Self.noBreakSpace + "%")
        }
        let digits = localised(fixed(share * 100, decimals))
        return language == .english ? digits + "%" : digits + Self.noBreakSpace + "%"
    }

    /// `x` with exactly `decimals` decimals: `2.35` / `2,35`.
    public func decimal(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return self("value.undefined") }
        return localised(fixed(x, decimals))
    }

    /// `x` rounded to `digits` significant digits: `0.225` / `0,225`.
    public func significant(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return self("value.undefined") }
        if x == 0 { return "0" }
        return localised(formatSignificant(x, digits))
    }

    /// Decimal text written with `.` and no grouping, in this language: bokmål swaps the
    /// point for a comma and groups the whole part.
    func localised(_ plain: String) -> String {
        var sign = ""
        var body = Substring(plain)
        if body.hasPrefix("-") {
            sign = language == .english ? "-" : "−"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Int(parts[0]).map(count) ?? String(parts[0])
        let point = language == .english ? "." : ","
        return sign + whole + (parts.count > 1 ? point + parts[1] : "")
    }
}
