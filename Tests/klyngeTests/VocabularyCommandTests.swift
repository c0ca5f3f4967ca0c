import Foundation
import KlyngeTestSupport
import Testing

/// Issue 12, "Questions in the data's own words", as a user types them: `klynge topics`, topics
/// through synonyms, unknown values as usage errors (exit 64), the filter that emptied the
/// list, and --years outside the data.
@Suite("klynge in the data's own words")
struct VocabularyCommandTests {
    static let supercluster = "Datasets/norwegian-health-supercluster"
    static let tiny = "Tests/KlyngeEcosystemTests/Fixtures/tiny"
    static let counties =
        "Oslo, Rogaland, Møre og Romsdal, Nordland, Østfold, Akershus, Buskerud, Innlandet, Vestfold, Telemark, Agder, Vestland, Trøndelag, Troms, Finnmark"

    /// The usage error ArgumentParser-style: the message (`exact`, or beginning with `message`),
    /// the usage line of `command`, the help pointer.
    static func usage(_ message: String, _ command: String, _ r: CommandResult, exact: Bool = true) {
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        if exact {
            #expect(r.stderr.hasPrefix("Error: \(message)\nUsage: klynge \(command) "), "\(r.stderr)")
        } else {
            #expect(r.stderr.hasPrefix("Error: \(message)") && r.stderr.contains("\nUsage: klynge \(command) "))
        }
        #expect(r.stderr.hasSuffix("\n  See 'klynge \(command) --help' for more information.\n"))
    }

    @Test("klynge topics: counts by hand on the tiny fixture, in every format")
    func topics() throws {
        let csv = try Klynge.run(["topics", Self.tiny, "--format", "csv"])
        #expect(csv.status == 0 && csv.stderr.isEmpty, "\(csv.stderr)")
        #expect(
            csv.stdout == """
                topic,members,projects,also_understood
                diagnostics,4,1,diagnostikk; diagnostic
                digital home care,4,1,digitale hjemmetjenester; digital hjemmetjeneste; home care; hjemmetjenester
                welfare technology,4,2,velferdsteknologi; welfare tech; velferdsteknologiske løsninger
                ai imaging,3,1,KI-bildediagnostikk; AI-bildediagnostikk; bildediagnostikk; medical imaging
                precision medicine,3,1,presisjonsmedisin; persontilpasset medisin; personalised medicine
                fall detection,2,1,fallsensor; fallsensorer; fallalarm; falldeteksjon
                rehabilitation,0,1,rehabilitering; rehab

                """
        )
        let table = try Klynge.run(["topics", Self.supercluster])
        #expect(table.status == 0 && table.stderr.contains("SYNTHETIC"))
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 32 && lines[0].hasPrefix("topic ") && lines[2].hasPrefix("welfare technology "))
        let json = try Klynge.run(["topics", Self.supercluster, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 30 && (rows[0]["members"] as? Int) == 98 && (rows[0]["projects"] as? Int) == 45)
    }

    @Test("velferdsteknologi,fallsensor: the same suggestions as the dataset's own words")
    func norwegianTopics() throws {
        let args = ["--kind", "municipality", "--top", "5", "--explain", "--format", "csv"]
        let norsk = try Klynge.run(
            [
                "match", Self.supercluster, "--profile",
                "kind=company;topics=velferdsteknologi,fallsensor;county=vestland",
            ]
                + args
        )
        let english = try Klynge.run(
            [
                "match", Self.supercluster, "--profile",
                "kind=company;topics=welfare technology,fall detection;county=Vestland",
            ]
                + args
        )
        #expect(norsk.status == 0 && english.status == 0, "\(norsk.stderr)")
        #expect(norsk.stdout == english.stdout)
        let rows = norsk.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 5 && rows.first?.contains("shares topics: ") == true)
        let dashed = try Klynge.run(
            ["match", Self.supercluster, "--profile", "kind=company;topics=fall-detection;county=Vestland"] + args
        )
        #expect(dashed.status == 0 && dashed.stdout.contains("shares topics: fall detection"))
    }

    @Test("unknown counties, clusters, kinds and topics: usage errors naming the value")
    func unknownValues() throws {
        let m = ["match", Self.supercluster, "--for", "m0183"]
        Self.usage(
            "unknown county 'Vestlandet'; did you mean Vestland? (known: \(Self.counties))",
            "match",
            try Klynge.run(m + ["--county", "Vestlandet"])
        )
        Self.usage(
            "unknown cluster 'Smart Care'; did you mean Norwegian Smart Care Cluster? (known: Norway Health Tech, Norwegian Smart Care Cluster, Oslo Cancer Cluster, The Life Science Cluster)",
            "match",
            try Klynge.run(m + ["--cluster", "Smart Care"])
        )
        Self.usage(
            "unknown county 'Vestlandet'; did you mean Vestland? (known: \(Self.counties))",
            "match",
            try Klynge.run([
                "match", Self.supercluster, "--profile", "kind=company;topics=fall detection;county=Vestlandet",
            ])
        )
        Self.usage(
            "--profile: unknown kind 'startup' (choose from company, municipality, county-authority, hospital, university, research-institute, user-organisation, investor, public-agency, cluster-organisation, other)",
            "match",
            try Klynge.run(["match", Self.supercluster, "--profile", "kind=startup;topics=fall detection"])
        )
        let topic = try Klynge.run(["match", Self.supercluster, "--profile", "kind=company;topics=fallsensr"])
        Self.usage(
            "unknown topic 'fallsensr'; did you mean fall detection? (known: welfare technology, ",
            "match",
            topic,
            exact: false
        )
        #expect(
            topic.stderr.contains(
                ", … 10 more)\n'klynge topics \(Self.supercluster)' lists the topics and the other words understood for each\n"
            )
        )
        let call = try Klynge.run([
            "consortium", Self.supercluster, "--topics", "velferdsteknologi,blokkjede", "--roles", "municipality",
        ])
        Self.usage("unknown topic 'blokkjede' (known: welfare technology, ", "consortium", call, exact: false)
        let map = try Klynge.run(["map", Self.supercluster, "--kind", "projects", "--topic", "blokkjede"])
        Self.usage("unknown topic 'blokkjede' (known: welfare technology, ", "map", map, exact: false)
    }

    @Test("known values: vestland is Vestland; a filter that empties the list is named")
    func knownValues() throws {
        let m = ["match", Self.supercluster, "--for", "m0183", "--kind", "municipality", "--format", "csv"]
        let lower = try Klynge.run(m + ["--county", "vestland"])
        let upper = try Klynge.run(m + ["--county", "Vestland"])
        #expect(lower.status == 0 && lower.stdout == upper.stdout && lower.stdout.contains(",Vestland,"))
        let finnmark = try Klynge.run([
            "match", Self.tiny, "--for", "c1", "--kind", "municipality", "--county", "Finnmark",
        ])
        #expect(finnmark.status == 1)
        #expect(
            finnmark.stderr
                == "klynge: error: no candidate passes the filters: 2 municipalities, of which 0 in county Finnmark\n"
        )
    }

    @Test("--groups and --color-by in any case and in Norwegian; an unknown grouping is still a usage error")
    func groupings() throws {
        let county = try Klynge.run(["brokers", Self.tiny, "--groups", "county", "--format", "csv"])
        let fylke = try Klynge.run(["brokers", Self.tiny, "--groups", "Fylke", "--format", "csv"])
        #expect(county.status == 0 && fylke.status == 0 && fylke.stdout == county.stdout, "\(fylke.stderr)")
        let kind = try Klynge.run(["map", Self.tiny, "--color-by", "kind", "--format", "dot"])
        let type = try Klynge.run(["map", Self.tiny, "--color-by", "Type", "--format", "dot"])
        #expect(kind.status == 0 && type.stdout == kind.stdout, "\(type.stderr)")
        let colour = try Klynge.run(["brokers", Self.tiny, "--groups", "colour"])
        #expect(colour.status == 64)
    }

    @Test("--years outside the data's span is an error naming the span", arguments: ["centrality", "brokers", "map"])
    func years(_ command: String) throws {
        let r = try Klynge.run([command, Self.tiny, "--years", "2030-2031"])
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(
            r.stderr.hasSuffix("klynge: error: no project runs in 2030–2031; the data spans 2017–2023\n"),
            "\(r.stderr)"
        )
        let export = try Klynge.run(["export", Self.tiny, "--to", "edgelist", "--years", "2010"])
        #expect(
            export.status == 1 && export.stderr == "klynge: error: no project runs in 2010; the data spans 2017–2023\n"
        )
    }
}
