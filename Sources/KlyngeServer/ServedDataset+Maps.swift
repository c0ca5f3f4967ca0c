import KlyngeConcurrency
import KlyngeEcosystem
import KlyngeMatching
import KlyngeRender

/// The supercluster map once drawn: its description and its SVG, shared by every request.
final class MapCache: Sendable {
    let drawn = Locked<(map: MapDescription, svg: String)?>(nil)
}

extension ServedDataset {
    /// The most members the start page's map draws: a larger dataset (norway-h2020 has over
    /// 9,000) is drawn as its ``mapShownMembers`` most central members with their ties of at
    /// least two shared projects — a whole map would take Graphviz minutes and tens of
    /// megabytes of SVG that no browser pans smoothly.
    public static let mapMemberLimit = 1000
    /// How many members the map of a dataset over ``mapMemberLimit`` shows (by betweenness).
    public static let mapShownMembers = 500

    /// The options of the start page's map: `klynge map`'s defaults, and for a dataset over
    /// ``mapMemberLimit`` members its ``mapShownMembers`` most central with ties of weight ≥ 2,
    /// sized by degree (what `klynge map DATASET --top 500 --min-weight 2 --size-by degree` draws).
    public var superclusterOptions: MapOptions {
        var options = MapOptions()
        if ecosystem.members.count > Self.mapMemberLimit {
            options.top = Self.mapShownMembers
            options.minWeight = 2
            options.sizeBy = .degree
        }
        return options
    }

    /// The whole supercluster as `klynge map DATASET` draws it (``KlyngeRender``'s
    /// `superclusterMap` with ``superclusterOptions``) and its SVG, laid out by Graphviz on first
    /// use and then kept: every later call returns the same value at once.
    ///
    /// ```swift
    /// let (map, svg) = try served.superclusterMap()
    /// print(map.nodes.count, svg.utf8.count)
    /// ```
    ///
    /// - Throws: `GraphvizError` or `GraphError` when the map cannot be drawn.
    /// - Complexity: O(V·E) (betweenness sizes the members) and the layout, once.
    public func superclusterMap() throws -> (map: MapDescription, svg: String) {
        try maps.drawn.withLock { drawn in
            if let drawn { return drawn }
            let map = try ecosystem.superclusterMap(superclusterOptions)
            let svg = String(decoding: try map.render(.svg), as: UTF8.self)
            drawn = (map, svg)
            return (map, svg)
        }
    }

    /// The map `p` asks for: the supercluster (kept, ``superclusterMap()``), the ego network of
    /// `p.focus`, the brokers map, or a match with its evidence paths. On a dataset over
    /// ``mapMemberLimit`` members, ego and brokers maps keep ``superclusterOptions``' limits too
    /// (an ego map its focus and the 124 most central around it).
    ///
    /// ```swift
    /// let p = try MapParameters(query: QueryValues(query: "kind=ego&focus=Stavanger"), in: served)
    /// let map = try served.map(p)
    /// ```
    ///
    /// - Throws: ``ParameterError`` for a match without candidates; Graphviz and graph errors.
    /// - Complexity: the map's own (an ego map O(V + E), a brokers map O(V·E)).
    public func map(_ p: MapParameters) throws -> MapDescription {
        // A large dataset: at most mapShownMembers members on any map (the focus kept on an ego map).
        var options = superclusterOptions
        switch p.kind {
        case .supercluster:
            return try superclusterMap().map
        case .ego:
            options.focus = p.focus.map { ecosystem.members[$0].id }
            options.radius = p.radius
            if options.top != nil { options.top = Self.mapShownMembers / 4 }
            return try ecosystem.egoMap(options)
        case .brokers:
            options.brokers = p.brokers
            return try ecosystem.brokerMap(options)
        case .match:
            guard let m = p.match else { throw ParameterError("kind", "a match map needs for= or profile=") }
            let outcome = try match(m)
            return try context.matchMap(outcome.suggestions, for: outcome.seeker)
        }
    }

    /// The SVG of ``map(_:)``: Graphviz's output, every name in it XML-escaped.
    /// - Complexity: that of ``map(_:)`` plus the layout (none for the kept supercluster).
    public func mapSVG(_ p: MapParameters) throws -> String {
        if p.isDefault { return try superclusterMap().svg }
        return String(decoding: try map(p).render(.svg), as: UTF8.self)
    }
}
