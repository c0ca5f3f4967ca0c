import Foundation
import KlyngeTestSupport
import Testing

/// The fuzzing corpus (`Tests/Fuzz/corpus/TARGET/`: seeds, and every input a `make fuzz` run
/// kept or found a bug with) replayed through the normally built `klynge-fuzz`: each input must
/// be accepted or rejected with the reader's own error; a crash or a broken invariant fails.
@Suite("fuzzing corpus replayed")
struct FuzzCorpusTests {
    static let targets = [
        "members", "projects", "participations", "relations", "edgelist", "groups", "profile", "escape", "xlsx",
    ]

    @Test("every kept input of every target", arguments: targets)
    func replay(_ target: String) throws {
        let binary = Klynge.executable.deletingLastPathComponent().appendingPathComponent("klynge-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build klynge-fuzz (swift build)")
        let folder = Klynge.root.appendingPathComponent("Tests/Fuzz/corpus/\(target)")
        let count = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.count
        #expect(count >= 2, "\(target): a corpus of at least the seeds")
        let (status, output) = try Tool.run(binary, [target, folder.path])
        #expect(status == 0, "\(target): \(output)")
        #expect(output.contains("\(target): \(count) inputs replayed"), "\(output)")
    }

    @Test("an unknown target is a usage error")
    func unknownTarget() throws {
        let binary = Klynge.executable.deletingLastPathComponent().appendingPathComponent("klynge-fuzz")
        #expect(try Tool.run(binary, ["nonsense"]).status == 64)
    }
}
