import Foundation
import KlyngeServer
import Testing

/// Query strings over 8 kB, `top` over 1000 and work over the time limit are refused clearly.
@Suite struct LimitsTests {
    @Test func aLongQueryStringIsRefused() async throws {
        let long = String(repeating: "a", count: RequestLimits.maximumQueryBytes)
        try await RunningServer.with(defaultServed) { server in
            let refused = try await server.json("/api/members?q=\(long)")
            #expect(refused.status == 414)
            let message = (refused.value as? [String: Any])?["error"] as? String
            #expect(message == "the query string is \(long.utf8.count + 2) bytes; at most 8192 are accepted")
            let page = try await server.raw("/match?q=\(long)")
            #expect(page.status == 414)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            let fits = try await server.raw("/api/members?q=\(long.dropFirst(2))")
            #expect(fits.status == 200)
        }
    }

    @Test(arguments: ["/api/match?for=Bergen&top=1001", "/api/brokers?top=1001", "/api/members?limit=1001"])
    func topOver1000IsRefused(path: String) async throws {
        let answer = try await RunningServer.with(defaultServed) { try await $0.raw(path) }
        #expect(answer.status == 400)
        let value = try JSONSerialization.jsonObject(with: answer.body)
        #expect(((value as? [String: Any])?["error"] as? String)?.hasSuffix(": must be at most 1000") == true)
    }

    @Test func workPastTheTimeLimitIsStopped() async throws {
        await #expect(throws: TimeLimitExceeded.self) {
            try await withTimeLimit(.milliseconds(100)) { Thread.sleep(forTimeInterval: 20) }
        }
        let quick = try await withTimeLimit(.seconds(5)) { 6 * 7 }
        #expect(quick == 42)
        await #expect(throws: ParameterError.self) {
            try await withTimeLimit(.seconds(5)) { throw ParameterError("x", "y") }
        }
        #expect(TimeLimitExceeded(limit: .seconds(10)).description.hasPrefix("the request took longer than 10 s"))
    }
}
