import Foundation
import KlyngeServer
import Testing

@Suite struct HealthTests {
    @Test func healthzAnswersOverHTTP() async throws {
        let answer = try await RunningServer.with(defaultServed) { server in try await server.get("/healthz") }
        #expect(answer.status == 200)
        #expect(answer.body == "ok\n")
    }
}
