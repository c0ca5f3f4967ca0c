import Foundation
import Hummingbird
import KlyngeEcosystem

/// The JSON API under `/api/`: the same results as the CLI's `--format json`, one shape each,
/// and `/openapi.json` describing it (``OpenAPIDocument``).
///
/// | route | answers |
/// |---|---|
/// | `GET /api/dataset` | ``DatasetSummary`` |
/// | `GET /api/members?q=&limit=` | ``MemberSummary`` list (``ServedDataset/searchMembers(_:)``) |
/// | `GET /api/members/{id}` | ``MemberDetail`` (404 with the closest members) |
/// | `GET /api/match?for=|profile=&kind=&county=&cluster=&top=&explain=&format=` | `klynge match --format json` |
/// | `GET /api/brokers?top=&sort=&format=` | `klynge brokers --format json` |
/// | `GET /api/consortium?topics=&roles=&lead=&size=&alternatives=&candidates=&format=` | `klynge consortium --format json` |
/// | `GET /api/map.svg?kind=supercluster|ego|brokers|match&focus=` | the map's SVG |
enum APIRoutes {
    static func add(to router: Router<BasicRequestContext>, served: ServedDataset) {
        let dataset = APIResponse.encode(served.summary)
        router.get("openapi.json") { _, _ in APIResponse.json(OpenAPIDocument.json) }
        router.get("api/dataset") { _, _ in APIResponse.json(dataset) }
        router.get("api/members") { request, _ in
            let search = try MemberSearch(query: QueryValues(query: request.uri.query))
            return APIResponse.json(APIResponse.encode(served.searchMembers(search)))
        }
        router.get("api/members/:id") { request, context in
            let index = try memberIndex(context.parameters.get("id") ?? "", in: served)
            return APIResponse.json(APIResponse.encode(served.memberDetail(index)))
        }
        router.get("api/match") { request, _ in
            let values = try QueryValues(query: request.uri.query)
            let p = try MatchParameters(query: values, in: served)
            let outcome = try await withTimeLimit { _ in try served.match(p) }
            return try APIResponse.table(outcome.report, format: p.format, name: "match")
        }
        router.get("api/brokers") { request, _ in
            let p = try BrokerParameters(query: QueryValues(query: request.uri.query))
            let table = try await withTimeLimit { _ in try served.brokerTable(p) }
            return try APIResponse.table(table, format: p.format, name: "brokers")
        }
        router.get("api/consortium") { request, _ in
            let values = try QueryValues(query: request.uri.query)
            let p = try ConsortiumParameters(query: values, in: served)
            let report = try await withTimeLimit { control in try served.consortium(p, control: control) }
            return try APIResponse.table(report, format: p.format, name: "consortium")
        }
        router.get("api/map.svg") { request, _ in
            let p = try MapParameters(query: QueryValues(query: request.uri.query), in: served)
            let svg = try await withTimeLimit { _ in try served.mapSVG(p) }
            return APIResponse.text(svg, contentType: "image/svg+xml; charset=utf-8")
        }
    }

    /// The member a path names: its id, else what ``KlyngeEcosystem/Ecosystem/member(matching:)``
    /// finds for the (percent-decoded) text.
    /// - Throws: ``ParameterError`` naming `id`: 404 with the closest members, 400 when ambiguous.
    static func memberIndex(_ raw: String, in served: ServedDataset) throws(ParameterError) -> Int {
        let text = raw.removingPercentEncoding ?? raw
        if let i = served.ecosystem.memberIndex(of: text) { return i }
        return try parameter("id") { try served.ecosystem.member(matching: text) }
    }
}
