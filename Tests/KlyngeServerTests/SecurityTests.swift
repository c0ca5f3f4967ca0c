import Foundation
import KlyngeServer
import Testing

/// Security headers, the token, and hostile names.
@Suite struct SecurityTests {
    static let policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    @Test(arguments: [
        "/healthz", "/api/dataset", "/api/members?q=x", "/api/match?top=5000", "/api/nothing", "/nothing",
        "/openapi.json",
    ])
    func everyResponseCarriesTheSecurityHeaders(path: String) async throws {
        let answer = try await RunningServer.with(defaultServed) { try await $0.raw(path) }
        #expect(answer.headers["content-security-policy"] == Self.policy)
        #expect(answer.headers["x-content-type-options"] == "nosniff")
        #expect(answer.headers["referrer-policy"] == "no-referrer")
    }

    @Test func theTokenIsRequiredWhenConfigured() async throws {
        var configuration = ServerConfiguration()
        configuration.token = "s3cret token"
        try await RunningServer.with(hostileServed, configuration: configuration) { server in
            let health = try await server.raw("/healthz")
            #expect(health.status == 200)
            let without = try await server.raw("/api/dataset")
            #expect(without.status == 401)
            #expect(without.headers["www-authenticate"] == "Bearer")
            #expect(without.headers["content-security-policy"] == Self.policy)
            let wrong = try await server.raw("/api/dataset", headers: ["Authorization": "Bearer s3cret tokeN"])
            #expect(wrong.status == 401)
            let bearer = try await server.raw("/api/dataset", headers: ["Authorization": "Bearer s3cret token"])
            #expect(bearer.status == 200)
            let page = try await server.raw("/")
            #expect(page.status == 401)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)

            let badLogin = try await server.raw("/login?token=guess")
            #expect(badLogin.status == 401)
            let login = try await server.raw("/login?token=s3cret+token")
            #expect(login.status == 303)
            #expect(login.headers["location"] == "/")
            let cookie = try #require(login.headers["set-cookie"])
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let pair = try #require(cookie.split(separator: ";").first.map(String.init))
            #expect(pair.hasPrefix("klynge_token="))
            let withCookie = try await server.raw("/api/dataset", headers: ["Cookie": pair])
            #expect(withCookie.status == 200)
            let forged = try await server.raw("/api/dataset", headers: ["Cookie": "klynge_token=00"])
            #expect(forged.status == 401)
        }
    }

    @Test func hostileNamesStayTextInJSON() async throws {
        try await RunningServer.with(hostileServed) { server in
            let (status, value) = try await server.json("/api/members")
            #expect(status == 200)
            let names = Set(((value as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
            #expect(names.contains("<script>alert(1)</script>"))
            #expect(names.contains("\" onmouseover=\"x"))
            let raw = try await server.raw("/api/members/h2")
            #expect(String(decoding: raw.body, as: UTF8.self).contains(#""name":"\" onmouseover=\"x""#))
            let match = try await server.raw("/api/match?for=h3&explain=1")
            let text = String(decoding: match.body, as: UTF8.self)
            #expect(match.status == 200)
            #expect(!text.contains("\" onmouseover=\"x"))
            #expect(try JSONSerialization.jsonObject(with: match.body) is [[String: Any]])
        }
    }

    @Test(arguments: [
        "/api/map.svg", "/api/map.svg?kind=ego&focus=h2", "/api/map.svg?kind=brokers",
        "/api/map.svg?kind=match&focus=h3",
    ])
    func hostileNamesAreEscapedInSVG(path: String) async throws {
        let answer = try await RunningServer.with(hostileServed) { try await $0.raw(path) }
        #expect(answer.status == 200)
        let svg = String(decoding: answer.body, as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("\" onmouseover=\""))
        #expect(svg.contains("&lt;script&gt;") || svg.contains("&#60;script&#62;"))
    }

    @Test func anErrorPageEscapesWhatTheUserTyped() async throws {
        let answer = try await RunningServer.with(hostileServed) { try await $0.raw("/api/members/%3Cscript%3Ezz") }
        #expect(answer.status == 404)
        let text = String(decoding: answer.body, as: UTF8.self)
        #expect(text.contains("no member '<script>zz'"))
        #expect(try JSONSerialization.jsonObject(with: answer.body) is [String: Any])
    }
}
