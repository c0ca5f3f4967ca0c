import Foundation
import KlyngeTestSupport
import Testing

/// `klynge serve` in headless Chromium driven by Selenium (Scripts/server/browser_test.py): the map,
/// search and member panel, the newcomer match form against `klynge match --format json`, the CSV
/// download, the hostile-name dataset (Tests/klyngeTests/Hostile) rendered as text with no script
/// run, no CSP violation or JavaScript error, screenshots, and `klynge map -o map.html` opened from
/// file:// with the network off. The screenshots go to $KLYNGE_SCREENSHOTS (default: a
/// `klynge-screenshots` folder in the temporary folder); `make screenshots` copies them into
/// Documentation/screenshots/.
@Suite("klynge serve: in a browser", .serialized)
struct ServeBrowserTests {
    static let supercluster = "Datasets/norwegian-health-supercluster"
    static let hostile = "Tests/klyngeTests/Hostile"

    @Test("map, search, member panel, match = CLI, CSV download, hostile names as text, the map file offline")
    func browser() async throws {
        guard ServeScript.prerequisitesPresent(browser: true) else { return }
        // The oracle: the CLI's ranking for the newcomer the form describes.
        let cli = try Klynge.run([
            "match", Self.supercluster, "--profile", "kind=company;topics=fall detection;county=Vestland",
            "--kind", "municipality", "--top", "5", "--format", "json",
        ])
        #expect(cli.status == 0, "\(cli.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]])
        let expected = rows.compactMap { $0["member"] as? String }
        #expect(expected.count == 5, "klynge match --format json: \(cli.stdout)")

        let folder = try Klynge.temporaryFolder()
        let mapFile = folder.appendingPathComponent("map.html").path
        let hostileMapFile = folder.appendingPathComponent("hostile-map.html").path
        for (dataset, file) in [(Self.supercluster, mapFile), (Self.hostile, hostileMapFile)] {
            let r = try Klynge.run(["map", dataset, "-o", file])
            #expect(r.status == 0, "klynge map \(dataset) -o \(file): \(r.stderr)")
        }
        let screenshots =
            ProcessInfo.processInfo.environment["KLYNGE_SCREENSHOTS"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("klynge-screenshots").path

        let server = try await ServeProcess.start(Self.supercluster)
        defer { server.stop() }
        let hostileServer = try await ServeProcess.start(Self.hostile)
        defer { hostileServer.stop() }
        let run = try await ServeScript.run(
            "browser_test.py",
            [
                server.url, "--expect-match", expected.joined(separator: ","), "--hostile-url", hostileServer.url,
                "--map-file", mapFile, "--hostile-map-file", hostileMapFile, "--screenshots", screenshots,
            ],
            timeout: 600
        )
        #expect(
            run.status == 0,
            "browser_test.py:\n\(run.output)\n-- klynge serve:\n\(server.output.suffix(3000))\n-- hostile:\n\(hostileServer.output.suffix(2000))"
        )
        server.stop()
        hostileServer.stop()
        for s in [server, hostileServer] {
            #expect(s.sanitizerReport == nil, "klynge serve under the Thread Sanitizer:\n\(s.sanitizerReport ?? "")")
        }
    }
}
