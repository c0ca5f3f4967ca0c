import Foundation
import Hummingbird
import KlyngeEcosystem

/// How the server answers a request it cannot serve: `{"error": "…"}` under `/api/` (with the
/// parameter at fault and, for an unknown member, the closest ones), a small HTML page with
/// the message escaped elsewhere.
///
/// ```swift
/// let r = ErrorResponse.make(ParameterError("top", "must be at most 1000"), path: "/api/match", served: served)
/// // 400, {"error":"top: must be at most 1000","parameter":"top"}
/// ```
enum ErrorResponse {
    /// The JSON body of an API error.
    struct Body: Encodable {
        struct Closest: Encodable {
            var id: String
            var name: String
        }
        var error: String
        var parameter: String?
        var closest: [Closest]?
    }

    /// Whether `path` is answered in JSON.
    static func isAPI(_ path: String) -> Bool { path == "/api" || path.hasPrefix("/api/") || path == "/openapi.json" }

    /// The response for `error` thrown while answering `path`.
    static func make(_ error: any Error, path: String, served: ServedDataset) -> Response {
        let status: HTTPResponse.Status
        var message: String
        var parameter: String?
        var closest: [String] = []
        var headers: HTTPFields = [:]
        switch error {
        case let e as ParameterError:
            status = HTTPResponse.Status(code: e.status)
            message = e.description
            parameter = e.parameter
            closest = e.closest
        case let e as TimeLimitExceeded:
            status = .serviceUnavailable
            message = e.description
        case let e as HTTPError:
            status = e.status
            headers = e.headers
            message = e.body ?? (e.status == .notFound ? "no such page: \(path)" : e.status.reasonPhrase)
        default:
            status = .internalServerError
            message = "internal error: \(error)"
        }
        if isAPI(path) {
            let members = closest.compactMap { served.ecosystem.memberIndex(of: $0) }.map {
                Body.Closest(id: served.ecosystem.members[$0].id, name: served.ecosystem.members[$0].name)
            }
            let body = Body(error: message, parameter: parameter, closest: members.isEmpty ? nil : members)
            var response = APIResponse.json(APIResponse.encode(body), status: status)
            response.headers.append(contentsOf: headers)
            return response
        }
        message = Escape.html(message)
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Klynge — \(status.code) \(Escape.html(status.reasonPhrase))</title></head>
            <body><main><h1>\(status.code) \(Escape.html(status.reasonPhrase))</h1><p>\(message)</p>
            <p><a href="/">Back to the map</a></p></main></body></html>

            """
        var response = APIResponse.text(page, contentType: "text/html; charset=utf-8", status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}
