import Foundation
import KlyngeServer
import Testing

@Suite struct PageConsortiumTests {
    /// The form's counts per kind become the API's roles; the teams are those of the API's
    /// consortium function; names as text.
    @Test func teamsForACall() async throws {
        let body = try await PageChecks.body(
            "/consortium?topics=fall+detection&need-municipality=1&need-hospital=1&alternatives=1",
            on: Hostile.served
        )
        let report = try Hostile.served.consortium(
            ConsortiumParameters(
                query: QueryValues(query: "topics=fall+detection&roles=municipality,hospital&alternatives=1"),
                in: Hostile.served
            )
        )
        let ids = report.proposal.teams[0].members.map { Hostile.served.ecosystem.members[$0.member].id }
        for id in ids { #expect(body.contains("<tr data-member=\"\(id)\">")) }
        #expect(body.contains("<h3>Best team</h3>"))
        #expect(
            body.contains(
                "<input type=\"number\" id=\"need-municipality\" name=\"need-municipality\" min=\"0\" max=\"9\" value=\"1\">"
            )
        )
        #expect(
            body.contains(
                "href=\"/api/consortium?topics=fall%20detection&amp;roles=municipality%2Chospital&amp;alternatives=1&amp;format=csv\" download>"
            )
        )
    }

    /// Topics alone fill the form in and ask for the kinds needed (200: a link from elsewhere);
    /// a call that names kinds but no topics gets the API's error beside the topics.
    @Test func halfFilledCalls() async throws {
        let topicsOnly = try await PageChecks.body("/consortium?topics=fall+detection", on: Hostile.served)
        #expect(topicsOnly.contains("name=\"topics\" value=\"fall detection\" checked>"))
        #expect(topicsOnly.contains("Now say how many partners of each kind the call needs."))
        #expect(!topicsOnly.contains("field-error"))
        let rolesOnly = try await PageChecks.body("/consortium?need-hospital=1", on: Hostile.served, status: 400)
        #expect(rolesOnly.contains("<span class=\"field-error\" id=\"topics-error\" role=\"alert\">topics: "))
        #expect(rolesOnly.contains("name=\"need-hospital\" min=\"0\" max=\"9\" value=\"1\">"))
    }

    /// The empty form asks nothing.
    @Test func emptyForm() async throws {
        let body = try await PageChecks.body("/consortium", on: Hostile.served)
        #expect(body.contains("<form class=\"panel\" id=\"consortium-form\" method=\"get\" action=\"/consortium\">"))
        #expect(!body.contains("consortium-results"))
        #expect(!body.contains("field-error"))
    }

    /// The form's filters reach the API: a county and an excluded member, with the error of an
    /// unknown county beside its field.
    @Test func filtersReachTheAPI() async throws {
        let eco = defaultServed.ecosystem
        let path = "/consortium?topics=fall+detection&need-municipality=1&need-company=1&alternatives=1&county=Vestland"
        let body = try await PageChecks.body(path, on: defaultServed)
        let report = try defaultServed.consortium(
            ConsortiumParameters(
                query: QueryValues(
                    query: "topics=fall+detection&roles=municipality,company&alternatives=1&county=Vestland"
                ),
                in: defaultServed
            )
        )
        let members = report.proposal.teams[0].members.map { eco.members[$0.member] }
        #expect(members.allSatisfy { $0.county == "Vestland" })
        for m in members { #expect(body.contains("<tr data-member=\"\(m.id)\">")) }
        #expect(body.contains("<option value=\"Vestland\" selected>Vestland</option>"))
        #expect(body.contains("<input type=\"text\" id=\"exclude\" name=\"exclude\""))

        let bad = try await PageChecks.body(
            "/consortium?topics=fall+detection&need-company=1&county=Vestlandet",
            on: defaultServed,
            status: 400
        )
        #expect(
            bad.contains(
                "id=\"county-error\" role=\"alert\">county: unknown county &#39;Vestlandet&#39;; did you mean Vestland?"
            )
        )
    }
}
