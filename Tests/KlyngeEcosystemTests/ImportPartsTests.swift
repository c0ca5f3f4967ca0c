import Foundation
import Testing

@testable import KlyngeEcosystem

/// The parts of `klynge import` that are not seen whole from the command line.
@Suite("import parts")
struct ImportPartsTests {
    @Test("SHA-256 of the FIPS 180-4 examples")
    func sha256() {
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        )
        #expect(
            SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        )
    }

    @Test("slugs: ASCII, Norwegian letters written out, one dash between words")
    func slugs() {
        #expect(MemberIDs.slug("Tromsø Sykehus (synthetic)") == "tromso-sykehus-synthetic")
        #expect(MemberIDs.slug("Bærum kommune") == "baerum-kommune")
        #expect(MemberIDs.slug("Ålesund  kommune") == "alesund-kommune")
        #expect(MemberIDs.slug("Café Élan A/S") == "cafe-elan-a-s")
        #expect(MemberIDs.slug("  --  ") == "")
    }

    @Test("ids: organisation number, else the name's slug; repeats get -2, -3 in row order")
    func ids() {
        var problems: [DatasetProblem] = []
        let table = CSVTable(
            file: "m.csv",
            header: ["Navn", "Org.nr"],
            rows: [
                (2, ["Bergen kommune", "964 338 531"]), (3, ["Fjord AS", ""]), (4, ["Fjord AS", "12"]),
                (5, ["Fjord  AS", ""]), (6, ["Bergen", "964338531"]), (7, ["", ""]),
            ],
            problems: &problems
        )
        var source = RegisterSource(table: table, path: "m.csv", sheet: nil, sha256: "")
        let counts = MemberIDs.add(to: &source)
        #expect(source.header == ["id", "Navn", "Org.nr"])
        #expect(
            source.rows.map { $0.fields[0] } == [
                "964338531", "fjord-as", "fjord-as-2", "fjord-as-3", "964338531-2", "row-7",
            ]
        )
        #expect(counts.fromOrgnr == 2 && counts.fromName == 4)
    }

    @Test("a mapping renames headers and maps kinds; a line it cannot read is a problem at its line")
    func mapping() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("mapping.txt").path
        try Data(
            "# ours\nVirksomhet = name\nSektor = kind   # the kind\n\nPrivat bedrift = company\nFoo = bar\nno equals\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: path))
        var problems: [DatasetProblem] = []
        let mapping = ImportMapping.read(path, headers: ["Virksomhet", "Sektor"], problems: &problems)
        #expect(problems.map(\.description).count == 2)
        #expect(problems.first?.description.hasPrefix("\(path):6: 'bar' is neither a column") == true)
        #expect(
            problems.last?.description == "\(path):7: expected 'their header = our column' or 'their value = our kind'"
        )
        let table = CSVTable(
            file: "m.csv",
            header: ["Virksomhet", "Sektor"],
            rows: [(2, ["Fjord AS", "privat  bedrift"]), (3, ["Bergen kommune", "municipality"])],
            problems: &problems
        )
        var source = RegisterSource(table: table, path: "m.csv", sheet: nil, sha256: "")
        let said = mapping.apply(to: &source)
        #expect(source.header == ["name", "kind"])
        #expect(source.rows.map { $0.fields[1] } == ["company", "municipality"])
        #expect(
            said == [
                "m.csv: header 'Virksomhet' → name", "m.csv: header 'Sektor' → kind",
                "m.csv: value 'privat  bedrift' → company (1 cell)",
            ]
        )
    }

    @Test("CSV fields are quoted only when they must be")
    func quoting() {
        #expect(Escape.csvField("plain") == "plain")
        #expect(Escape.csvField("a, b") == "\"a, b\"")
        #expect(Escape.csvField("Bad \"xyz\" AS") == "\"Bad \"\"xyz\"\" AS\"")
        #expect(Escape.csvField("two\nlines") == "\"two\nlines\"")
        #expect(Escape.csvField("0,5", separator: ";") == "0,5")
        #expect(Escape.csvField("a;b", separator: ";") == "\"a;b\"")
    }
}
