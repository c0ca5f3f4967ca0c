import Foundation
import KlyngeEcosystem
import Testing

/// The topics a dataset knows (counted against Fixtures/make_topic_counts.py, which reads the
/// CSV files with Python's csv module alone), the synonym table, the county and cluster
/// vocabularies, and the years the projects span.
@Suite("Topics, synonyms and the names a user types")
struct TopicVocabularyTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let datasets = fixtures.appendingPathComponent("../../../Datasets").standardized

    /// `topic,members,projects`.
    static func row(_ t: TopicCount) -> String { "\(t.topic),\(t.members),\(t.projects)" }

    static func load(_ name: String) throws -> Ecosystem {
        let folder = name == "tiny" ? fixtures.appendingPathComponent("tiny") : datasets.appendingPathComponent(name)
        return try DatasetLoader().load(folder: folder.path)
    }

    @Test(
        "topic counts equal an independent count of the CSV files",
        arguments: ["tiny", "norwegian-health-supercluster", "norway-h2020"]
    )
    func counts(_ dataset: String) throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("topic_counts.json"))
        let all = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[Any]]])
        let rows = try #require(all[dataset])
        let want = rows.map { row in "\(row[0]),\(row[1]),\(row[2])" }
        #expect(try Self.load(dataset).topicCounts().map(Self.row) == want)
    }

    @Test("the tiny fixture, counted by hand: a member without topics has its projects'")
    func tinyByHand() throws {
        let counts = try Self.load("tiny").topicCounts()
        #expect(
            counts.map(\.topic) == [
                "diagnostics", "digital home care", "welfare technology", "ai imaging", "precision medicine",
                "fall detection", "rehabilitation",
            ]
        )
        // welfare technology: c1, k1, k2, h1 (through p1 and p2); rehabilitation: only p5, whose
        // member c2 declares its own topics.
        #expect(Self.row(counts[2]) == "welfare technology,4,2")
        #expect(Self.row(counts[6]) == "rehabilitation,0,1")
    }

    @Test("spellings equal under folding are one topic, named as first written")
    func folded() {
        let eco = Ecosystem(
            name: "t",
            members: [
                Member(id: "a", name: "A", kind: .company, topics: ["Fall-detection", "fall detection"]),
                Member(id: "b", name: "B", kind: .company, topics: ["fall detection"]),
            ],
            projects: [Project(id: "p", start: nil, topics: ["FALL DETECTION", "x"])],
            participations: []
        )
        #expect(eco.topicCounts().map(Self.row) == ["Fall-detection,2,1", "x,0,1"])
    }

    @Test("Norwegian and English words resolve to the supercluster's topics")
    func synonyms() throws {
        let topics = try Self.load("norwegian-health-supercluster").topicVocabulary
        let cases = [
            "velferdsteknologi": "welfare technology", "fallsensor": "fall detection", "Fallalarm": "fall detection",
            "falldeteksjon": "fall detection", "fall-detection": "fall detection",
            "digital hjemmeoppfølging": "remote patient follow-up",
            "Digital hjemmeoppfolging": "remote patient follow-up",
            "telehealth": "telemedicine", "trygghetsalarm": "safety alarms", "demensomsorg": "dementia care",
            "KI-bildediagnostikk": "AI imaging", "ai imaging": "AI imaging", "kreftscreening": "cancer screening",
        ]
        for (typed, topic) in cases { #expect(try topics.resolve(typed) == topic, "\(typed)") }
        let h2020 = try Self.load("norway-h2020").topicVocabulary
        #expect(try h2020.resolve("helse") == "health")
        #expect(try h2020.resolve("klima og miljø") == "climate-environment")
        #expect(try h2020.resolve("SMB") == "sme-innovation")
    }

    @Test("the synonym table: each word in one group, each group led by a topic of a bundled dataset")
    func table() throws {
        var seen: [String: Int] = [:]
        for (i, group) in TopicSynonyms.groups.enumerated() {
            for word in group {
                #expect(seen.updateValue(i, forKey: foldedKey(word)) == nil, "'\(word)' is in two groups")
            }
        }
        let topics = try ["norwegian-health-supercluster", "norway-h2020"].flatMap {
            try Self.load($0).topicCounts().map(\.topic)
        }
        for group in TopicSynonyms.groups { #expect(topics.contains(group[0]), "\(group[0]) is no dataset topic") }
        #expect(TopicSynonyms.pairs.count >= 80)
    }

    @Test("an unknown topic names the nearest topics, synonyms included")
    func unknownTopic() throws {
        let eco = try Self.load("norwegian-health-supercluster")
        #expect(throws: UnknownName.self) { try eco.resolveTopics(["fallsensr"]) }
        do {
            _ = try eco.resolveTopics(["welfare technology", "fallsensr"])
        } catch {
            #expect(error.value == "fallsensr" && error.suggestions == ["fall detection"])
            #expect(error.known.first == "welfare technology" && error.known.count == 30)
        }
        #expect(
            try eco.resolveTopics(["velferdsteknologi", "welfare-technology", "fallsensor"]) == [
                "welfare technology", "fall detection",
            ]
        )
        #expect(try eco.resolveProjectTopic("SmartKjerne") == "SmartKjerne")  // a word of a title
        #expect(try eco.resolveProjectTopic("Fallalarm") == "fall detection")
    }

    @Test("counties: the official 15 as the dataset spells them; clusters: the dataset's")
    func places() throws {
        let eco = try Self.load("norwegian-health-supercluster")
        #expect(eco.countyVocabulary.names.count == 15)
        #expect(try eco.countyVocabulary.resolve("vestland") == "Vestland")
        #expect(try eco.countyVocabulary.resolve("Finnmark") == "Finnmark")
        #expect(throws: UnknownName.self) { try eco.countyVocabulary.resolve("Vestlandet") }
        #expect(try eco.clusterVocabulary.resolve("oslo cancer cluster") == "Oslo Cancer Cluster")
        let unknown = #expect(throws: UnknownName.self) { try eco.clusterVocabulary.resolve("Smart Care") }
        #expect(
            unknown?.description
                == "unknown cluster 'Smart Care'; did you mean Norwegian Smart Care Cluster? (known: Norway Health Tech, Norwegian Smart Care Cluster, Oslo Cancer Cluster, The Life Science Cluster)"
        )
        let spelled = Ecosystem(
            name: "t",
            members: [
                Member(id: "a", name: "A", kind: .company, county: "vestland"),
                Member(id: "b", name: "B", kind: .company, county: "Svalbard"),
            ],
            projects: [],
            participations: []
        )
        #expect(try spelled.countyVocabulary.resolve("Vestland") == "vestland")
        #expect(spelled.countyVocabulary.names.count == 16 && spelled.countyVocabulary.names.last == "Svalbard")
    }

    @Test("the years the projects span, and a window without projects")
    func years() throws {
        let eco = try Self.load("tiny")
        #expect(eco.projectYears == 2017...2023)
        try eco.checkProjects(in: 2023...2030)
        #expect(throws: NoProjectInYears(years: 2030...2031, span: 2017...2023)) {
            try eco.checkProjects(in: 2030...2031)
        }
        #expect(
            NoProjectInYears(years: 2030...2031, span: 2017...2023).description
                == "no project runs in 2030–2031; the data spans 2017–2023"
        )
        #expect(
            NoProjectInYears(years: 2016...2016, span: nil).description
                == "no project runs in 2016; the data has no dated project"
        )
        #expect(
            NoProjectInYears(years: 2016...2016, span: 2018...2019, undated: 1).description
                == "no project runs in 2016; the data spans 2018–2019 (1 project has an unknown start and is in no year window)"
        )
    }
}
