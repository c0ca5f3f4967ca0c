import Foundation
import KlyngeRender
import KlyngeServer
import Testing

@Suite struct PageLayoutTests {
    /// The shell: navigation, dataset name, SYNTHETIC banner; the site's CSS and script linked.
    @Test func everyPageHasTheShell() async throws {
        let pages = try await RunningServer.with(Hostile.served) { server in
            [try await server.get("/"), try await server.get("/brokers"), try await server.get("/members/h1")]
        }
        for page in pages {
            PageChecks.expectWellFormedPage(page)
            for item in ["Map", "Match", "Brokers", "Consortium", "Report"] {
                #expect(page.body.contains(">\(item)</a></li>"))
            }
            #expect(page.body.contains("<strong>SYNTHETIC</strong>"))
            #expect(page.body.contains("Dataset: hostile"))
            #expect(page.body.contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">"))
            #expect(page.body.contains("<script src=\"/assets/site.js\" defer></script>"))
            #expect(page.body.contains("<footer class=\"site\">"))
        }
        #expect(pages[1].body.contains("<li><a href=\"/brokers\" aria-current=\"page\">Brokers</a></li>"))
    }

    /// Assets come from the in-memory table with their type and a cache lifetime; any other
    /// name, or a path that tries to climb out, is a 404.
    @Test func assetsComeFromTheTableOnly() async throws {
        let answers = try await RunningServer.with(Hostile.served) { server in
            [
                try await server.get("/assets/site.css"), try await server.get("/assets/site.js"),
                try await server.get("/assets/map.js"), try await server.get("/assets/map.css"),
                try await server.get("/assets/..%2FPackage.swift"), try await server.get("/assets/nope.css"),
                try await server.get("/assets/../Package.swift"),
            ]
        }
        #expect(answers[0].status == 200)
        #expect(answers[0].headers["content-type"] == "text/css; charset=utf-8")
        #expect(answers[0].headers["cache-control"] == "public, max-age=3600")
        #expect(answers[0].body.contains("@media (max-width:46rem)"))
        #expect(answers[1].status == 200)
        #expect(answers[1].headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(answers[1].body.contains("table.sortable"))
        #expect(answers[2].body == InteractiveMapAssets.script)
        #expect(answers[2].headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(answers[3].body == InteractiveMapAssets.style)
        for bad in answers[4...] {
            #expect(bad.status == 404)
            #expect(!bad.body.contains("swift-tools-version"))
        }
    }

    /// A dataset that is not synthetic carries no banner.
    @Test func noBannerForARealDataset() async throws {
        var eco = Hostile.served.ecosystem
        eco.isSynthetic = false
        let served = try ServedDataset(eco)
        let page = try await RunningServer.with(served) { server in try await server.get("/brokers") }
        #expect(page.status == 200)
        #expect(!page.body.contains("SYNTHETIC"))
    }
}
