import Foundation
import KlyngeTestSupport
import Testing

/// The two classic sets bundled as dataset folders give NetworkX's numbers through the
/// dataset path (loader → collaboration graph → CLI), not only through edge lists.
@Suite("classic dataset folders")
struct ClassicDatasetTests {
    /// CSV output of `klynge centrality` as node → column → value.
    static func table(_ csv: String) -> [String: [String: Double]] {
        let lines = csv.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return [:] }
        var out: [String: [String: Double]] = [:]
        for row in lines.dropFirst() {
            var values: [String: Double] = [:]
            for (c, name) in header.enumerated().dropFirst(2) { values[name] = Double(row[c]) }
            out[row[0]] = values
        }
        return out
    }

    static func expectMatches(
        _ r: CommandResult,
        fixture name: String,
        converged: Bool = false,
        measures: [(column: String, fixture: String)]
    ) throws {
        #expect(r.status == 0, "\(r.stderr)")
        let got = table(r.stdout)
        let fixture =
            converged
            ? Fixtures.load(name, in: Fixtures.folder.appendingPathComponent("converged")) : Fixtures.load(name)
        for (column, key) in measures {
            let reference = try #require(fixture.measures[key] ?? nil, "fixture \(name) lacks \(key)")
            #expect(Set(got.keys) == Set(reference.keys), "\(name): node sets differ")
            for (node, want) in reference {
                let have = try #require(got[node]?[column], "\(name): no \(column) for \(node)")
                #expect(
                    abs(have - want) <= 1e-9 * max(1, abs(want)),
                    "\(name) \(column) \(node): \(have) vs NetworkX \(want)"
                )
            }
        }
    }

    @Test(
        "florentine-families: marriages as relations give NetworkX's centralities (--tolerance 1e-6: its stopping rule)"
    )
    func florentine() throws {
        let r = try Klynge.run([
            "centrality", "Datasets/florentine-families", "--relations", "--format", "csv", "--tolerance", "1e-6",
            "--measures", "degree,betweenness,closeness,harmonic,eigenvector,pagerank,core,clustering",
        ])
        try Self.expectMatches(
            r,
            fixture: "florentine",
            measures: [
                ("degree", "degree"), ("betweenness", "betweenness"), ("closeness", "closeness"),
                ("harmonic", "harmonic"),
                ("eigenvector", "eigenvector"), ("pagerank", "pagerank"), ("core", "core"),
                ("clustering", "clustering"),
            ]
        )
        #expect(r.stderr.contains("20 collaboration ties from 0 projects and 20 relations"))
    }

    @Test("florentine-families without --relations has no ties")
    func florentineWithoutRelations() throws {
        let r = try Klynge.run([
            "centrality", "Datasets/florentine-families", "--measures", "degree", "--format", "csv",
        ])
        #expect(r.status == 0)
        #expect(Self.table(r.stdout).values.allSatisfy { $0["degree"] == 0 })
    }

    @Test("davis-southern-women: the projection is NetworkX's weighted women projection")
    func davisProjection() throws {
        let r = try Klynge.run(["export", "Datasets/davis-southern-women", "--to", "edgelist"])
        #expect(r.status == 0, "\(r.stderr)")
        func edges(_ text: String) -> Set<String> {
            // Data lines only: comments and the `source target weight` header have no numeric weight.
            Set(
                text.split(separator: "\n").compactMap { line -> String? in
                    let f = line.split(separator: "\t").map(String.init)
                    guard !line.hasPrefix("#"), f.count == 3, let w = Double(f[2]) else { return nil }
                    let (a, b) = f[0] < f[1] ? (f[0], f[1]) : (f[1], f[0])
                    return "\(a)\t\(b)\t\(w)"
                }
            )
        }
        let reference = try String(contentsOf: Fixtures.folder.appendingPathComponent("davis.edges"), encoding: .utf8)
        #expect(edges(r.stdout) == edges(reference))
        #expect(edges(r.stdout).count == 139)
    }

    @Test(
        "davis-southern-women: centralities of the projection match NetworkX (PageRank converged, as igraph's PRPACK)"
    )
    func davisCentrality() throws {
        let r = try Klynge.run([
            "centrality", "Datasets/davis-southern-women", "--format", "csv",
            "--measures", "degree,betweenness,closeness,pagerank,core",
        ])
        try Self.expectMatches(
            r,
            fixture: "davis",
            measures: [
                ("degree", "degree"), ("betweenness", "betweenness"), ("closeness", "closeness"), ("core", "core"),
            ]
        )
        try Self.expectMatches(
            r,
            fixture: "davis",
            converged: true,
            measures: [("pagerank", "pagerank_nx"), ("pagerank", "pagerank_igraph")]
        )
    }

    @Test("events with an unknown start are in no year window, and the user is told")
    func unknownStartOutsideWindows() throws {
        let r = try Klynge.run([
            "centrality", "Datasets/davis-southern-women", "--years", "1930-1940", "--measures", "degree", "--format",
            "csv",
        ])
        // Issue 12: a window in which no project runs is an error, not a table of zeros.
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(
            r.stderr
                == "klynge: error: no project runs in 1930–1940; the data has no dated project (14 projects have an unknown start and are in no year window)\n"
        )
        let stats = try Klynge.run(["stats", "Datasets/davis-southern-women", "--format", "csv"])
        #expect(stats.stdout.contains("unknown,14,0"))
    }
}
