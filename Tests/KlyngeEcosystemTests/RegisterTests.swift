import Foundation
import KlyngeEcosystem
import Testing

/// Registers as secretariats keep them: Norwegian headers and values load to what their
/// canonical English twin loads to; personal-data columns stay out of exports unless asked for.
@Suite("Registers in Norwegian")
struct RegisterTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Registers")
    static func load(_ name: String, includePersonal: Bool = false) throws -> Ecosystem {
        try DatasetLoader(includePersonal: includePersonal).load(folder: folder.appendingPathComponent(name).path)
    }

    @Test("a Norwegian register loads to the same dataset as its English twin")
    func twins() throws {
        let norwegian = try Self.load("norwegian")
        let english = try Self.load("english")
        #expect(norwegian.members == english.members)
        #expect(norwegian.projects == english.projects)
        #expect(norwegian.participations == english.participations)
        #expect(norwegian.relations == english.relations)
        #expect(norwegian.members.count == 6 && norwegian.participations.count == 6)
        // Written out by hand from the rules: Viken + Bærum is Akershus; Stavanger is in Rogaland.
        #expect(norwegian.members[1].county == "Akershus")
        #expect(norwegian.members[2].county == "Rogaland")
        #expect(norwegian.members[0].size == 291_940)
        #expect(norwegian.projects[0].start == PartialDate(year: 2019, month: 3, day: 1))
        #expect(norwegian.projects[0].publicShare == 0.5)
        #expect(norwegian.projects[2].start == nil)
    }

    @Test("the Norwegian register's notes: a pre-2024 county, a county from the municipality, personal data")
    func notes() throws {
        let dir = Self.folder.appendingPathComponent("norwegian").path
        let notices = try Self.load("norwegian").loadNotices.map {
            $0.description.replacingOccurrences(of: dir, with: "DATASET")
        }
        #expect(
            notices == [
                "DATASET/members.csv:1: note: personal data: column 'Kontaktperson' is left out of exports, maps and reports (use --include-personal to keep it)",
                "DATASET/members.csv:3: note: county: county 'Viken' (2020–2023) read as Akershus, from the municipality Bærum",
                "DATASET/members.csv: note: county: taken from the municipality for 1 member without a county",
            ]
        )
    }

    @Test("personal-data columns stay out of GraphML and GEXF unless included")
    func personalData() throws {
        for format in [ExportFormat.graphml, .gexf] {
            let without = try Self.load("norwegian").export(format)
            #expect(!without.contains("Kontaktperson") && !without.contains("Nordmann"))
            let with = try Self.load("norwegian", includePersonal: true).export(format)
            #expect(with.contains("Kontaktperson") && with.contains("Kari Nordmann"))
        }
        #expect(PersonalColumns.isPersonal("E-post") && PersonalColumns.isPersonal("Mobilnummer"))
        #expect(!PersonalColumns.isPersonal("website") && !PersonalColumns.isPersonal("name"))
    }

    @Test("values as registers write them")
    func values() {
        #expect(PartialDate(parsing: "01.03.2019") == PartialDate(year: 2019, month: 3, day: 1))
        #expect(PartialDate(parsing: "1.3.2019") == PartialDate(year: 2019, month: 3, day: 1))
        #expect(PartialDate(parsing: "03.2019") == PartialDate(year: 2019, month: 3))
        #expect(PartialDate(parsing: "31.02.2019") == nil && PartialDate(parsing: "2019.03") == nil)
        #expect(MemberKind(reading: "Helseforetak") == .hospital && MemberKind(reading: "høgskole") == .university)
        #expect(
            MemberKind(reading: "Fylkeskommune") == .countyAuthority && MemberKind(reading: "etat") == .publicAgency
        )
        #expect(MemberKind(reading: "startup") == nil && MemberKind(named: "kommune") == nil)
        #expect(ParticipationRole(parsing: "Koordinator") == .coordinator)
        #expect(ParticipationRole(parsing: "pilot") == .pilotSite)
        #expect(ColumnAliases.members.canonical("Antall ansatte") == "size")
        #expect(ColumnAliases.members.canonical("ORG.NR") == "orgnr")
        #expect(ColumnAliases.relations.canonical("Mål") == "target")
    }

    @Test("two headers meaning one column are an error")
    func twoHeadersOneColumn() {
        var problems: [DatasetProblem] = []
        let members = CSVTable(
            file: "members.csv",
            header: ["id", "Navn", "name", "kind"],
            rows: [(2, ["m1", "Bergen kommune", "Bergen", "municipality"])],
            problems: &problems
        )
        let (eco, found) = DatasetLoader().validate(
            tables: DatasetTables(name: "register", readme: "# register", members: members),
            problems: problems
        )
        #expect(eco == nil)
        #expect(
            found.map(\.description) == ["members.csv:1: name: 'Navn' and 'name' both mean the column name; keep one"]
        )
    }
}
