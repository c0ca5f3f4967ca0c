import Foundation
import Testing

@testable import KlyngeEcosystem

/// Cells read from dataset files are trimmed of spaces, tabs and the other Unicode spaces around
/// them, whichever columns they are in, while the loader reads the cells of columns that have
/// none as they are (``CSVTable/mayTrim``). Expected values written by hand.
@Suite("Cells trimmed when read from a file")
struct CellTrimmingTests {
    @Test("spaces, tabs and no-break spaces around cells are left out, in every kind of column")
    func trimmed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-trim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("README.md", "# Trimming\n")
        try write(
            "members.csv",
            "id,name,kind,country\n m1 ,\u{00A0}Alfa AS\u{00A0},company,\tNO\nm2,Bø kommune,municipality,NO\n"
        )
        try write("projects.csv", "id,start,topics\np1,2019,\"ai ; helse\u{2009}\"\n")
        try write("participations.csv", "project,member,role,share\np1,m1 ,partner, 10 \np1,m2,\"partner \",5\n")
        let eco = try DatasetLoader().load(folder: dir.path)
        #expect(eco.members.map(\.id) == ["m1", "m2"])
        #expect(eco.members.map(\.name) == ["Alfa AS", "Bø kommune"])
        #expect(eco.members.map(\.attributes) == [["country": "NO"], ["country": "NO"]])
        #expect(eco.projects.map(\.topics) == [["ai", "helse"]])
        #expect(eco.participations.map(\.member) == [0, 1])
        #expect(eco.participations.map(\.attributes) == [["share": "10"], ["share": "5"]])
    }
}
