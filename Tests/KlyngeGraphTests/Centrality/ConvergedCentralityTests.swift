import KlyngeGraph
import KlyngeTestSupport
import Testing

/// PageRank and eigenvector centrality at their defaults reach the fixed point: compared at 1e-9
/// relative (differences under 1e-11 count as equal: the references themselves differ by up to
/// 2.5e-12, NetworkX against PRPACK on the caveman graph) and, for PageRank, at 1e-10 absolute,
/// its stated guarantee, with NetworkX at tol=1e-15,
/// igraph's PRPACK and ARPACK, and NetworkX's `eigenvector_centrality_numpy`, on the 15 fixture
/// graphs and three cluster-shaped ones (Fixtures/converged/make_converged_fixtures.py; never
/// from our own output). Eigenvector centrality also on long, thin and bipartite graphs where the
/// power iteration (the former default) needs millions of steps: paths of 1,200 and 5,000 nodes,
/// a cycle, a lollipop, two barbells, a 400-node relaxed caveman graph, a 60 × 60 grid and a
/// weighted bipartite graph, against LAPACK (numpy's eigh), ARPACK (scipy's eigsh, igraph) and
/// the closed forms; and on disconnected graphs against numpy per component.
@Suite("converged PageRank and eigenvector centrality")
struct ConvergedCentralityTests {
    static let fixtures = Fixtures.converged

    /// The converged value of a measure key's base (`pagerank_alpha` from `pagerank_alpha_nx`).
    static func compute(_ base: String, on f: ReferenceFixture, _ g: CSRGraph) throws -> [Double] {
        switch base {
        case "pagerank": return try g.pagerank()
        case "pagerank_alpha": return try g.pagerank(alpha: 0.6)
        case "pagerank_personalized":
            // 1, 2, 3 on the first three ids in code point order, as the fixture script.
            let sorted = g.nodes.ids.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            var p = [Double](repeating: 0, count: g.nodeCount)
            for (k, id) in sorted.prefix(3).enumerated() { p[g.nodes.index(of: id)!] = Double(k + 1) }
            return try g.pagerank(personalization: p)
        case "pagerank_weighted": return try g.pagerank(weighted: true)
        case "eigenvector": return try g.eigenvector()
        case "eigenvector_weighted": return try g.eigenvector(weighted: true)
        default: throw GraphError.invalidParameter("unknown measure \(base)")
        }
    }

    @Test("the fixtures are there: the 15 NetworkX graphs and the cluster-shaped ones")
    func present() {
        let names = Set(Self.fixtures.map(\.name))
        #expect(names.count >= 28)
        let expected = [
            "caveman", "sbm", "sbm_weighted", "lesmis", "karate", "directed", "disconnected", "disconnected_tie",
            "path1200", "path5000", "cycle1000", "lollipop", "barbell", "barbell_long", "caveman400", "grid60",
            "bipartite",
        ]
        for name in expected {
            #expect(names.contains(name), "missing converged fixture \(name)")
        }
    }

    @Test("every default agrees with every reference at 1e-9", arguments: fixtures)
    func agrees(_ f: ReferenceFixture) throws {
        let g = try f.graph()
        var compared = 0
        let bases = [
            "pagerank", "pagerank_alpha", "pagerank_personalized", "pagerank_weighted", "eigenvector",
            "eigenvector_weighted",
        ]
        let oracles = ["nx", "igraph", "numpy", "scipy", "exact", "components"]
        for base in bases where oracles.contains(where: { f.has("\(base)_\($0)") }) {
            let actual = try Self.compute(base, on: f, g)
            for oracle in oracles {
                guard let expected = f.values("\(base)_\(oracle)", for: g) else { continue }
                let (err, at) = maxRelativeError(actual, expected, floor: 1e-11)
                #expect(
                    err < 1e-9,
                    "\(f.name) \(base) vs \(oracle): node \(at >= 0 ? g.nodes[at] : "-") Klynge \(at >= 0 ? actual[at] : 0) reference \(at >= 0 ? expected[at] : 0)"
                )
                // Both promise every value within 1e-10 of the fixed point / the Perron vector.
                let worst = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
                #expect(worst <= 1e-10, "\(f.name) \(base) vs \(oracle): off by \(worst), past the 1e-10 guarantee")
                compared += 1
            }
        }
        #expect(compared >= 2, "\(f.name): only \(compared) comparisons")
    }

    @Test("disconnected: the components with the largest leading eigenvalue carry it, every other node is exactly 0")
    func disconnected() throws {
        for name in ["disconnected", "disconnected_tie"] {
            let f = try #require(Self.fixtures.first { $0.name == name })
            let g = try f.graph()
            #expect(g.weaklyConnectedComponents().count > 1)
            let x = try g.eigenvector()
            let expected = try #require(f.values("eigenvector_components", for: g))
            for v in 0..<g.nodeCount where expected[v] == 0 {
                #expect(x[v] == 0, "\(name): \(g.nodes[v]) is \(x[v]), outside the leading component(s)")
            }
            #expect(expected.filter { $0 > 0 }.count >= 4)
            #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        }
    }

    @Test("on the 1,200-node path the power iteration (the former default) fails in 100,000 steps; Lanczos does not")
    func pathDefeatsPowerIteration() throws {
        let f = try #require(Self.fixtures.first { $0.name == "path1200" })
        let g = try f.graph()
        // The same path with an arc each way: directed graphs keep the power iteration.
        var builder = GraphBuilder(directed: true, weighted: false)
        for u in 0..<g.nodeCount {
            for a in g.arcRange(u) { try builder.addEdge(g.nodes[u], g.nodes[g.target(ofArc: a)]) }
        }
        let both = try builder.build()
        #expect(throws: GraphError.notConverged(algorithm: "eigenvector centrality", iterations: 100_000)) {
            _ = try both.eigenvector()
        }
        let expected = try #require(f.values("eigenvector_exact", for: g))
        let x = try g.eigenvector()
        #expect(zip(x, expected).map { abs($0 - $1) }.max()! <= 1e-10)
    }

    @Test("a symmetric barbell with a 300-node bar, where λ₁ and λ₂ agree to rounding: a unit eigenvector, no failure")
    func degenerateBarbell() throws {
        // No reference can tell the Perron vector from the antisymmetric one here (gap < 10⁻³⁰⁰):
        // the property checked is that the answer is an eigenvector for λ₁, finite and ≥ 0.
        var builder = GraphBuilder(directed: false, weighted: false)
        for side in ["a", "b"] {
            for i in 0..<10 { for j in (i + 1)..<10 { try builder.addEdge("\(side)\(i)", "\(side)\(j)") } }
        }
        var previous = "a0"
        for i in 0..<300 {
            try builder.addEdge(previous, "bar\(i)")
            previous = "bar\(i)"
        }
        try builder.addEdge(previous, "b0")
        let g = try builder.build()
        let x = try g.eigenvector()
        #expect(x.allSatisfy { $0.isFinite && $0 >= 0 })
        #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        var ax = [Double](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount { for a in g.arcRange(v) { ax[v] += x[g.target(ofArc: a)] } }
        let lambda = zip(x, ax).reduce(0) { $0 + $1.0 * $1.1 }
        let residual = zip(x, ax).reduce(0) { $0 + ($1.1 - lambda * $1.0) * ($1.1 - lambda * $1.0) }.squareRoot()
        #expect(residual < 1e-12)
        #expect(lambda > 9 && lambda < 9.2)
    }

    @Test("without edges every node shares the centrality; a single node has 1")
    func noEdges() throws {
        var builder = GraphBuilder(directed: false, weighted: false)
        for id in ["a", "b", "c", "d"] { builder.addNode(id) }
        let x = try builder.build().eigenvector()
        #expect(x.allSatisfy { abs($0 - 0.5) < 1e-15 })
        var one = GraphBuilder(directed: false, weighted: false)
        one.addNode("a")
        #expect(try one.build().eigenvector() == [1])
    }

    @Test("where NetworkX's default fails, so does its rule in Klynge, and the default converges")
    func caveman() throws {
        let f = try #require(Self.fixtures.first { $0.name == "caveman" })
        #expect(f.defaultConverges["eigenvector"] == false)
        let g = try f.graph()
        #expect(throws: GraphError.self) { _ = try g.eigenvector(tolerance: 1e-6) }
        let x = try g.eigenvector()
        let expected = try #require(f.values("eigenvector_igraph", for: g))
        #expect(maxRelativeError(x, expected, floor: 1e-11).error < 1e-9)
        for f in Self.fixtures {
            for (measure, converges) in f.defaultConverges where !converges {
                let g = try f.graph()
                #expect(throws: GraphError.self, "\(f.name) \(measure)") {
                    _ = try g.eigenvector(tolerance: 1e-6, weighted: measure == "eigenvector_weighted")
                }
            }
        }
    }

    @Test("Les Misérables: Myriel's PageRank is the converged 0.042779, not NetworkX's default 0.042803")
    func myriel() throws {
        let f = try #require(Self.fixtures.first { $0.name == "lesmis" })
        let g = try f.graph()
        let i = try #require(g.nodes.index(of: "Myriel"))
        let converged = try g.pagerank()
        let loose = try g.pagerank(tolerance: 1e-6)
        let reference = try #require(f.values("pagerank_igraph", for: g))
        #expect(abs(converged[i] - reference[i]) <= 1e-10)
        #expect(abs(loose[i] - reference[i]) > 1e-6)
    }

    @Test("a bad tolerance is refused", arguments: [0.0, -1.0, Double.nan, Double.infinity])
    func badTolerance(_ t: Double) throws {
        let g = try #require(Self.fixtures.first { $0.name == "karate" }).graph()
        #expect(throws: GraphError.self) { _ = try g.pagerank(tolerance: t) }
        #expect(throws: GraphError.self) { _ = try g.eigenvector(tolerance: t) }
    }
}
