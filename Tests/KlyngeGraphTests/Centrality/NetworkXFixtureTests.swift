import KlyngeGraph
import KlyngeTestSupport
import Testing

/// Every measure against the values NetworkX 3.6.1 computed on the same edge
/// list (fixtures made by Fixtures/make_fixtures.py; never from our own output).
@Suite("NetworkX reference values")
struct NetworkXFixtureTests {
    static let fixtures = Fixtures.all

    /// Computes `measure` the way the fixture's key names it; nil when the key is unknown here.
    static func compute(_ measure: String, on f: ReferenceFixture) throws -> [Double]? {
        let g = try f.graph()
        let personal: [Double] = {
            // Personalisation 1, 2, 3 on the first three ids in sorted (code point) order.
            let sorted = g.nodes.ids.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            var p = [Double](repeating: 0, count: g.nodeCount)
            for (k, id) in sorted.prefix(3).enumerated() { p[g.nodes.index(of: id)!] = Double(k + 1) }
            return p
        }()
        switch measure {
        case "degree": return g.degreeCentrality()
        case "betweenness": return try g.betweenness()
        case "betweenness_raw": return try g.betweenness(normalized: false)
        case "betweenness_endpoints": return try g.betweenness(endpoints: true)
        case "betweenness_weighted": return try g.betweenness(weighted: true)
        case "betweenness_weighted_raw": return try g.betweenness(normalized: false, weighted: true)
        case "closeness": return try g.closeness()
        case "closeness_weighted": return try g.closeness(weighted: true)
        case "harmonic": return try g.harmonic()
        case "harmonic_weighted": return try g.harmonic(weighted: true)
        case "eigenvector": return try g.eigenvector(tolerance: 1e-6)
        case "eigenvector_weighted": return try g.eigenvector(tolerance: 1e-6, weighted: true)
        case "pagerank": return try g.pagerank(tolerance: 1e-6)
        case "pagerank_alpha": return try g.pagerank(alpha: 0.6, tolerance: 1e-6)
        case "pagerank_personalized": return try g.pagerank(personalization: personal, tolerance: 1e-6)
        case "pagerank_weighted": return try g.pagerank(tolerance: 1e-6, weighted: true)
        case "core": return g.coreNumbers().map(Double.init)
        case "clustering": return g.clustering()
        case "clustering_weighted": return g.clustering(weighted: true)
        default: return nil
        }
    }

    static let measureNames = [
        "degree", "betweenness", "betweenness_raw", "betweenness_endpoints", "betweenness_weighted",
        "betweenness_weighted_raw", "closeness", "closeness_weighted", "harmonic", "harmonic_weighted",
        "eigenvector", "eigenvector_weighted", "pagerank", "pagerank_alpha", "pagerank_personalized",
        "pagerank_weighted", "core", "clustering", "clustering_weighted",
    ]

    @Test("fixtures are present") func fixturesPresent() {
        #expect(Self.fixtures.count >= 12)
        let names = Set(Self.fixtures.map(\.name))
        for required in [
            "florentine", "karate", "lesmis", "davis", "path10", "star8", "disconnected", "directed", "weighted",
            "grid40",
        ] {
            #expect(names.contains(required), "missing fixture \(required)")
        }
    }

    @Test("every measure matches NetworkX", arguments: fixtures)
    func matches(_ f: ReferenceFixture) throws {
        let g = try f.graph()
        var checked = 0
        for m in Self.measureNames where f.has(m) {
            let expected = f.values(m, for: g)
            if expected == nil {
                // NetworkX raised (power iteration did not converge): so must we.
                #expect(throws: GraphError.self, "\(f.name) \(m): NetworkX failed, Klynge returned values") {
                    _ = try Self.compute(m, on: f)
                }
                continue
            }
            let actual = try #require(try Self.compute(m, on: f))
            // Iterative measures are asked for NetworkX's stopping rule (tolerance 1e-6): they stop
            // after the same iterations, so they agree to rounding, like the exact ones. Their
            // converged defaults are checked in ConvergedCentralityTests.
            let (err, at) = maxRelativeError(actual, expected!, floor: 1e-12)
            #expect(
                err < 1e-9,
                "\(f.name) \(m): node \(at >= 0 ? g.nodes[at] : "-") Klynge \(at >= 0 ? actual[at] : 0) NetworkX \(at >= 0 ? expected![at] : 0)"
            )
            checked += 1
        }
        #expect(checked >= 8, "\(f.name): only \(checked) measures compared")
    }
}
