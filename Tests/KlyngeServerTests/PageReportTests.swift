import Foundation
import KlyngeReports
import KlyngeServer
import Testing

@Suite struct PageReportTests {
    /// The board report inside the shell, without its inline style and script; computed once:
    /// a second request gets the same page.
    @Test func reportIsCachedAndEscaped() async throws {
        let (first, second) = try await RunningServer.with(Hostile.served) { server in
            async let a = server.get("/report")
            async let b = server.get("/report")
            return (try await a, try await b)
        }
        PageChecks.expectWellFormedPage(first)
        #expect(first.body == second.body)
        let report = try ecosystemReport(Hostile.served.ecosystem)
        #expect(first.body.contains("<h1>\(report.title.replacingOccurrences(of: "&", with: "&amp;"))</h1>"))
        #expect(first.body.contains("<section id=\"findings\"><h2>Key findings</h2>"))
        #expect(first.body.contains("<table class=\"sortable\">"))
        #expect(first.body.contains("src=\"/api/map.svg?kind=supercluster\""))
    }
}
