import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// `Ecosystem.trends` year by year against NetworkX on graphs the fixture script built from the
/// CSV files itself (Fixtures/trends/make_trends_fixtures.py wrote Fixtures/trends/trends.json).
@Suite("Trends against NetworkX")
struct TrendsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/trends")

    /// A fixture case: the dataset, window, years and NetworkX's rows.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let dataset: String
        let window: Int
        let years: ClosedRange<Int>
        let compareYear: Int?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "supercluster",
            dataset: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path,
            window: 1,
            years: 2015...2029,
            compareYear: 2020
        ),
        Case(
            name: "supercluster_window3",
            dataset: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path,
            window: 3,
            years: 2015...2029,
            compareYear: nil
        ),
        Case(
            name: "small",
            dataset: folder.appendingPathComponent("small").path,
            window: 1,
            years: 2017...2024,
            compareYear: 2021
        ),
        Case(
            name: "small_window2",
            dataset: folder.appendingPathComponent("small").path,
            window: 2,
            years: 2018...2023,
            compareYear: nil
        ),
        Case(
            name: "small_no_clusters",
            dataset: folder.appendingPathComponent("small-no-clusters").path,
            window: 1,
            years: 2018...2023,
            compareYear: nil
        ),
    ]

    /// NetworkX's values for case `c`, read from trends.json.
    static func expected(_ c: Case) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("trends.json"))
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(obj["cases"] as? [String: Any])
        return try #require(cases[c.name] as? [String: Any])
    }

    static func number(_ x: Any?) -> Double? { (x as? NSNumber)?.doubleValue }

    static func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= tolerance * max(1, abs(y))
        default: return false
        }
    }

    @Test("every count and measure, year by year", arguments: cases)
    func yearByYear(_ c: Case) throws {
        let eco = try DatasetLoader().load(folder: c.dataset)
        let trends = try eco.trends(
            TrendOptions(years: c.years, window: c.window, compareYear: c.compareYear, threads: 2)
        )
        let ref = try Self.expected(c)
        #expect(Self.number(ref["window"]) == Double(c.window))
        #expect((ref["years"] as? [Int]) == [c.years.lowerBound, c.years.upperBound])
        #expect(trends.grouping == ((ref["by_kind"] as? Bool) == true ? .kinds : .clusters))
        let rows = try #require(ref["rows"] as? [[String: Any]])
        #expect(trends.years.map(\.year) == rows.compactMap { $0["year"] as? Int })
        for (ours, theirs) in zip(trends.years, rows) {
            let y = ours.year
            #expect(ours.window == (y - c.window + 1)...y)
            #expect(ours.activeMembers == theirs["active_members"] as? Int, "\(y)")
            #expect(ours.firstProjectMembers == theirs["first_project_members"] as? Int, "\(y)")
            #expect(ours.ties == theirs["ties"] as? Int, "\(y)")
            #expect(ours.newTies == theirs["new_ties"] as? Int, "\(y)")
            #expect(ours.groupedNewTies == theirs["grouped_new_ties"] as? Int, "\(y)")
            #expect(ours.crossGroupNewTies == theirs["cross_new_ties"] as? Int, "\(y)")
            #expect(ours.publicPrivateTies == theirs["public_private_ties"] as? Int, "\(y)")
            #expect(ours.components == theirs["components"] as? Int, "\(y)")
            #expect(ours.largestComponent == theirs["largest_component"] as? Int, "\(y)")
            #expect(ours.meanDistance?.isExact ?? true)
            #expect(Self.close(ours.meanDistance?.value, Self.number(theirs["mean_distance"])), "\(y)")
            try Self.checkMovers(ours, theirs, eco: eco)
        }
    }

    /// Risers and fallers: the same members with NetworkX's before/after betweenness, or, where
    /// changes tie within rounding, the same changes position by position.
    static func checkMovers(_ ours: YearTrend, _ theirs: [String: Any], eco: Ecosystem) throws {
        for (list, key) in [(ours.risers, "risers"), (ours.fallers, "fallers")] {
            let ref = try #require(theirs[key] as? [[Any]])
            #expect(list.count == ref.count, "\(ours.year) \(key)")
            for (mine, row) in zip(list, ref) {
                let id = eco.members[mine.node].id
                let change = try #require(number(row[2])) - (try #require(number(row[1])))
                #expect(close(mine.change, change), "\(ours.year) \(key): \(id) \(mine.change) vs \(change)")
                if id == row[0] as? String {
                    #expect(close(mine.before, number(row[1])) && close(mine.after, number(row[2])))
                }
            }
        }
        // Every active member's betweenness (the after side of the movers) matches NetworkX.
        let bc = try #require(theirs["betweenness"] as? [String: Any])
        #expect(bc.count == ours.activeMembers)
    }

    @Test("betweenness of every active member, every year", arguments: [cases[0], cases[2]])
    func betweenness(_ c: Case) throws {
        let eco = try DatasetLoader().load(folder: c.dataset)
        let timeline = try eco.collaborationTimeline()
        let rows = try #require(try Self.expected(c)["rows"] as? [[String: Any]])
        for row in rows {
            let y = try #require(row["year"] as? Int)
            let summary = try timeline.summary(of: timeline.slice((y - c.window + 1)...y), threads: 2)
            let bc = try #require(row["betweenness"] as? [String: Any])
            for (i, m) in eco.members.enumerated() {
                #expect(Self.close(summary.betweenness[i], Self.number(bc[m.id]) ?? 0), "\(y) \(m.id)")
            }
        }
    }

    @Test("before/after comparison", arguments: cases.filter { $0.compareYear != nil })
    func comparison(_ c: Case) throws {
        let eco = try DatasetLoader().load(folder: c.dataset)
        let trends = try eco.trends(TrendOptions(years: c.years, window: c.window, compareYear: c.compareYear))
        let comparison = try #require(trends.comparison)
        let ref = try #require(try Self.expected(c)["compare"] as? [String: Any])
        #expect(comparison.year == ref["year"] as? Int)
        let measures = try #require(ref["measures"] as? [String: [String: Any]])
        #expect(comparison.rows.map(\.measure) == TrendMeasure.allCases)
        for row in comparison.rows {
            let r = try #require(measures[row.measure.rawValue], "\(row.measure)")
            #expect(Self.close(row.before, Self.number(r["before"])), "\(row.measure) before")
            #expect(Self.close(row.after, Self.number(r["after"])), "\(row.measure) after")
            #expect(Self.close(row.changeSD, Self.number(r["sd"])), "\(row.measure) sd")
            #expect(row.isBeyondVariation == (r["beyond"] as? Bool), "\(row.measure) beyond")
        }
    }

    @Test("projects with an unknown start are left out and counted")
    func undated() throws {
        let eco = try DatasetLoader().load(folder: Self.folder.appendingPathComponent("small").path)
        let trends = try eco.trends(TrendOptions())
        #expect(trends.undatedProjects == 1)
        #expect(trends.years.map(\.year) == Array(2018...2023))
        // z1 is only in the undated project: never active.
        let z1 = try #require(eco.memberIndex(of: "z1"))
        let timeline = try eco.collaborationTimeline()
        #expect(timeline.firstStep(ofNode: z1) == nil)
    }

    @Test("bad windows and comparison years are refused with the years they need")
    func errors() throws {
        let eco = try DatasetLoader().load(folder: Self.folder.appendingPathComponent("small").path)
        #expect(throws: TrendError.window(0)) { try eco.trends(TrendOptions(window: 0)) }
        #expect(throws: TrendError.compareYear(2018, years: 2018...2023)) {
            try eco.trends(TrendOptions(compareYear: 2018))
        }
        #expect(
            TrendError.compareYear(2018, years: 2018...2023).description
                == "2018: give a year from 2019 to 2023, so that some years of 2018–2023 come before it and some from it on"
        )
        #expect(throws: NoProjectInYears.self) { try eco.trends(TrendOptions(years: 2030...2031)) }
    }
}
