import Foundation
import KlyngeEcosystem
import KlyngeGraph
import Testing

/// The in-memory entry points (`klynge-fuzz` feeds the loader through them) give exactly what the
/// folder and file readers give: each broken dataset's hand-written `expected.txt`, read from bytes.
@Suite("Datasets read from bytes")
struct DatasetFilesTests {
    static let folder = ValidationTests.folder
    /// The broken datasets whose files can all be given as bytes (not a missing required file,
    /// not a README that cannot be read: those are the folder's own cases).
    static let cases = ValidationTests.cases.filter { !["missing-file", "readme-not-utf8"].contains($0) }

    @Test("each broken dataset from bytes reports exactly its expected problems", arguments: cases)
    func reports(_ name: String) throws {
        let dir = Self.folder.appendingPathComponent(name)
        func bytes(_ file: String) -> [UInt8]? {
            FileManager.default.contents(atPath: dir.appendingPathComponent(file).path).map { [UInt8]($0) }
        }
        let files = DatasetFiles(
            name: name,
            readme: bytes("README.md").map { String(decoding: $0, as: UTF8.self) },
            members: try #require(bytes("members.csv")),
            projects: try #require(bytes("projects.csv")),
            participations: try #require(bytes("participations.csv")),
            relations: bytes("relations.csv")
        )
        let expected = try String(contentsOf: dir.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let (eco, problems) = DatasetLoader().validate(files: files)
        #expect(problems.map { "DATASET/" + $0.description } == expected)
        let refused = expected.contains { !$0.contains(": warning: ") && !$0.contains(": note: ") }
        #expect((eco == nil) == refused)
        var onOneThread = DatasetLoader()
        onOneThread.onCallerThread = true
        let (same, sameProblems) = onOneThread.validate(files: files)
        #expect(sameProblems.map(\.description) == problems.map(\.description))
        #expect(same?.members.map(\.id) == eco?.members.map(\.id))
        #expect(same?.participations.count == eco?.participations.count)
    }

    @Test("a node,group file from bytes: the groups and the problems of the file read from disk")
    func nodeGroups() throws {
        let graph = try EdgeListReader().parse(Data("a b\nb c\nc d\n".utf8), file: "g.edges")
        let good = Array("node,group\na,left\nb,left\nc,right\n".utf8)
        let groups = try readNodeGroups(bytes: good, file: "groups.csv", for: graph)
        #expect(groups.names == ["left", "right", "(unlisted)"])
        #expect(groups.primary == [0, 0, 1, 2])
        #expect(groups.notes == ["1 nodes are not in groups.csv and form the group (unlisted)"])
        let bad = Array("node,group\na,\"left\nz,right\na,x\n".utf8)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-groups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("groups.csv").path
        try Data(bad).write(to: URL(fileURLWithPath: path))
        func messages(_ read: () throws(DatasetError) -> NodeGroups) -> [String] {
            do {
                _ = try read()
                return []
            } catch {
                return error.messages
            }
        }
        let fromBytes = messages { () throws(DatasetError) in try readNodeGroups(bytes: bad, file: path, for: graph) }
        let fromFile = messages { () throws(DatasetError) in try readNodeGroups(path: path, for: graph) }
        #expect(fromBytes.count == 3)
        #expect(fromBytes == fromFile)
    }
}
