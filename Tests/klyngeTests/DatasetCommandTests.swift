import Foundation
import KlyngeTestSupport
import Testing

/// `klynge validate`, `klynge stats` and `klynge centrality DATASET` run as a user runs them.
@Suite("dataset commands")
struct DatasetCommandTests {
    static let tiny = "Tests/KlyngeEcosystemTests/Fixtures/tiny"
    static let broken = "Tests/KlyngeEcosystemTests/BrokenDatasets"

    @Test("validate: a valid dataset")
    func validateValid() throws {
        let r = try Klynge.run(["validate", Self.tiny])
        #expect(r.status == 0)
        #expect(r.stdout == "\(Self.tiny): valid — 8 members, 5 projects, 15 participations, 1 relations, 4 clusters\n")
    }

    @Test("validate: every problem, one per line, exit 1")
    func validateBroken() throws {
        let dir = Self.broken + "/unknown-references"
        let r = try Klynge.run(["validate", dir])
        #expect(r.status == 1)
        let expected = try String(
            contentsOf: Klynge.root.appendingPathComponent(dir + "/expected.txt"),
            encoding: .utf8
        )
        #expect(r.stdout == expected.replacingOccurrences(of: "DATASET", with: dir))
        #expect(r.stderr == "klynge: error: \(dir): 3 problems\n")
    }

    @Test("centrality on a dataset ranks members with their names")
    func centralityDataset() throws {
        let r = try Klynge.run(["centrality", Self.tiny, "--measures", "degree", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "node,name,degree")
        // h1 shares projects with c1, k1, k2 (p1), c2, u1, i1 (p3, p4): 6 of 7 others.
        #expect(lines[1] == "h1,Vestkyst sykehus (synthetic),\(6.0 / 7.0)")
        #expect(lines.last == "x1,Lone Member AS,0")
        #expect(r.stderr.contains("tiny: 8 members"))
    }

    @Test("a broken dataset given to centrality lists its problems")
    func centralityBroken() throws {
        let r = try Klynge.run(["centrality", Self.broken + "/end-before-start"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("projects.csv:2: end: end 2019 is before start 2021"))
        #expect(r.stdout.isEmpty)
    }

    @Test("stats: sections and numbers", arguments: ["table", "md", "json"])
    func stats(_ format: String) throws {
        let r = try Klynge.run(["stats", Self.tiny, "--format", format])
        #expect(r.status == 0)
        switch format {
        case "json":
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let graph = try #require(obj["graph"] as? [[String: Any]])
            let ties = graph.first { $0["measure"] as? String == "ties (edges)" }
            // Pairs sharing a project, by hand: p1 (4 members) 6; p2 (c1–k1) none new; p3 (4) 6;
            // p4 (u1, c2, h1, k1) adds u1–k1 and c2–k1; p5 has one member. 14 in all.
            #expect((ties?["value"] as? NSNumber)?.intValue == 14)
            let kinds = try #require(obj["kinds"] as? [[String: Any]])
            #expect(kinds.first?["kind"] as? String == "company")
            #expect((kinds.first?["members"] as? NSNumber)?.intValue == 3)
        case "md":
            #expect(r.stdout.hasPrefix("# tiny: 8 members, 5 projects, 15 participations\n"))
            #expect(r.stdout.contains("## Cluster overlap"))
        default:
            #expect(r.stdout.contains("Members by kind"))
            #expect(r.stdout.contains("Projects by start year"))
        }
    }

    @Test("export --to edgelist is read back by centrality")
    func exportRoundTrip() throws {
        let dir = try Klynge.temporaryFolder()
        let file = dir.appendingPathComponent("tiny.tsv").path
        let e = try Klynge.run(["export", Self.tiny, "--to", "edgelist", "-o", file])
        #expect(e.status == 0)
        let fromFile = try Klynge.run(["centrality", file, "--measures", "betweenness,degree", "--format", "csv"])
        let fromDataset = try Klynge.run([
            "centrality", Self.tiny, "--measures", "betweenness,degree", "--format", "csv",
        ])
        #expect(fromFile.status == 0)
        // Same values for every member with ties (the edge list cannot hold the isolated x1,
        // and its degree normalisation uses n − 1 = 6 instead of 7, so compare betweenness ranks).
        let ids = fromFile.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
        let datasetIds = fromDataset.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
            .filter { $0 != "x1" }
        #expect(ids == datasetIds)
    }

    @Test("-o never overwrites a dataset file")
    func protectsDataset() throws {
        let dir = try Klynge.temporaryFolder()
        for f in ["members.csv", "projects.csv", "participations.csv", "relations.csv", "README.md"] {
            try FileManager.default.copyItem(
                at: Klynge.root.appendingPathComponent(Self.tiny + "/" + f),
                to: dir.appendingPathComponent(f)
            )
        }
        let before = try String(contentsOf: dir.appendingPathComponent("members.csv"), encoding: .utf8)
        let r = try Klynge.run(["stats", dir.path, "-o", dir.appendingPathComponent("members.csv").path])
        #expect(r.status == 1)
        #expect(try String(contentsOf: dir.appendingPathComponent("members.csv"), encoding: .utf8) == before)
    }
}

/// The bundled datasets load, and outputs based on the synthetic one say it is synthetic.
@Suite("bundled datasets")
struct BundledDatasetTests {
    @Test(
        "norway-h2020 and the supercluster validate",
        arguments: ["Datasets/norway-h2020", "Datasets/norwegian-health-supercluster"]
    )
    func valid(_ dataset: String) throws {
        let r = try Klynge.run(["validate", dataset])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("\(dataset): valid"))
    }

    @Test("outputs of the synthetic dataset carry the notice")
    func syntheticNotice() throws {
        let notice = "SYNTHETIC dataset: memberships, projects and company names are invented"
        let stats = try Klynge.run(["stats", "Datasets/norwegian-health-supercluster", "--format", "md"])
        #expect(stats.stdout.split(separator: "\n").first?.contains(notice) == true)
        let cent = try Klynge.run([
            "centrality", "Datasets/norwegian-health-supercluster", "--measures", "degree", "--top", "3",
        ])
        #expect(cent.stderr.contains(notice))
        let real = try Klynge.run(["stats", "Datasets/norway-h2020", "--format", "md"])
        #expect(!real.stdout.contains("SYNTHETIC"))
    }
}
