import Foundation
import KlyngeTestSupport
import Testing

/// `klynge trends` run like a user: its output in every format, and its errors naming the option.
/// Expected numbers come from Tests/KlyngeEcosystemTests/Fixtures/trends/trends.json (NetworkX).
@Suite("klynge trends")
struct TrendsCommandTests {
    static let dataset = "Datasets/norwegian-health-supercluster"

    static func fixtureRows(_ name: String) throws -> [[String: Any]] {
        let url = Klynge.root.appendingPathComponent("Tests/KlyngeEcosystemTests/Fixtures/trends/trends.json")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cases = try #require(obj["cases"] as? [String: Any])
        return try #require((cases[name] as? [String: Any])?["rows"] as? [[String: Any]])
    }

    @Test("JSON: one row per year with NetworkX's counts; the comparison section")
    func json() throws {
        let r = try Klynge.run(["trends", Self.dataset, "--format", "json", "--compare", "2020", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["title"] as? String == "Trends of norwegian-health-supercluster")
        let years = try #require(obj["years"] as? [[String: Any]])
        let expected = try Self.fixtureRows("supercluster")
        #expect(years.map { $0["year"] as? Int } == expected.map { $0["year"] as? Int })
        for (ours, theirs) in zip(years, expected) {
            #expect(ours["active members"] as? Int == theirs["active_members"] as? Int)
            #expect(ours["new ties"] as? Int == theirs["new_ties"] as? Int)
            #expect(ours["ties"] as? Int == theirs["ties"] as? Int)
        }
        #expect((obj["comparison"] as? [[String: Any]])?.count == 8)
        #expect((obj["betweenness_movers"] as? [[String: Any]])?.isEmpty == false)
        #expect(!r.stdout.split(whereSeparator: { !$0.isLetter }).contains("nan"))
    }

    @Test("the default table, a window and a year range")
    func table() throws {
        let r = try Klynge.run(["trends", Self.dataset, "--from", "2018", "--to", "2020", "--window", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Trends of norwegian-health-supercluster\n"))
        #expect(r.stdout.contains("Year by year") && r.stdout.contains("years counted"))
        #expect(r.stdout.contains("2017–2018") && r.stdout.contains("2019–2020") && !r.stdout.contains("2020–2021"))
    }

    @Test("html with a chart per measure; xlsx through the workbook writer")
    func files() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-trends-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = dir.appendingPathComponent("trends.html").path
        let xlsx = dir.appendingPathComponent("trends.xlsx").path
        for path in [html, xlsx] {
            let r = try Klynge.run(["trends", Self.dataset, "-o", path])
            #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
        }
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.components(separatedBy: "<svg").count - 1 == 8)
        let book = try Data(contentsOf: URL(fileURLWithPath: xlsx))
        #expect(book.prefix(2) == Data("PK".utf8))
    }

    @Test(
        "errors name the option",
        arguments: [
            (["--window", "0"], Int32(64), "--window must be at least 1 (year)"),
            (["--from", "2021", "--to", "2019"], 64, "--from 2021 is after --to 2019"),
            (["--from", "99"], 64, "--from 99: give a year from 1000 to 2999"),
            (
                ["--compare", "2015"], 1,
                "klynge: error: --compare: 2015: give a year from 2016 to 2029, so that some years of 2015–2029 come before it and some from it on"
            ),
            (["--from", "2040"], 1, "klynge: error: --from: no project runs in 2040; the data spans 2015–2029"),
            (["--to", "2003"], 1, "klynge: error: --to: no project runs in 2003; the data spans 2015–2029"),
            (
                ["--from", "2031", "--to", "2033"], 1,
                "klynge: error: --from/--to: no project runs in 2031–2033; the data spans 2015–2029"
            ),
        ]
    )
    func errors(_ args: [String], _ status: Int32, _ message: String) throws {
        let r = try Klynge.run(["trends", Self.dataset] + args)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
