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

    /// A call without roles: the API's error beside the kinds; the topics kept.
    @Test func missingRoles() async throws {
        let body = try await PageChecks.body("/consortium?topics=fall+detection", on: Hostile.served, status: 400)
        #expect(body.contains("<span class=\"field-error\" id=\"roles-error\" role=\"alert\">roles: "))
        #expect(body.contains("name=\"topics\" value=\"fall detection\" checked>"))
    }

    /// The empty form asks nothing.
    @Test func emptyForm() async throws {
        let body = try await PageChecks.body("/consortium", on: Hostile.served)
        #expect(body.contains("<form class=\"panel\" id=\"consortium-form\" method=\"get\" action=\"/consortium\">"))
        #expect(!body.contains("consortium-results"))
        #expect(!body.contains("field-error"))
    }
}
