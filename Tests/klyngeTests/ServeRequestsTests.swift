import KlyngeTestSupport
import Testing

/// `klynge serve` on the default dataset asked over HTTP by two scripts of Scripts/server/:
/// - robustness.py: seeded random and hostile requests from 4 connections, `/healthz` asked all
///   along, the server's memory sampled (flat: see the script's doc);
/// - schema_test.py: schemathesis against `/openapi.json`, every operation, every check.
///
/// Under `make test-tsan` (KLYNGE_SANITIZER=thread) the instrumented server is several times
/// slower: 1,000 requests instead of 10,000, and 5 schemathesis cases per operation instead of 15
/// with `/api/map.svg` left out (a brokers map drawn by the instrumented Graphviz passes the
/// server's 10 s limit: a designed 503); the sanitizer's shadow memory grows with every address
/// the server touches, so the bound on the last 40% of requests is 64 MiB instead of 8.
@Suite("klynge serve: requests from outside", .serialized)
struct ServeRequestsTests {
    struct Script: Sendable, CustomTestStringConvertible {
        let name: String
        let args: [String]
        let timeout: Double
        var testDescription: String { name }
    }

    static let scripts: [Script] = {
        let tsan = ServeProcess.underSanitizer
        return [
            Script(
                name: "robustness.py",
                args: ["--requests", tsan ? "1000" : "10000", "--seed", "13"]
                    + (tsan ? ["--rss-slack-mib", "64"] : []),
                timeout: 900
            ),
            Script(
                name: "schema_test.py",
                args: ["--max-examples", tsan ? "5" : "15", "--seed", "13", "--max-time", tsan ? "240" : "90"]
                    + (tsan ? ["--exclude-path", "/api/map.svg"] : []),
                timeout: 600
            ),
        ]
    }()

    @Test(
        "robustness (no 5xx, no dropped connection, /healthz throughout, flat memory); schemathesis (responses conform to /openapi.json)",
        arguments: scripts
    )
    func script(_ script: Script) async throws {
        try await ServeScript.expectPasses(
            script.name,
            on: "Datasets/norwegian-health-supercluster",
            script.args,
            timeout: script.timeout
        )
    }
}
