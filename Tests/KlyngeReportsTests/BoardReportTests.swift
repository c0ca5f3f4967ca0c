import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports
import KlyngeTestSupport
import Testing

/// The board report: its first page, numbers as people read them, one top-broker rule,
/// datasets without clusters, bokmål, and capped tables.
@Suite("board report")
struct BoardReportTests {
    /// Paths of 10 members each, `n` members in all: one project per tie (joining members i
    /// and i + 1 within a path, starting in 2010 + its number % 10). With `clustered`, the first
    /// half is in cluster A and the rest in B (n a multiple of 20: no tie crosses). Worked by
    /// hand: n − n/10 ties, components of 10, the two ends of each path have a single partner.
    /// (Short paths: power iteration for eigenvector centrality converges in a few hundred
    /// steps, where one path of 1,200 members would take millions.)
    static func path(_ n: Int, clustered: Bool) -> Ecosystem {
        let kinds: [MemberKind] = [.company, .hospital, .university]
        let members = (0..<n).map { i in
            Member(
                id: String(format: "m%05d", i),
                name: "Member \(i)",
                kind: kinds[i % 3],
                clusters: clustered ? [i < n / 2 ? "A" : "B"] : []
            )
        }
        let ties = (0..<(n - 1)).filter { ($0 + 1) % 10 != 0 }
        let projects = ties.indices.map { Project(id: "p\($0)", start: PartialDate(year: 2010 + $0 % 10)) }
        let participations = ties.enumerated().flatMap { p, i in
            [Participation(project: p, member: i), Participation(project: p, member: i + 1)]
        }
        return Ecosystem(
            name: "path",
            members: members,
            projects: projects,
            participations: participations
        )
    }

    /// Every word of `text` (split at non-letters): `nan` and `inf` must not be among them.
    static func words(_ text: String) -> Set<Substring> { Set(text.split(whereSeparator: { !$0.isLetter })) }

    @Test("numbers as people read them, in English and in bokmål")
    func numbers() {
        let en = ReportText.english
        let nb = ReportText.bokmal
        #expect(en.count(13_088) == "13,088")
        #expect(nb.count(13_088) == "13\u{00A0}088")
        #expect(en.count(999) == "999" && nb.count(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(en.percent(0.664151) == "66.4%")
        #expect(nb.percent(0.664151) == "66,4\u{00A0}%")
        #expect(en.decimal(2.349, 2) == "2.35" && nb.decimal(2.349, 2) == "2,35")
        #expect(en.significant(0.224953, 3) == "0.225" && nb.significant(0.0123456, 3) == "0,0123")
        #expect(en.decimal(.nan, 2) == "undefined" && nb.percent(.infinity) == "udefinert")
        #expect(en.percent(3.0 / 9_361) == "<0.1%" && nb.percent(0.0004) == "<0,1\u{00A0}%" && en.percent(0) == "0.0%")
    }

    @Test("every English string has its bokmål twin, with the same placeholders")
    func twins() {
        /// Strings that are the same word in both languages.
        let same: Set<String> = [
            "measure.betweenness.column", "measure.closeness.column", "measure.pagerank.column", "col.betweenness",
            "col.jaccard", "glossary.pagerank.term", "glossary.nmi.term", "glossary.ari.term", "kind.investor",
            "measure.pagerank.title", "stats.graph.degreeMedian", "col.ari", "col.nmi", "col.private",
        ]
        let en = ReportText.english
        let nb = ReportText.bokmal
        #expect(Set(nb.keys) == Set(en.keys), "keys only in one table: \(Set(nb.keys).symmetricDifference(en.keys))")
        func placeholders(_ s: String) -> Set<String> {
            Set((1...9).map { "{\($0)}" }.filter { s.contains($0) })
        }
        for key in en.keys {
            let e = en.template(key) ?? ""
            let b = nb.template(key) ?? ""
            #expect(!e.isEmpty && !b.isEmpty, "\(key) is empty")
            if !same.contains(key) { #expect(e != b, "\(key) is not translated: \(b)") }
            #expect(placeholders(e) == placeholders(b), "\(key): placeholders differ")
        }
    }

    @Test("the board page comes first: map, five to eight findings with numbers and reasons, the trend chart")
    func boardFirst() throws {
        let eco = Self.path(1_200, clustered: true)
        let report = try ecosystemReport(eco)
        #expect((5...8).contains(report.findings.count))
        #expect(report.findings.allSatisfy { !$0.why.isEmpty })
        // Counts with separators, shares as percentages: 1,080 ties, none across (0.0%).
        #expect(report.findings[0].statement.contains("1,200 members in 2 clusters"))
        #expect(report.findings[0].statement.contains("1,080 collaboration ties"))
        #expect(report.findings.contains { $0.statement.contains("0.8% of the members (10 of 1,200)") })
        #expect(
            report.findings.contains {
                $0.statement.hasPrefix("0.0% of the collaboration ties") && $0.statement.contains("(0 of 1,080 ties")
            }
        )
        #expect(report.findings.contains { $0.statement.contains("distance between connected members stays at 3.67") })
        #expect(report.findings.contains { $0.statement.contains("0 have no collaboration tie and 240 only one") })
        #expect(report.boardFigures.count == 1 && report.boardFigures[0].hasPrefix("<svg"))
        let page = report.renderHTML(mapSVG: "<?xml version=\"1.0\"?>\n<svg id=\"themap\"></svg>")
        let map = try #require(page.range(of: "<svg id=\"themap\">"))
        let findings = try #require(page.range(of: "<section id=\"findings\">"))
        let contents = try #require(page.range(of: "<nav>"))
        let firstSection = try #require(page.range(of: "<section id=\"stats_kinds\">"))
        #expect(map.lowerBound < findings.lowerBound && findings.lowerBound < contents.lowerBound)
        #expect(contents.lowerBound < firstSection.lowerBound)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("@media print") && page.contains("size:A4"))
        // Jargon is left to the analyst sections, each term in the glossary.
        for word in ["Gould", "z-score", "NMI", "constraint", "eigenvector"] {
            #expect(!report.findings.contains { $0.statement.contains(word) || $0.why.contains(word) })
        }
        let glossary = try #require(report.sections.first { $0.key == "glossary" })
        #expect(glossary.table.rows.count >= 15)
        // Partners are counted, not normalised.
        let degree = try #require(report.sections.first { $0.key == "top_degree" })
        #expect(degree.table.columns.last == "partners" && degree.table.rows[0].last == .integer(2))
    }

    @Test("one top-broker rule: brokerage total, ties by id, in the findings, the table and BrokerRanking")
    func brokerRule() throws {
        // A star a–{b, c, d} and a tie d–e: a links 3·2 ordered pairs, d links (a, e) both ways.
        var builder = GraphBuilder(directed: false, weighted: false)
        for (u, v) in [("a", "b"), ("a", "c"), ("a", "d"), ("d", "e")] { try builder.addEdge(u, v) }
        let g = try builder.build()
        let totals = BrokerRanking.totals(g)
        #expect(totals == [6, 0, 0, 2, 0])
        #expect(BrokerRanking.order(totals: totals, ids: g.nodes.ids) == [0, 3, 1, 2, 4])
        #expect(BrokerRanking.order(totals: [2, 6, 6], ids: ["c", "b", "a"]) == [2, 1, 0])

        let eco = Self.path(60, clustered: true)
        let report = try ecosystemReport(eco)
        let brokers = try #require(report.sections.first { $0.key == "brokers" })
        #expect(brokers.note.hasPrefix("Ranked by brokerage"))
        // Every inner member of a path brokers 2 ordered pairs: ties by id, so m00001 first.
        #expect(brokers.table.rows[0][0] == .text("m00001") && brokers.table.rows[1][0] == .text("m00002"))
        #expect(report.findings.contains { $0.statement.hasPrefix("The top broker is Member 1 (A, 2 partners)") })
    }

    @Test("a dataset without clusters: kinds everywhere, no merger, no nan or inf in any format")
    func withoutClusters() throws {
        let eco = Self.path(40, clustered: false)
        for language in Language.allCases {
            var options = EcosystemReportOptions()
            options.language = language
            let report = try ecosystemReport(eco, options: options)
            let titles = report.sections.map(\.title)
            #expect(titles.contains(language == .english ? "Brokers between kinds" : "Meglere mellom typer"))
            #expect(!titles.contains(language == .english ? "Brokers between clusters" : "Meglere mellom klynger"))
            let merger = try #require(report.sections.first { $0.key == "merger" })
            #expect(
                merger.table.columns.isEmpty
                    && merger.note.contains(language == .english ? "no clusters" : "ingen klynger")
            )
            let communities = try #require(report.sections.first { $0.key == "communities" })
            #expect(
                communities.table.rows[0][4]
                    == .text(language == .english ? "undefined: no clusters" : "udefinert: ingen klynger")
            )
            let json = try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any]
            #expect(json?["language"] as? String == language.code && json?["merger"] == nil)
            #expect((json?["findings"] as? [[String: String]])?.count == report.findings.count)
            let outputs = OutputFormat.allCases.map(report.render) + [report.renderHTML(mapSVG: nil)]
            for out in outputs {
                let w = Self.words(out)
                #expect(!w.contains("nan") && !w.contains("inf") && !w.contains("NaN"))
            }
        }
    }

    @Test("bokmål: headings, findings and numbers in Norwegian, lang=\"nb\"")
    func bokmal() throws {
        var options = EcosystemReportOptions()
        options.language = .bokmal
        let report = try ecosystemReport(Self.path(1_200, clustered: true), options: options)
        #expect(report.findings[0].statement.hasPrefix("1\u{00A0}200 medlemmer i 2 klynger"))
        #expect(report.findings[0].statement.contains("1\u{00A0}080 samarbeidsbånd"))
        let page = report.renderHTML(mapSVG: nil)
        #expect(page.contains("<html lang=\"nb\">") && page.contains("<h2>Nøkkelfunn</h2>"))
        let md = report.render(.md)
        #expect(md.contains("## Meglere mellom klynger") && md.contains("## Ordliste"))
        #expect(!md.contains("Key findings") && !md.contains("Brokers between"))
    }

    @Test("long member lists are capped in the formats for people, complete in JSON; the page stays small")
    func capped() throws {
        // 3,000 members without a tie, 2 with one: every one is at risk.
        var members = (0..<3_002).map {
            Member(id: String(format: "x%04d", $0), name: "X\($0)", kind: .company, clusters: ["A"])
        }
        members[3_001].clusters = ["B"]
        let eco = Ecosystem(
            name: "loose",
            members: members,
            projects: [Project(id: "p", start: PartialDate(year: 2020))],
            participations: [Participation(project: 0, member: 3_000), Participation(project: 0, member: 3_001)]
        )
        var options = EcosystemReportOptions()
        options.shownRows = 40
        let report = try ecosystemReport(eco, options: options)
        let risk = try #require(report.sections.first { $0.key == "at_risk" })
        #expect(risk.table.rows.count == 3_002)
        let page = report.renderHTML(mapSVG: nil)
        let riskHTML = try #require(page.components(separatedBy: "<section id=\"at_risk\">").last)
            .components(separatedBy: "</section>")[0]
        #expect(riskHTML.components(separatedBy: "<tr>").count - 1 == 41)  // the heading and 40 rows
        #expect(riskHTML.contains("… and 2,962 more rows"))
        // 3,002 rows of about 150 bytes would be 450 kB: the page without a map stays under 100 kB.
        #expect(page.utf8.count < 100_000, "\(page.utf8.count) bytes")
        let json = try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any]
        #expect((json?["at_risk"] as? [Any])?.count == 3_002)
    }

    @Test("the default title is the README's first heading, without the folder name")
    func readmeTitle() {
        #expect(
            Ecosystem.readmeTitle("# norway-h2020 — Norway's H2020 network (real data)\n\nText", folder: "norway-h2020")
                == "Norway's H2020 network (real data)"
        )
        #expect(Ecosystem.readmeTitle("\n# Register of members\n", folder: "reg") == "Register of members")
        #expect(Ecosystem.readmeTitle("No heading\n", folder: "x") == nil)
        #expect(Ecosystem.readmeTitle(nil, folder: "x") == nil)
        #expect(Ecosystem.readmeTitle("# tiny\n", folder: "tiny") == "tiny")
    }

    @Test("trends in bokmål: headings and chart words")
    func trendsBokmal() throws {
        let eco = Self.path(30, clustered: true)
        let report = trendsReport(try eco.trends(TrendOptions()), ecosystem: eco, language: .bokmal)
        #expect(report.sections[0].title == "År for år")
        #expect(report.sections[0].table.columns.contains("nye bånd på tvers av klynger (%)"))
        #expect(report.renderHTML().contains("<html lang=\"nb\">"))
        #expect(report.sections[0].figures.allSatisfy { $0.contains(">år</text>") })
    }
    @Test(
        "the yearly new ties across clusters (kinds) equal NetworkX's counts",
        arguments: [
            ("small", "small"), ("small-no-clusters", "small_no_clusters"),
        ]
    )
    func crossTrend(folder: String, fixtureCase: String) throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("KlyngeEcosystemTests/Fixtures/trends")
        let eco = try DatasetLoader().load(folder: fixtures.appendingPathComponent(folder).path)
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: fixtures.appendingPathComponent("trends.json"))
        )
        let cases = try #require((json as? [String: Any])?["cases"] as? [String: Any])
        let rows = try #require((cases[fixtureCase] as? [String: Any])?["rows"] as? [[String: Any]])
        var expected: [Int: [Int]] = [:]
        for r in rows {
            let year = try #require(r["year"] as? Int)
            expected[year] = ["new_ties", "grouped_new_ties", "cross_new_ties"].map { r[$0] as? Int ?? -1 }
        }
        let report = try ecosystemReport(eco)
        let table = try #require(report.sections.first { $0.key == "cross_trend" }).table
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            guard case .integer(let year) = row[0] else {
                Issue.record("year cell \(row[0])")
                continue
            }
            let counts = row[1...3].map { c -> Int in if case .integer(let i) = c { i } else { -1 } }
            #expect(expected[year] == counts, "\(year)")
        }
    }
}
