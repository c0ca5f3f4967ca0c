import Foundation

/// The parameters of a query string (`a=1&b=x+y&b=z`), decoded as a browser's form sends
/// them (`application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte of UTF-8), in order.
/// Every endpoint's parameter type reads its values from one of these, so a page's form and
/// the JSON API read a request the same way.
///
/// ```swift
/// let q = try QueryValues(query: "for=Bergen+kommune&kind=municipality,hospital&kind=company")
/// q.first("for")  // "Bergen kommune"
/// q.list("kind")  // ["municipality", "hospital", "company"]
/// ```
///
/// - Complexity: O(length of the query) to parse; ``first(_:)`` and ``all(_:)`` O(parameters).
public struct QueryValues: Sendable, Equatable {
    /// Name and value pairs, in the order of the query string.
    public var pairs: [(name: String, value: String)]

    public init(_ pairs: [(name: String, value: String)] = []) { self.pairs = pairs }

    /// Parses `query` (without the `?`).
    /// - Throws: ``ParameterError`` naming the parameter whose percent-encoding is not UTF-8.
    public init(query: String?) throws(ParameterError) {
        var pairs: [(name: String, value: String)] = []
        for item in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else {
                throw ParameterError(String(parts[0]), "the name is not valid percent-encoded UTF-8")
            }
            let raw = parts.count > 1 ? parts[1] : ""
            guard let value = Self.decode(raw) else {
                throw ParameterError(name, "the value is not valid percent-encoded UTF-8")
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    public static func == (a: QueryValues, b: QueryValues) -> Bool {
        a.pairs.map(\.name) == b.pairs.map(\.name) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    /// `+` as a space, then percent-decoding; nil when the bytes are not UTF-8.
    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The first non-empty value of `name` (a form's empty field counts as not given).
    public func first(_ name: String) -> String? {
        pairs.first { $0.name == name && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }?.value
    }

    /// Every value of `name`, each split at commas, trimmed, empty items dropped: a repeated
    /// parameter (`kind=a&kind=b`) and a comma list (`kind=a,b`) mean the same.
    public func list(_ name: String) -> [String] {
        all(name).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// The integer value of `name`, or `fallback` when not given.
    /// - Throws: ``ParameterError`` when it is not an integer in `range`.
    public func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(ParameterError) -> Int
    {
        guard let text = first(name) else { return fallback }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw ParameterError(name, "'\(text)' is not a whole number")
        }
        if n < range.lowerBound { throw ParameterError(name, "must be at least \(range.lowerBound)") }
        if n > range.upperBound { throw ParameterError(name, "must be at most \(range.upperBound)") }
        return n
    }

    /// The number value of `name`, or `fallback` when not given.
    /// - Throws: ``ParameterError`` when it is not a finite number ≥ 0.
    public func nonNegative(_ name: String, default fallback: Double) throws(ParameterError) -> Double {
        guard let text = first(name) else { return fallback }
        guard let x = Double(text.trimmingCharacters(in: .whitespaces)), x.isFinite, x >= 0 else {
            throw ParameterError(name, "must be a number ≥ 0")
        }
        return x
    }

    /// Whether the flag `name` is on: `1`, `true`, `yes`, `on` (a checked box); off when absent.
    /// - Throws: ``ParameterError`` for any other value.
    public func flag(_ name: String) throws(ParameterError) -> Bool {
        guard let text = first(name)?.lowercased() else { return false }
        switch text.trimmingCharacters(in: .whitespaces) {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ParameterError(name, "'\(text)' is not true or false")
        }
    }
}
