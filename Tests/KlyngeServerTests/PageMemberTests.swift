import Foundation
import KlyngeServer
import Testing

@Suite struct PageMemberTests {
    /// Helse Bergen (h5) shares p1 with the script-named company and p2 with the quote-named
    /// municipality and Bergen: it brokers between its partners, who have no project together.
    @Test func memberPanelInWords() async throws {
        let body = try await PageChecks.body("/members/h5")
        #expect(body.contains("<h1>Helse Bergen</h1>"))
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(body.contains("&quot; onmouseover=&quot;x"))
        #expect(body.contains("&lt;img src=x onerror=alert(2)&gt;"))
        // Partners h1 (p1), h2 and h3 (p2): pairs {h1,h2} and {h1,h3} have no project together;
        // h1 is in the hostile cluster, h2 too, h3 in Smart Care.
        #expect(body.contains("It connects 2 pairs of partners who have no project together"))
        #expect(body.contains("links members of &lt;b&gt;Evil&lt;/b&gt; &amp; Co to each other 1 time"))
        #expect(body.contains("links members of &lt;b&gt;Evil&lt;/b&gt; &amp; Co to members of Smart Care 1 time"))
        #expect(body.contains("Go-between"))
        #expect(body.contains("of 5</td>"))
        #expect(body.contains("href=\"/match?for=h5\">Find partners for this member</a>"))
        #expect(body.contains("src=\"/api/map.svg?kind=ego&amp;focus=h5\""))
        #expect(
            body.contains("href=\"/consortium?topics=fall%20detection&amp;lead=h5\">Build a consortium it leads</a>")
        )
    }

    /// The quote-named member's own page: its name as the title, the attribute never broken.
    @Test func hostileMemberPage() async throws {
        let body = try await PageChecks.body("/members/h2")
        #expect(body.contains("<h1>&quot; onmouseover=&quot;x</h1>"))
        #expect(body.contains("<title>&quot; onmouseover=&quot;x · Klynge · hostile</title>"))
    }

    /// An unknown member is a 404 page with the closest names as links.
    @Test func unknownMemberIsA404WithSuggestions() async throws {
        let page = try await RunningServer.with(Hostile.served) { server in
            try await server.get("/members/Bergen%20komune")
        }
        PageChecks.expectWellFormedPage(page, status: 404)
        #expect(page.body.contains("no member &#39;Bergen komune&#39; in hostile"))
        #expect(page.body.contains("<a href=\"/members/h3\">Bergen kommune</a>"))
    }

    /// On the default dataset, Bergen's page ranks it among 5xx members.
    @Test func bergenOnTheDefaultDataset() async throws {
        let body = try await PageChecks.body("/members/m0066", on: defaultServed)
        #expect(body.contains("<h1>Bergen</h1>"))
        #expect(body.contains(" of \(defaultServed.ecosystem.members.count)</td>"))
    }
}
