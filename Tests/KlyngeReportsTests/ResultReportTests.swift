import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports
import KlyngeTestSupport
import Testing

/// The report values of match, consortium and evaluation results print the bytes
/// `klynge match`, `klynge consortium` and `klynge evaluate` printed before they moved here
/// (Fixtures/*.txt: the commands' stdout, recorded with the commands of the demo script before
/// the move).
@Suite("match, consortium and evaluation reports")
struct ResultReportTests {
    static let dataset = Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name).txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func ranked(
        _ seeker: Seeker,
        kinds: Set<MemberKind> = [],
        top: Int,
        in eco: Ecosystem
    ) throws
        -> [Suggestion]
    {
        var query = MatchQuery(seeker: seeker, kinds: kinds)
        query.top = top
        return Array(Matcher(try MatchingContext(eco)).rank(query).prefix(top))
    }

    @Test("a newcomer's explained suggestions as a table, with the Why list")
    func matchTable() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let seeker = try Seeker.parseProfile("kind=company;topics=fall detection,welfare technology;county=Vestland")
        let shown = try Self.ranked(seeker, kinds: [.municipality], top: 5, in: eco)
        let report = MatchReport(shown, seeker: seeker, in: eco, explain: true)
        #expect(report.render(.table) == (try Self.fixture("match")))
    }

    @Test("a member's suggestions as JSON, and explained as Markdown")
    func matchJSONAndMarkdown() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let seeker = Seeker.member(try eco.member(matching: "m0001"))
        let shown = try Self.ranked(seeker, top: 10, in: eco)
        // Full-precision numbers: one feature (geography) differs in its last bit between debug and
        // release builds, so JSON is compared value by value, numbers to 1e-12 relative.
        let json = MatchReport(shown, seeker: seeker, in: eco).render(.json)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let fixture = try Self.fixture("match-json")
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(fixture.utf8)) as? [[String: Any]])
        #expect(json.split(separator: "\n").count == fixture.split(separator: "\n").count)
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            #expect(Set(row.keys) == Set(want.keys))
            for (key, value) in want {
                if let x = value as? Double, let y = row[key] as? Double {
                    #expect(abs(x - y) <= 1e-12 * max(1, abs(x)), "\(key)")
                } else {
                    #expect("\(value)" == "\(row[key] ?? "")", "\(key)")
                }
            }
        }
        let md = MatchReport(shown, seeker: seeker, in: eco, explain: true).render(.md)
        #expect(md == (try Self.fixture("match-md")))
    }

    @Test("explained CSV and JSON carry the reasons in a column, not a Why list")
    func reasonsColumn() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let seeker = Seeker.member(try eco.member(matching: "m0001"))
        let shown = try Self.ranked(seeker, top: 3, in: eco)
        let report = MatchReport(shown, seeker: seeker, in: eco, explain: true)
        let csv = report.render(.csv)
        #expect(csv.hasPrefix("rank,member,") && csv.split(separator: "\n")[0].hasSuffix(",reasons"))
        #expect(!csv.contains("Why"))
        #expect(report.table(withReasons: true).columns.count == report.table().columns.count + 1)
    }

    @Test("a consortium proposal as a table and as JSON", arguments: [OutputFormat.table, .json])
    func consortium(_ format: OutputFormat) throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let call = ConsortiumCall(
            topics: ConsortiumCall.parseTopics("welfare technology,fall detection"),
            roles: try ConsortiumCall.parseRoles("municipality,hospital,company,university")
        )
        let proposal = try ConsortiumPlanner(try MatchingContext(eco), call: call).propose()
        let expected = try Self.fixture(format == .json ? "consortium-json" : "consortium")
        #expect(ConsortiumReport(proposal, call: call, in: eco).render(format) == expected)
    }

    @Test(
        "an evaluation as JSON with its bootstrap intervals, and as Markdown, with its strata",
        arguments: [OutputFormat.json, .md]
    )
    func evaluation(_ format: OutputFormat) throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let split = try TimeSplit(eco, splitYear: 2022, seekerKinds: [.company], targetKinds: [.municipality])
        let result = Evaluator(split).run(EvaluationOptions())
        let baseline = try #require(result.bestBaseline)
        let interval = result.mrrRatioInterval(of: .klynge, to: baseline.method, resamples: 2000, seed: 42)
        let expected = try Self.fixture(format == .json ? "evaluate" : "evaluate-md")
        let strata = result.strataIntervals(resamples: 2000, seed: 42)
        #expect(EvaluationDocument(result, interval: interval, strataIntervals: strata).render(format) == expected)
    }

    @Test("a tuning result as the weights file `klynge evaluate --tune` printed before it moved here")
    func tuning() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let split = try TimeSplit(eco, splitYear: 2021, seekerKinds: [.company], targetKinds: [.municipality])
        let result = Evaluator.tune([Evaluator(split)], options: EvaluationOptions())
        #expect(TuningReport(result, splits: [split], dataset: eco.name).text == (try Self.fixture("tune")))
    }

    @Test("with no split, a tuning report is one `feature = weight` line per feature, in registry order")
    func tuningWeightLines() throws {
        let eco = try DatasetLoader().load(folder: Self.dataset)
        let split = try TimeSplit(eco, splitYear: 2021, seekerKinds: [.company], targetKinds: [.municipality])
        var options = EvaluationOptions()
        options.weights = .defaults
        // No pass: the result keeps the starting weights, MatchWeights.defaults as written there.
        let result = Evaluator.tune([Evaluator(split)], options: options, maxPasses: 0)
        let expected = """
            topic_fit = 0.2
            proximity = 0.15
            shared_partners = 0.3
            consortium_overlap = 0.5
            experience = 0.15
            activity = 0.3
            pilot_experience = 0.05
            complementarity = 0.05
            geography = 0.05
            capacity = 0.15
            recency = 0.05
            newcomer_welcome = 0.0
            same_country = 0.0

            """
        #expect(TuningReport(result, splits: [], dataset: eco.name).text == expected)
    }
}
