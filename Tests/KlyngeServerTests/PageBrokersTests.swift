import Foundation
import KlyngeReports
import KlyngeServer
import Testing

@Suite struct PageBrokersTests {
    /// The table in the analysis' order, headings that sort with a plain link, column help,
    /// downloads; hostile names as text.
    @Test func brokersTable() async throws {
        let body = try await PageChecks.body("/brokers")
        #expect(body.contains("<table class=\"sortable\">"))
        #expect(
            body.contains(
                "<th class=\"num\" aria-sort=\"descending\"><a href=\"/brokers?sort=brokerage_total&amp;top=50\">"
            )
        )
        #expect(body.contains("<a href=\"/brokers?sort=liaison&amp;top=50\"><abbr title=\""))
        #expect(body.contains("<details class=\"glossary\"><summary>What the columns mean</summary>"))
        #expect(
            body.contains("href=\"/api/brokers?sort=brokerage_total&amp;top=50&amp;format=csv\" download>Download CSV")
        )
        #expect(
            body.contains(
                "href=\"/api/brokers?sort=brokerage_total&amp;top=50&amp;format=json\" download>Download JSON"
            )
        )
        // Rows follow brokerOrder: the first row is its first member.
        let first = Hostile.served.ecosystem.members[Hostile.served.brokerOrder[0]]
        let firstRow = try #require(body.range(of: "<tbody><tr><td class=\"num\">1</td><td>"))
        #expect(body[firstRow.upperBound...].hasPrefix("<a href=\"/members/\(first.id)\">"))
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    /// `?sort=` re-orders on the server (JavaScript off); an unknown column is a 400 page with
    /// the library's words.
    @Test func sortWithoutJavaScript() async throws {
        let (sorted, bad) = try await RunningServer.with(Hostile.served) { server in
            (try await server.get("/brokers?sort=betweenness&top=2"), try await server.get("/brokers?sort=nope"))
        }
        PageChecks.expectWellFormedPage(sorted)
        let order = try Hostile.served.brokers.order(by: "betweenness")
        let rows = sorted.body.components(separatedBy: "<tr><td class=\"num\">").dropFirst()
        #expect(rows.count == 2)
        for (row, v) in zip(rows, order) {
            #expect(row.contains("href=\"/members/\(Hostile.served.ecosystem.members[v].id)\""))
        }
        #expect(
            sorted.body.contains(
                "<th class=\"num\" aria-sort=\"descending\"><a href=\"/brokers?sort=betweenness&amp;top=2\">"
            )
        )
        PageChecks.expectWellFormedPage(bad, status: 400)
        #expect(bad.body.contains("sort: cannot sort by &#39;nope&#39; (choose from"))
    }
}
