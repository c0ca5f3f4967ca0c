import Foundation
import KlyngeTestSupport
import Testing

/// `klynge brokers` and `klynge report` as a user runs them.
@Suite("klynge brokers and report")
struct BrokerCommandTests {
    static let tiny = "Tests/KlyngeEcosystemTests/Fixtures/tiny"
    static let brokerageFixtures = "Tests/KlyngeGraphTests/Fixtures/brokerage"

    @Test("brokers on a dataset: the documented CSV header, groups by cluster, the multi-cluster note")
    func datasetCSV() throws {
        let r = try Klynge.run(["brokers", Self.tiny, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let header = r.stdout.split(separator: "\n").first.map(String.init)
        #expect(
            header
                == "node,name,group,coordinator,itinerant,representative,gatekeeper,liaison,brokerage_total,constraint,effective_size,efficiency,hierarchy,betweenness,coordinator_z,itinerant_z,representative_z,gatekeeper_z,liaison_z,brokerage_total_z,sole_bridges,cut_vertex"
        )
        #expect(r.stderr.contains("2 members belong to several clusters; each counts in its first listed cluster"))
        #expect(r.stdout.split(separator: "\n").count == 9)
    }

    @Test("brokers on an edge list with a groups file gives R sna's role counts")
    func edgeListMatchesSNA() throws {
        let dir = try Klynge.temporaryFolder()
        let tsv = try String(
            contentsOf: Klynge.root.appendingPathComponent(Self.brokerageFixtures + "/karate.groups.tsv"),
            encoding: .utf8
        )
        let csv = tsv.replacingOccurrences(of: "\t", with: ",")
        let groups = dir.appendingPathComponent("groups.csv").path
        try csv.write(toFile: groups, atomically: true, encoding: .utf8)
        let r = try Klynge.run([
            "brokers", "Tests/KlyngeGraphTests/Fixtures/karate.edges", "--groups", groups, "--format", "csv",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let sna = try String(
            contentsOf: Klynge.root.appendingPathComponent(Self.brokerageFixtures + "/karate.sna.csv"),
            encoding: .utf8
        )
        var want: [String: [Int]] = [:]
        for line in sna.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            want[f[0]] = f[1...6].map { Int(Double($0)!) }
        }
        var seen = 0
        for line in r.stdout.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            #expect(f[2...7].map { Int($0)! } == want[f[0]], "node \(f[0])")
            seen += 1
        }
        #expect(seen == 34)
    }

    @Test("brokers: dataset-only groupings on an edge list and bad group files are clear errors")
    func errors() throws {
        let r = try Klynge.run(["brokers", "Tests/KlyngeGraphTests/Fixtures/karate.edges", "--groups", "kind"])
        #expect(r.status == 1)
        #expect(
            r.stderr
                == "klynge: error: --groups kind needs a dataset folder; for an edge list give a CSV of node,group rows\n"
        )
        let missing = try Klynge.run(["brokers", Self.tiny, "--groups", "/nonexistent/groups.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "klynge: error: /nonexistent/groups.csv: missing file\n")
        // Usage errors (issue 11): an unknown sort column or grouping exits 64 with the usage line.
        let sort = try Klynge.run(["brokers", Self.tiny, "--sort", "fame"])
        #expect(sort.status == 64 && sort.stderr.hasPrefix("Error: cannot sort by 'fame'"))
        #expect(sort.stderr.contains("Usage: klynge brokers"))
        let grouping = try Klynge.run(["brokers", Self.tiny, "--groups", "colour"])
        #expect(grouping.status == 64)
        #expect(
            grouping.stderr.hasPrefix(
                "Error: unknown --groups value 'colour' (use cluster, kind, county or a FILE.csv)"
            )
        )
    }

    @Test("brokers: the same bytes for any thread count")
    func deterministic() throws {
        let a = try Klynge.run([
            "brokers", "Datasets/norwegian-health-supercluster", "--format", "csv", "--threads", "1",
        ])
        let b = try Klynge.run([
            "brokers", "Datasets/norwegian-health-supercluster", "--format", "csv", "--threads", "2",
        ])
        #expect(a.status == 0 && a.stdout == b.stdout)
    }

    @Test("report: Markdown sections and the synthetic notice", arguments: ["md", "json"])
    func report(_ format: String) throws {
        let r = try Klynge.run(["report", "Datasets/norwegian-health-supercluster", "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("SYNTHETIC"))
        if format == "md" {
            for heading in [
                "## Key findings", "## On most shortest paths (betweenness)", "## Brokers between clusters",
                "## Connections between clusters", "## Communities against clusters",
                "## What the supercluster merger gains", "## Members at risk of isolation", "## Glossary",
            ] {
                #expect(r.stdout.contains(heading), "missing \(heading)")
            }
        } else {
            let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(obj?["brokers"] is [[String: Any]])
        }
    }

    @Test("report --format html renders in headless Chromium: the tables and the map are in the page")
    func htmlInBrowser() throws {
        let dir = try Klynge.temporaryFolder()
        let page = dir.appendingPathComponent("report.html")
        let r = try Klynge.run([
            "report", "Datasets/norwegian-health-supercluster", "--format", "html", "-o", page.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let chromium = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            },
            "Chromium is needed for this test: `make test` installs it (apt package chromium)"
        )
        let shot = dir.appendingPathComponent("shot.png")
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--user-data-dir=" + dir.appendingPathComponent("profile").path,
        ]
        let screenshot = try runProcess(
            chromium,
            common + ["--window-size=1280,2400", "--screenshot=" + shot.path, page.absoluteString]
        )
        #expect(screenshot == 0)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000)
        let dumpFile = dir.appendingPathComponent("dom.html")
        #expect(try runProcess(chromium, common + ["--dump-dom", page.absoluteString], stdout: dumpFile) == 0)
        let dom = try String(contentsOf: dumpFile, encoding: .utf8)
        #expect(dom.components(separatedBy: "<table").count - 1 >= 15)
        #expect(dom.contains("Brokers between clusters"))
    }

    func runProcess(_ path: String, _ args: [String], stdout: URL? = nil) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        if let stdout {
            _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
            p.standardOutput = try FileHandle(forWritingTo: stdout)
        } else {
            p.standardOutput = FileHandle.nullDevice
        }
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}
