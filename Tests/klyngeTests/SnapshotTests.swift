import Foundation
import KlyngeTestSupport
import Testing

/// Every command's `--help` and one error per command, pinned as text with the exit code (as
/// swift-argument-parser's `MathExampleTests` pin theirs). The snapshots live in Snapshots/:
/// `help-COMMAND.txt` is the help page; `error-COMMAND.txt` the exit status, standard output
/// and standard error of one failing run. Run with `KLYNGE_RECORD_SNAPSHOTS=1` to rewrite them
/// after a deliberate change, then read the diff.
@Suite("help and error snapshots")
struct SnapshotTests {
    static let dataset = "Datasets/norwegian-health-supercluster"

    /// Help is wrapped to 80 columns whatever the terminal running the tests.
    static let environment = ["COLUMNS": "80"]

    static let commands = [
        "klynge", "centrality", "validate", "stats", "export", "brokers", "report", "map", "match", "consortium",
        "evaluate", "import", "topics", "serve", "trends",
    ]

    /// One failing run per command: the arguments and the exit status expected (64: a usage
    /// error, 1: bad input).
    static let errors: [(command: String, args: [String], status: Int32)] = [
        ("klynge", ["frobnicate"], 64),
        ("centrality", ["centrality", "no/such/file.txt"], 1),
        ("validate", ["validate", "Tests/KlyngeEcosystemTests/BrokenDatasets/duplicate-ids"], 1),
        ("stats", ["stats", "Datasets/no-such-dataset"], 1),
        ("export", ["export", dataset, "--to", "xml"], 64),
        ("brokers", ["brokers", dataset, "--sort", "fame"], 64),
        ("report", ["report", dataset, "--top", "0"], 64),
        ("map", ["map", dataset, "--kind", "ego"], 64),
        ("match", ["match", dataset, "--for", "Nowhere Inc"], 1),
        ("consortium", ["consortium", dataset, "--topics", "fall detection", "--roles", "hospitals"], 1),
        (
            "evaluate",
            ["evaluate", dataset, "--split-year", "2022", "--seeker-kind", "startup", "--target-kind", "company"], 64
        ),
        ("import", ["import", "--members", "Tests/klyngeTests/Registers/unknown-kind/members.csv"], 64),
        ("topics", ["topics", "Datasets/no-such-dataset"], 1),
        ("serve", ["serve", dataset, "--host", "0.0.0.0"], 64),
        ("trends", ["trends", dataset, "--window", "0"], 64),
    ]

    static func snapshot(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    }

    /// Compares `actual` with the snapshot `name` (or records it with KLYNGE_RECORD_SNAPSHOTS).
    static func assertSnapshot(
        _ actual: String,
        _ name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let url = snapshot(name)
        if ProcessInfo.processInfo.environment["KLYNGE_RECORD_SNAPSHOTS"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }

    @Test("each command's --help", arguments: commands)
    func help(_ command: String) throws {
        let args = command == "klynge" ? ["--help"] : [command, "--help"]
        let r = try Klynge.run(args, environment: Self.environment)
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        try Self.assertSnapshot(r.stdout, "help-\(command)")
    }

    @Test("one error per command: its text and exit status", arguments: errors.indices)
    func error(_ index: Int) throws {
        let (command, args, status) = Self.errors[index]
        let r = try Klynge.run(args, environment: Self.environment)
        #expect(r.status == status, "\(command): \(r.stderr)")
        try Self.assertSnapshot(
            "status: \(r.status)\n--- stdout\n\(r.stdout)--- stderr\n\(r.stderr)",
            "error-\(command)"
        )
    }
}
