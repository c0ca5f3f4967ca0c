import Foundation
import KlyngeEcosystem
import KlyngeServer
import KlyngeTestSupport
import Testing

@Suite struct PageMatchTests {
    /// The member ids of the ranked results, in order.
    static func rankedIDs(_ html: String) -> [String] {
        html.components(separatedBy: "<li data-member=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The newcomer form as a browser submits it (`+` for spaces) ranks what the API's match
    /// function ranks for the same profile, with score bars, reasons, the map and downloads.
    @Test func newcomerFormRanksAsTheAPI() async throws {
        let path =
            "/match?for=&newcomer-kind=company&newcomer-topics=fall+detection&newcomer-county=Vestland"
            + "&kind=municipality&county=&top=5"
        let body = try await PageChecks.body(path, on: defaultServed)
        let p = try MatchParameters(
            query: QueryValues(
                query: "profile=kind%3Dcompany%3Btopics%3Dfall+detection%3Bcounty%3DVestland&kind=municipality&top=5"
            ),
            in: defaultServed
        )
        let expected = try defaultServed.match(p).suggestions.map { defaultServed.ecosystem.members[$0.candidate].id }
        #expect(expected.count == 5)
        #expect(Self.rankedIDs(body) == expected)
        #expect(body.contains("<section id=\"match-results\" class=\"match-results\""))
        #expect(body.contains("<meter min=\"0\" max=\""))
        #expect(body.contains("<ul class=\"reasons\"><li>"))
        #expect(body.contains("format=csv\" download>Download CSV</a>"))
        #expect(body.contains("format=xlsx\" download>"))
        #expect(
            body.contains(
                "src=\"/api/map.svg?kind=match&amp;profile=kind%3Dcompany%3Btopics%3Dfall%20detection%3Bcounty%3DVestland&amp;target=municipality&amp;top=5\""
            )
        )
        // A reason every suggestion shares (with the newcomer weights: each of these municipalities
        // took a first-time company into a project on the topic) is said once, above the list.
        #expect(
            body.contains("<p class=\"note shared-reasons\">Every suggestion: took a first-time company into ")
        )
        #expect(body.components(separatedBy: "took a first-time company into").count == 2)
        // The form keeps what was chosen.
        #expect(body.contains("<option value=\"company\" selected>company</option>"))
        #expect(body.contains("name=\"newcomer-topics\" value=\"fall detection\" checked>"))
        #expect(body.contains("<input type=\"checkbox\" name=\"kind\" value=\"municipality\" checked>"))
    }

    /// A dataset with countries (the cold-start fixture) gets a newcomer country field, and the
    /// form's country reaches the profile as `country=`: the page ranks what the API ranks for
    /// `profile=…;country=SE`, and an unknown country is the API's error beside the newcomer fields.
    @Test func newcomerCountry() async throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Tests/KlyngeMatchingTests/Fixtures/coldstart").path
        )
        let served = try ServedDataset(eco)
        let empty = try await PageChecks.body("/match", on: served)
        #expect(empty.contains("name=\"newcomer-country\""))
        #expect(empty.contains("<option value=\"SE\">SE</option>"))
        let body = try await PageChecks.body(
            "/match?for=&newcomer-kind=company&newcomer-topics=health&newcomer-country=SE&kind=university&top=5",
            on: served
        )
        let p = try MatchParameters(
            query: QueryValues(
                query: "profile=kind%3Dcompany%3Btopics%3Dhealth%3Bcountry%3DSE&kind=university&top=5"
            ),
            in: served
        )
        let expected = try served.match(p).suggestions.map { eco.members[$0.candidate].id }
        #expect(!expected.isEmpty)
        #expect(Self.rankedIDs(body) == expected)
        #expect(body.contains("<option value=\"SE\" selected>SE</option>"))
        let unknown = try await PageChecks.body(
            "/match?for=&newcomer-kind=company&newcomer-topics=health&newcomer-country=Narnia",
            on: served,
            status: 400
        )
        #expect(unknown.contains("unknown country"))
        // The default dataset has no countries: no country field.
        let plain = try await PageChecks.body("/match", on: Hostile.served)
        #expect(!plain.contains("newcomer-country"))
    }

    /// The empty form: every field a plain GET sends, the topics with their synonyms.
    @Test func emptyForm() async throws {
        let body = try await PageChecks.body("/match", on: Hostile.served)
        #expect(body.contains("<form class=\"panel match-form\" id=\"match-form\" method=\"get\" action=\"/match\">"))
        for name in ["for", "newcomer-kind", "newcomer-topics", "newcomer-county", "kind", "county", "cluster", "top"] {
            #expect(body.contains("name=\"\(name)\""), "no field \(name)")
        }
        #expect(
            body.contains(
                "fall detection <span class=\"synonyms\">(fallsensor, fallsensorer, fallalarm, falldeteksjon)</span>"
            )
        )
        #expect(body.contains("&lt;i&gt;robots&lt;/i&gt;"))
        #expect(!body.contains("match-results"))
    }

    /// A member's partners: the hostile names are listed as text.
    @Test func memberSeekerWithHostileNames() async throws {
        let body = try await PageChecks.body("/match?for=h4&top=10", on: Hostile.served)
        #expect(Set(Self.rankedIDs(body)) == ["h1", "h2", "h5"])
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a></h3>"))
        #expect(body.contains("Suggested partners for Tromsø kommune"))
    }

    /// Errors appear next to their field, in the words of the API's 400.
    @Test func errorsInTheAPIsWords() async throws {
        let (page, api, county) = try await RunningServer.with(Hostile.served) { server in
            (
                try await server.get("/match?newcomer-kind=company&newcomer-topics=quantum+knitting"),
                try await server.get("/api/match?profile=kind%3Dcompany%3Btopics%3Dquantum%20knitting"),
                try await server.get("/match?for=h4&county=Atlantis")
            )
        }
        PageChecks.expectWellFormedPage(page, status: 400)
        #expect(api.status == 400)
        let error = try #require(
            (try JSONSerialization.jsonObject(with: Data(api.body.utf8)) as? [String: Any])?["error"] as? String
        )
        #expect(error.hasPrefix("profile: "))
        #expect(
            page.body.contains(
                "<span class=\"field-error\" id=\"profile-error\" role=\"alert\">\(Escape.html(error))</span>"
            )
        )
        PageChecks.expectWellFormedPage(county, status: 400)
        #expect(county.body.contains("<span class=\"field-error\" id=\"county-error\" role=\"alert\">county: "))
        #expect(
            county.body.contains(
                "<select id=\"county\" name=\"county\" aria-describedby=\"county-error\" aria-invalid=\"true\">"
            )
        )
    }
}

@Suite struct PageMatchUnknownMemberTests {
    /// A member that does not exist: 404, the API's words beside the field, the closest members
    /// as links asking the same question.
    @Test func closestMembersOffered() async throws {
        let body = try await PageChecks.body("/match?for=Bergen+komune&kind=hospital", on: Hostile.served, status: 404)
        #expect(
            body.contains(
                "<span class=\"field-error\" id=\"for-error\" role=\"alert\">for: no member &#39;Bergen komune&#39; in hostile"
            )
        )
        #expect(body.contains("<li><a href=\"/match?for=h3&amp;kind=hospital\">Bergen kommune</a></li>"))
    }
}
