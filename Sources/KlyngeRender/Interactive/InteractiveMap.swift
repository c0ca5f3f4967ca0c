import KlyngeEcosystem
import KlyngeGraph

/// A map a person can explore in a browser: the Graphviz drawing of a ``MapDescription``
/// with, for every member on it, the data the map's script needs — full name, kind, clusters,
/// county, centralities with ranks, and partners — for search, filters, the hover card and
/// the member card.
///
/// Two outputs share one fragment: ``standaloneHTML(title:)``, a single file that opens from
/// disk with no server and no network (`klynge map DATASET -o map.html`), and
/// ``embeddedHTML(memberLink:)``, the fragment `klynge serve` puts on its `/` page, which
/// loads ``InteractiveMapAssets/script`` and ``InteractiveMapAssets/style`` as files (the
/// server's Content-Security-Policy forbids inline script and style attributes).
///
/// ```swift
/// let description = try eco.superclusterMap(MapOptions())
/// let svg = String(decoding: try description.render(.svg), as: UTF8.self)
/// let map = InteractiveMap(eco, map: description, svg: svg,
///                          centralities: [.init(name: "degree", values: graph.degreeCentrality())])
/// let page = map.standaloneHTML(title: description.title)
/// ```
public struct InteractiveMap: Sendable {
    /// One centrality measure of every member of the ecosystem (indexed like
    /// `Ecosystem.members`), shown on the cards with each member's rank.
    public struct Centrality: Sendable, Equatable {
        /// The measure's name as cards show it ("betweenness").
        public var name: String
        /// One value per member of the ecosystem, in member order.
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// What the map's script knows about one member on the map.
    struct Entry: Sendable, Equatable {
        var id: String
        var name: String
        var kind: String
        var clusters: [String]
        var county: String?
        var municipality: String?
        var values: [Double]
        /// 1-based rank on each measure among all members (value descending, ties by id).
        var ranks: [Int]
        /// Ids of the members it shares a drawn tie with, sorted by id.
        var partners: [String]
    }

    /// The map's heading (the description's title).
    public let title: String
    /// The lines under the title: what is shown, the data's dates, a synthetic-data notice.
    public let subtitle: [String]
    /// Measure names, in the order of every entry's `values` and `ranks`.
    let measures: [String]
    /// Members of the ecosystem (the rank denominator).
    let total: Int
    /// The members drawn on the map, in the description's node order.
    let entries: [Entry]
    /// Clusters, kinds and counties present on the map, in the order the filters offer them.
    let clusters: [String], kinds: [String], counties: [String]
    /// The drawing, prepared for a page (see ``InteractiveSVG``) but without member links.
    let drawing: InteractiveSVG

    /// Collects the map's members from `eco`, their partners from the map's drawn ties and
    /// their ranks on each of `centralities`.
    ///
    /// - Parameters:
    ///   - eco: the ecosystem the map was built from.
    ///   - map: the description (``Ecosystem/superclusterMap(_:)`` or another member map);
    ///     nodes whose id is not a member (cluster captions, projects) carry no data.
    ///   - svg: `map` rendered by Graphviz (``MapDescription/render(_:engine:)`` with `.svg`).
    ///   - centralities: measures with one value per member of `eco`.
    /// - Precondition: every measure has `eco.members.count` values.
    /// - Complexity: O(M log M) per measure for the ranks, plus O(V + E + |svg|).
    public init(_ eco: Ecosystem, map: MapDescription, svg: String, centralities: [Centrality]) {
        for c in centralities {
            precondition(
                c.values.count == eco.members.count,
                "centrality \(c.name): \(c.values.count) values for \(eco.members.count) members"
            )
        }
        let onMap = map.nodes.compactMap { eco.memberIndex(of: $0.id) }
        var partners = [String: Set<String>]()
        for e in map.edges where e.style != .invisible {
            guard eco.memberIndex(of: e.source) != nil, eco.memberIndex(of: e.target) != nil else { continue }
            partners[e.source, default: []].insert(e.target)
            partners[e.target, default: []].insert(e.source)
        }
        let ranks = centralities.map { c in
            var rank = [Int](repeating: 0, count: c.values.count)
            let order = c.values.indices.ranked(score: { c.values[$0].isNaN ? -.infinity : c.values[$0] }) {
                eco.members[$0].id
            }
            for (position, i) in order.enumerated() { rank[i] = position + 1 }
            return rank
        }
        entries = onMap.map { i in
            let m = eco.members[i]
            return Entry(
                id: m.id,
                name: m.name,
                kind: m.kind.rawValue,
                clusters: m.clusters,
                county: m.county,
                municipality: m.municipality,
                values: centralities.map { $0.values[i] },
                ranks: ranks.map { $0[i] },
                partners: (partners[m.id] ?? []).sorted(by: Ranking.idPrecedes)
            )
        }
        title = map.title
        subtitle = map.subtitle
        measures = centralities.map(\.name)
        total = eco.members.count
        let present = Set(entries.flatMap(\.clusters))
        clusters =
            eco.clusters.filter(present.contains)
            + present.subtracting(eco.clusters).sorted(by: Ranking.idPrecedes)
        let kindsPresent = Set(entries.map(\.kind))
        kinds = MemberKind.allCases.map(\.rawValue).filter(kindsPresent.contains)
        counties = Set(entries.compactMap(\.county)).sorted {
            let (a, b) = (foldedKey($0), foldedKey($1))
            return a == b ? Ranking.idPrecedes($0, $1) : Ranking.idPrecedes(a, b)
        }
        let captions = Dictionary(
            map.nodes.filter(\.isCaption).map { ($0.id, $0.label) },
            uniquingKeysWith: { first, _ in first }
        )
        drawing = InteractiveSVG(
            svg,
            members: Dictionary(entries.map { ($0.id, $0.name) }) { a, _ in a },
            captions: captions
        )
    }
}
