import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports
import KlyngeServer
import KlyngeTestSupport
import Testing

/// Every endpoint of the JSON API over real HTTP: status, content type, shape, and the same
/// bytes as the CLI's `--format json`.
@Suite struct APITests {
    let served = defaultServed

    @Test func datasetSummarisesTheDataset() async throws {
        let eco = served.ecosystem
        let answer = try await RunningServer.with(served) { try await $0.raw("/api/dataset") }
        #expect(answer.status == 200)
        let value = try JSONSerialization.jsonObject(with: answer.body)
        let d = try #require(value as? [String: Any])
        #expect(d["name"] as? String == eco.name)
        #expect(d["synthetic"] as? Bool == eco.isSynthetic)
        let counts = try #require(d["counts"] as? [String: Int])
        #expect(counts["members"] == eco.members.count)
        #expect(counts["projects"] == eco.projects.count)
        #expect((d["clusters"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == eco.clusters)
        let kinds = try #require(d["kinds"] as? [[String: Any]])
        #expect(kinds.compactMap { $0["members"] as? Int }.reduce(0, +) == eco.members.count)
        #expect((d["topics"] as? [[String: Any]])?.first?["name"] as? String == served.topics.first)
        #expect((d["counties"] as? [[String: Any]])?.contains { $0["name"] as? String == "Vestland" } == true)
    }

    @Test func membersSearchAndDetail() async throws {
        let bergen = try served.ecosystem.member(matching: "Bergen")
        let id = served.ecosystem.members[bergen].id
        try await RunningServer.with(served) { server in
            let found = try await server.raw("/api/members?q=bergen")
            #expect(found.status == 200)
            #expect(found.headers["content-type"] == "application/json; charset=utf-8")
            let list = try #require(try JSONSerialization.jsonObject(with: found.body) as? [[String: Any]])
            #expect(list.first?["id"] as? String == id)
            let detail = try await server.json("/api/members/\(id)")
            #expect(detail.status == 200)
            let d = try #require(detail.value as? [String: Any])
            #expect((d["member"] as? [String: Any])?["name"] as? String == "Bergen")
            #expect((d["centralities"] as? [[String: Any]])?.count == ServedDataset.measures.count)
            let byName = try await server.json("/api/members/Bergen")
            #expect(byName.status == 200)
        }
    }

    @Test func anUnknownMemberIs404WithTheClosest() async throws {
        try await RunningServer.with(served) { server in
            let (status, value) = try await server.json("/api/members/Bergnx")
            #expect(status == 404)
            let e = try #require(value as? [String: Any])
            #expect(
                (e["error"] as? String)?.hasPrefix("id: no member 'Bergnx' in \(served.ecosystem.name); closest: ")
                    == true
            )
            #expect(e["parameter"] as? String == "id")
            #expect(((e["closest"] as? [[String: Any]])?.count ?? 0) > 0)
            let match = try await server.json("/api/match?for=Bergnx")
            #expect(match.status == 404)
            #expect((match.value as? [String: Any])?["parameter"] as? String == "for")
        }
    }

    /// The library path `klynge match` runs, for the same query, gives the same bytes.
    @Test func matchIsTheCLIsJSON() async throws {
        let eco = served.ecosystem
        let seeker = try eco.member(matching: "Bergen")
        var query = MatchQuery(seeker: .member(seeker), kinds: [.municipality])
        query.counties = ["Vestland"]
        query = try query.resolved(in: eco)
        let ranked = Matcher(try MatchingContext(eco)).rank(query)
        let expected = MatchReport(Array(ranked.prefix(5)), seeker: .member(seeker), in: eco, explain: true)
            .render(.json)
        let answer = try await RunningServer.with(served) { server in
            try await server.raw("/api/match?for=Bergen&kind=municipality&county=vestland&top=5&explain=1")
        }
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"] == "application/json; charset=utf-8")
        #expect(String(decoding: answer.body, as: UTF8.self) == expected)
    }

    /// The built `klynge match --format json` and the API agree byte for byte, for a newcomer.
    @Test func newcomerMatchEqualsTheBinary() async throws {
        let dataset = Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        let cli = try Klynge.run([
            "match", dataset, "--profile", "kind=company;topics=fall detection;county=Vestland",
            "--kind", "municipality", "--county", "Vestland", "--top", "8", "--format", "json",
        ])
        #expect(cli.status == 0)
        let profile = "kind%3Dcompany%3Btopics%3Dfall%20detection%3Bcounty%3DVestland"
        let answer = try await RunningServer.with(served) { server in
            try await server.raw("/api/match?profile=\(profile)&kind=municipality&county=Vestland&top=8")
        }
        #expect(answer.status == 200)
        #expect(String(decoding: answer.body, as: UTF8.self) == cli.stdout)
    }

    @Test func matchDownloadsAndErrors() async throws {
        try await RunningServer.with(served) { server in
            let csv = try await server.raw("/api/match?for=Bergen&format=csv")
            #expect(csv.status == 200)
            #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
            #expect(csv.headers["content-disposition"] == "attachment; filename=\"match.csv\"")
            #expect(String(decoding: csv.body, as: UTF8.self).hasPrefix("rank,member,name,kind,county,score,"))
            let xlsx = try await server.raw("/api/match?for=Bergen&format=xlsx")
            #expect(xlsx.status == 200)
            #expect(xlsx.body.prefix(2) == Data("PK".utf8))
            let none = try await server.json("/api/match?for=Bergen&kind=university&county=Finnmark")
            #expect(none.status == 400)
            #expect(
                ((none.value as? [String: Any])?["error"] as? String)?.hasPrefix("no candidate passes the filters")
                    == true
            )
            let bad = try await server.json("/api/match?for=Bergen&kind=wizard")
            #expect(bad.status == 400)
            #expect(
                ((bad.value as? [String: Any])?["error"] as? String)?.hasPrefix("kind: unknown kind 'wizard'") == true
            )
        }
    }

    /// `klynge brokers DATASET --top 15 --sort betweenness --format json`, byte for byte.
    @Test func brokersAreTheCLIsJSON() async throws {
        let dataset = Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        let cli = try Klynge.run(["brokers", dataset, "--top", "15", "--sort", "betweenness", "--format", "json"])
        #expect(cli.status == 0)
        let defaults = try Klynge.run(["brokers", dataset, "--top", "15", "--format", "json"])
        try await RunningServer.with(served) { server in
            let sorted = try await server.raw("/api/brokers?top=15&sort=betweenness")
            #expect(sorted.status == 200)
            #expect(String(decoding: sorted.body, as: UTF8.self) == cli.stdout)
            let plain = try await server.raw("/api/brokers?top=15")
            #expect(String(decoding: plain.body, as: UTF8.self) == defaults.stdout)
            let bad = try await server.json("/api/brokers?sort=name")
            #expect(bad.status == 400)
            #expect((bad.value as? [String: Any])?["parameter"] as? String == "sort")
        }
    }

    /// `klynge consortium DATASET --topics … --roles …  --format json`, byte for byte.
    @Test func consortiumIsTheCLIsJSON() async throws {
        let dataset = Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        let cli = try Klynge.run([
            "consortium", dataset, "--topics", "fall detection,welfare technology",
            "--roles", "municipality,company,university", "--format", "json",
        ])
        #expect(cli.status == 0)
        try await RunningServer.with(served) { server in
            let answer = try await server.raw(
                "/api/consortium?topics=fall%20detection,welfare%20technology&roles=municipality,company,university"
            )
            #expect(answer.status == 200)
            #expect(String(decoding: answer.body, as: UTF8.self) == cli.stdout)
            let missing = try await server.json("/api/consortium?roles=company")
            #expect(missing.status == 400)
            #expect((missing.value as? [String: Any])?["parameter"] as? String == "topics")
        }
    }

    @Test func mapsAreSVG() async throws {
        try await RunningServer.with(served) { server in
            let whole = try await server.raw("/api/map.svg")
            #expect(whole.status == 200)
            #expect(whole.headers["content-type"] == "image/svg+xml; charset=utf-8")
            let svg = String(decoding: whole.body, as: UTF8.self)
            #expect(svg.contains("<svg"))
            let again = try await server.raw("/api/map.svg?kind=supercluster")
            #expect(again.body == whole.body)
            let ego = try await server.raw("/api/map.svg?kind=ego&focus=Stavanger")
            #expect(ego.status == 200)
            #expect(String(decoding: ego.body, as: UTF8.self).contains("Stavanger"))
            let match = try await server.raw("/api/map.svg?kind=match&focus=Bergen&target=municipality&top=3")
            #expect(match.status == 200)
            let noFocus = try await server.json("/api/map.svg?kind=ego")
            #expect(noFocus.status == 400)
            #expect((noFocus.value as? [String: Any])?["parameter"] as? String == "focus")
        }
    }

    @Test func openAPIDescribesEveryRoute() async throws {
        let answer = try await RunningServer.with(served) { try await $0.raw("/openapi.json") }
        #expect(answer.status == 200)
        let value = try JSONSerialization.jsonObject(with: answer.body)
        let doc = try #require(value as? [String: Any])
        #expect(doc["openapi"] as? String == "3.1.0")
        let paths = try #require(doc["paths"] as? [String: Any])
        #expect(
            Set(paths.keys) == [
                "/healthz", "/openapi.json", "/api/dataset", "/api/members", "/api/members/{id}", "/api/match",
                "/api/brokers", "/api/consortium", "/api/map.svg",
            ]
        )
        // Every parameter the brokers sort accepts is the library's list.
        let brokers = try #require((paths["/api/brokers"] as? [String: Any])?["get"] as? [String: Any])
        let sort = (brokers["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "sort" }
        #expect((sort?["schema"] as? [String: Any])?["enum"] as? [String] == BrokerAnalysis.sortColumns)
    }

    @Test func unknownPathsAreJSONUnderAPIAndHTMLElsewhere() async throws {
        try await RunningServer.with(served) { server in
            let api = try await server.json("/api/nothing")
            #expect(api.status == 404)
            #expect((api.value as? [String: Any])?["error"] as? String == "no such page: /api/nothing")
            let page = try await server.raw("/nothing/%3Cb%3E")
            #expect(page.status == 404)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(!String(decoding: page.body, as: UTF8.self).contains("<b>"))
        }
    }
}
