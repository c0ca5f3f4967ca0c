import KlyngeEcosystem

/// `/api/map.svg`: which map (`kind=supercluster|ego|brokers|match`), its `focus` member (ego),
/// the `radius` of an ego map, the number of `brokers` ringed, and for a match map the
/// ``MatchParameters`` of the match it draws.
///
/// ```swift
/// let p = try MapParameters(query: QueryValues(query: "kind=ego&focus=Stavanger"), in: served)
/// let svg = try served.mapSVG(p)
/// ```
public struct MapParameters: Sendable {
    /// The maps the server draws.
    public enum Kind: String, Sendable, CaseIterable {
        case supercluster, ego, brokers, match
    }

    public var kind: Kind
    /// The ego map's member (index).
    public var focus: Int?
    /// The ego map's number of steps out from the focus (1…3).
    public var radius: Int
    /// How many brokers the brokers map rings (1…100).
    public var brokers: Int
    /// The match a match map draws.
    public var match: MatchParameters?

    /// The default map: the whole supercluster.
    public init() {
        kind = .supercluster
        radius = 1
        brokers = 10
    }

    /// - Throws: ``ParameterError``: an unknown kind (the kinds named), `top` outside 1…1000 on
    ///   any map, an ego map without
    ///   `focus` or with a member that does not exist (404); for a match map, what
    ///   ``MatchParameters`` throws.
    public init(query values: QueryValues, in served: ServedDataset) throws(ParameterError) {
        self.init()
        if let text = values.first("kind") {
            guard let k = Kind(rawValue: text.lowercased()) else {
                throw ParameterError(
                    "kind",
                    "unknown map kind '\(text)' (choose from \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            kind = k
        }
        radius = try values.integer("radius", default: 1, in: 1...3)
        brokers = try values.integer("brokers", default: 10, in: 1...100)
        switch kind {
        case .ego:
            guard let text = values.first("focus") else {
                throw ParameterError("focus", "an ego map needs focus=MEMBER")
            }
            focus = try parameter("focus") { try served.ecosystem.member(matching: text) }
        case .match:
            var forMatch = values
            forMatch.pairs.removeAll { $0.name == "kind" || $0.name == "focus" || $0.name == "format" }
            if let text = values.first("focus") { forMatch.pairs.append((name: "for", value: text)) }
            forMatch.pairs += values.all("target").map { (name: "kind", value: $0) }
            match = try MatchParameters(query: forMatch, in: served)
        case .supercluster, .brokers:
            break
        }
        // `top` is read by match maps (through MatchParameters); out of range it is an error on
        // every map, never silently ignored.
        if kind != .match { _ = try values.integer("top", default: 10, in: 1...1000) }
    }

    /// Whether this is the map every page starts with (its SVG is computed once and kept).
    public var isDefault: Bool { kind == .supercluster }
}
