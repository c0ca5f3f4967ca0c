import Foundation
import Hummingbird
import KlyngeEcosystem

/// The server-rendered HTML pages: the map, the member panel, match, brokers, consortium, report,
/// and their style sheet and script under `/assets/`. Queries are read by the API's own
/// parameter types (``QueryValues``, ``MatchParameters``, ``BrokerParameters``…): a page
/// answers exactly what its endpoint under `/api/` answers. Pages that compute (member, match,
/// brokers, consortium) run on the compute pool under the time limit, as the API does
/// (``withTimeLimit(_:pool:_:)``).
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, served: ServedDataset) {
        router.get("assets/:name") { _, context -> Response in
            guard let name = context.parameters.get("name"), let response = AssetTable.response(for: name) else {
                throw HTTPError(.notFound, message: "no such asset")
            }
            return response
        }
        let map = ComputedOnce { try MapPage.interactiveMap(served) }
        router.get("/") { request, _ -> HTMLPage in
            let values = try QueryValues(query: request.uri.query)
            let fragment: Result<String, any Error>
            do { fragment = .success(try await map.value()) } catch { fragment = .failure(error) }
            return HTMLPage(MapPage(served: served, map: fragment, query: values.first("q") ?? "").html)
        }
        router.get("members/:id") { _, context -> HTMLPage in
            let id = context.parameters.get("id") ?? ""
            return try await withTimeLimit { _ in memberPage(id, served: served) }
        }
        router.get("match") { request, _ -> HTMLPage in
            let values = try QueryValues(query: request.uri.query)
            return try await withTimeLimit { _ in MatchPage.answer(values, served: served) }
        }
        router.get("brokers") { request, _ -> HTMLPage in
            let values = try QueryValues(query: request.uri.query)
            return try await withTimeLimit { _ in brokersPage(values, served: served) }
        }
        router.get("consortium") { request, _ -> HTMLPage in
            let values = try QueryValues(query: request.uri.query)
            return try await withTimeLimit { control in ConsortiumPage.answer(values, served: served, control: control)
            }
        }
        let report = ComputedOnce { try ReportPage.compute(served.ecosystem) }
        router.get("report") { _, _ -> HTMLPage in
            HTMLPage(ReportPage(served: served, report: try await report.value()).html)
        }
    }

    /// The brokers page for `sort` and `top` (``BrokerParameters``; ``BrokersPage/defaultTop``
    /// rows when `top` is not given); a bad parameter shows the default table under the error.
    static func brokersPage(_ values: QueryValues, served: ServedDataset) -> HTMLPage {
        do {
            var p = try BrokerParameters(query: values)
            p.top = p.top ?? BrokersPage.defaultTop
            let table = try served.brokerTable(p).table
            let order = table.rows.compactMap { row -> Int? in
                guard case .text(let id) = row.first else { return nil }
                return served.ecosystem.memberIndex(of: id)
            }
            return HTMLPage(BrokersPage(served: served, order: order, sort: p.sort, top: p.top ?? order.count).html)
        } catch {
            let page = BrokersPage(
                served: served,
                order: served.brokerOrder,
                sort: "brokerage_total",
                top: BrokersPage.defaultTop,
                error: error.description
            )
            return HTMLPage(page.html, status: HTTPResponse.Status(code: error.status))
        }
    }

    /// The member page for the id in the path (percent-decoded); an unknown id is a 404 page
    /// listing the closest names.
    static func memberPage(_ raw: String, served: ServedDataset) -> HTMLPage {
        let id = raw.removingPercentEncoding ?? raw
        let eco = served.ecosystem
        if let i = eco.memberIndex(of: id) { return HTMLPage(MemberPage(served: served, member: i).html) }
        do {
            let i = try eco.member(matching: id)
            return HTMLPage(MemberPage(served: served, member: i).html)
        } catch {
            let links = error.suggestions.prefix(8).compactMap(eco.memberIndex(of:)).map {
                "<li>\(HTML.memberLink(eco.members[$0]))</li>"
            }
            return Layout.errorPage(
                status: .notFound,
                title: "No such member",
                message: error.description,
                more: links.isEmpty ? "" : "<p>Did you mean:</p><ul>" + links.joined() + "</ul>",
                served: served
            )
        }
    }
}
