import Foundation
import KlyngeEcosystem
import Testing

/// Every broken dataset under BrokenDatasets/ must give exactly the problems in
/// its expected.txt (written by hand), in order. A dataset whose problems are only
/// warnings and notes (lines with `warning:` or `note:` after the place) still loads.
@Suite("Dataset validation")
struct ValidationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "BrokenDatasets"
    )
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasSuffix(".md") }.sorted()

    @Test("the broken datasets are there") func present() {
        #expect(Self.cases.count >= 15)
    }

    @Test("each broken dataset reports exactly its expected problems", arguments: cases)
    func reports(_ name: String) throws {
        let dir = Self.folder.appendingPathComponent(name)
        let expected = try String(contentsOf: dir.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let (eco, problems) = DatasetLoader().validate(folder: dir.path)
        let actual = problems.map { $0.description.replacingOccurrences(of: dir.path, with: "DATASET") }
        #expect(actual == expected)
        let refused = expected.contains { !$0.contains(": warning: ") && !$0.contains(": note: ") }
        #expect((eco == nil) == refused)
    }

    @Test("a missing folder is one problem")
    func missingFolder() {
        let (eco, problems) = DatasetLoader().validate(folder: "/no/such/dataset")
        #expect(eco == nil)
        #expect(problems.map(\.description) == ["/no/such/dataset: no such dataset folder"])
    }
}
