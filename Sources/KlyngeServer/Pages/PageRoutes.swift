import Foundation
import Hummingbird
import KlyngeEcosystem

/// The server-rendered HTML pages: the map, the member panel, match, brokers, consortium, report,
/// and their style sheet and script under `/assets/`.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, served: ServedDataset) {
        router.get("assets/:name") { _, context -> Response in
            guard let name = context.parameters.get("name"), let response = AssetTable.response(for: name) else {
                throw HTTPError(.notFound, message: "no such asset")
            }
            return response
        }
        router.get("/") { request, _ -> HTMLPage in
            HTMLPage(MapPage(served: served, query: request.uri.queryParameters.get("q") ?? "").html)
        }
        router.get("brokers") { request, _ -> HTMLPage in brokersPage(request, served: served) }
        let reports = ReportCache(ecosystem: served.ecosystem)
        router.get("report") { _, _ -> HTMLPage in
            HTMLPage(ReportPage(served: served, report: try await reports.report()).html)
        }
        router.get("members/:id") { _, context -> HTMLPage in
            memberPage(context.parameters.get("id") ?? "", served: served)
        }
    }

    /// The brokers page in the order `?sort=` names (default `brokerage_total`), `?top=` rows.
    static func brokersPage(_ request: Request, served: ServedDataset) -> HTMLPage {
        let query = request.uri.queryParameters
        let sort = query.get("sort") ?? "brokerage_total"
        let top = query.get("top").flatMap { Int($0) }.map { min(max($0, 1), 1000) } ?? BrokersPage.defaultTop
        do {
            let order = try served.brokers.order(by: sort)
            return HTMLPage(BrokersPage(served: served, order: order, sort: sort, top: top).html)
        } catch {
            let page = BrokersPage(
                served: served,
                order: served.brokerOrder,
                sort: "brokerage_total",
                top: top,
                error: "sort: " + error.description
            )
            return HTMLPage(page.html, status: .badRequest)
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
