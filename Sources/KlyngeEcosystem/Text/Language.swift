/// The language of what Klynge writes for people: report text, map titles and legends, trend
/// headings. English is the default; `nb` is Norwegian bokmål.
///
/// Every module keeps its strings in one table per language (never spread through the code),
/// and a test checks that every English string has its bokmål twin.
///
/// ```swift
/// let lang = try Language(code: "nb")   // .bokmal
/// lang.code                             // "nb"
/// ```
public enum Language: String, Sendable, CaseIterable, Hashable {
    /// English (`en`), the default.
    case english = "en"
    /// Norwegian bokmål (`nb`).
    case bokmal = "nb"

    /// The ISO 639-1 code (`en`, `nb`), also the HTML `lang` attribute.
    public var code: String { rawValue }

    /// Reads `en`/`english` or `nb`/`no`/`bokmål`/`norsk` (any case).
    ///
    /// - Throws: ``UnknownLanguage`` naming the value and the codes known.
    public init(code: String) throws {
        switch foldedKey(code) {
        case "en", "eng", "english", "engelsk": self = .english
        case "nb", "no", "nob", "bokmal", "norsk", "norwegian", "nbno": self = .bokmal
        default: throw UnknownLanguage(value: code)
        }
    }
}

/// A language code Klynge does not write.
public struct UnknownLanguage: Error, CustomStringConvertible, Sendable {
    public let value: String
    public var description: String {
        "unknown language '\(value)': use en (English, the default) or nb (Norwegian bokmål)"
    }
}
