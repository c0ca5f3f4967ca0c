import KlyngeConcurrency
import KlyngeEcosystem
import KlyngeMatching
import KlyngeRender

/// The supercluster map once drawn: its description and its SVG, shared by every request.
final class MapCache: Sendable {
    let drawn = Locked<(map: MapDescription, svg: String)?>(nil)
}

extension ServedDataset {
    /// The options of the start page's map: the library's defaults, as `klynge map DATASET`
    /// draws it (on a dataset over ``MapOptions/largeDataset`` members — norway-h2020 has over
    /// 9,000 — its ``MapOptions/largeDatasetTop`` members highest by betweenness with their ties
    /// of at least ``MapOptions/largeDatasetMinWeight`` shared projects).
    public var superclusterOptions: MapOptions { MapOptions() }

    /// Whether maps of this dataset show a selection of its members (it is over
    /// ``MapOptions/largeDataset`` members).
    public var mapsSelectMembers: Bool { superclusterOptions.isLargeDefault(memberCount: ecosystem.members.count) }

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
    /// ``MapOptions/largeDataset`` members, brokers maps keep the same selection and an ego map
    /// its focus and the ``MapOptions/largeDatasetTop`` − 1 most central around it.
    ///
    /// ```swift
    /// let p = try MapParameters(query: QueryValues(query: "kind=ego&focus=Stavanger"), in: served)
    /// let map = try served.map(p)
    /// ```
    ///
    /// - Throws: ``ParameterError`` for a match without candidates; Graphviz and graph errors.
    /// - Complexity: the map's own (an ego map O(V + E), a brokers map O(V·E)).
    public func map(_ p: MapParameters) throws -> MapDescription {
        // A large dataset: at most largeDatasetTop members on any map (the focus kept on an ego map).
        var options = superclusterOptions
        switch p.kind {
        case .supercluster:
            return try superclusterMap().map
        case .ego:
            options.focus = p.focus.map { ecosystem.members[$0].id }
            options.radius = p.radius
            if mapsSelectMembers { options.top = MapOptions.largeDatasetTop }
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
