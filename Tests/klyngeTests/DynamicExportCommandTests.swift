import Foundation
import KlyngeTestSupport
import Testing

/// `klynge export --dynamic`, run as a user runs it: the file, the notes on standard error, and
/// the usage errors of a format or an option that cannot carry a timeline.
@Suite("export --dynamic")
struct DynamicExportCommandTests {
    static let small = "Tests/KlyngeEcosystemTests/Fixtures/trends/small"

    @Test("-o FILE.gexf writes the timeline; the undated project and the idle member are noted on stderr")
    func writesFile() throws {
        let file = try Klynge.temporaryFolder().appendingPathComponent("small.gexf").path
        let r = try Klynge.run(["export", Self.small, "--dynamic", "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(
            r.stderr.contains(
                "klynge: 1 project has no start and is left out of the timeline, with the ties only it makes (q5)\n"
            )
        )
        #expect(r.stderr.contains("klynge: 1 member takes part in no dated project and is not in the timeline\n"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">"))
        #expect(text.contains("<spell start=\"2018-01-01\" end=\"2019-12-31\"/>"))
    }

    @Test("without -o or --to, --dynamic writes GEXF to stdout")
    func stdoutDefaultsToGEXF() throws {
        let r = try Klynge.run(["export", Self.small, "--dynamic", "--years", "2022"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<?xml") && r.stdout.contains("mode=\"dynamic\""))
        #expect(!r.stdout.contains("start=\"2018-01-01\""))
    }

    @Test(
        "a format or option that cannot carry a timeline is a usage error (exit 64)",
        arguments: [
            (["--to", "graphml"], "--dynamic: only GEXF carries a timeline"),
            (["--relations"], "--dynamic: relations have a start year but no end"),
        ]
    )
    func usageErrors(_ args: [String], _ message: String) throws {
        let r = try Klynge.run(["export", Self.small, "--dynamic"] + args)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
