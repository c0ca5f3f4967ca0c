import Foundation
import KlyngeServer
import Testing

@Suite struct PageMapTests {
    /// The map page embeds the interactive map and lists every member under its first cluster, each linking to its page; the
    /// search works as a plain GET, accent- and case-insensitive.
    @Test func mapPageAndSearchWithoutJavaScript() async throws {
        let (all, found, none) = try await RunningServer.with(Hostile.served) { server in
            (
                try await server.get("/"), try await server.get("/?q=TROMSO+kommune"),
                try await server.get("/?q=%3Cscript%3E%22")
            )
        }
        PageChecks.expectWellFormedPage(all)
        // The interactive map: its fragment, data as JSON (never run), its own script and style.
        #expect(all.body.contains("<section class=\"klynge-map\" id=\"klynge-map\""))
        #expect(all.body.contains("<script type=\"application/json\" id=\"klynge-map-data\">"))
        #expect(all.body.contains("<script src=\"/assets/map.js\" defer></script>"))
        #expect(all.body.contains("<link rel=\"stylesheet\" href=\"/assets/map.css\">"))
        #expect(all.body.contains("xlink:href=\"/members/h1\""))
        for m in Hostile.served.ecosystem.members {
            #expect(all.body.contains("<a href=\"/members/\(m.id)\">"))
        }
        #expect(all.body.contains("<form class=\"panel\" method=\"get\" action=\"/#members\" role=\"search\">"))
        PageChecks.expectWellFormedPage(found)
        #expect(found.body.contains("<a href=\"/members/h4\">Tromsø kommune</a>"))
        #expect(!found.body.contains("<a href=\"/members/h3\">"))
        #expect(found.body.contains("value=\"TROMSO kommune\""))
        PageChecks.expectWellFormedPage(none)
        #expect(none.body.contains("value=\"&lt;script&gt;&quot;\""))
    }
}
