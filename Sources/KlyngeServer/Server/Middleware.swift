import HTTPTypes
import Hummingbird

/// Adds the security headers of `klynge serve` to every response (errors included): a
/// Content-Security-Policy without inline script or style, `X-Content-Type-Options: nosniff`,
/// `Referrer-Policy: no-referrer`.
///
/// ```swift
/// router.add(middleware: SecurityHeadersMiddleware())
/// ```
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    /// The policy every page is served under.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// Turns every error a route or a later middleware throws into the response
/// ``ErrorResponse`` makes: JSON under `/api/`, an escaped HTML page elsewhere.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let served: ServedDataset

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if !(error is ParameterError || error is HTTPError) {
                context.logger.error("\(request.method) \(request.uri.path): \(error)")
            }
            return ErrorResponse.make(error, path: request.uri.path, served: served)
        }
    }
}

/// Refuses a query string longer than ``RequestLimits/maximumQueryBytes`` (414) before any
/// route reads it.
struct QueryLimitMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let bytes = request.uri.query?.utf8.count ?? 0
        if bytes > RequestLimits.maximumQueryBytes {
            throw HTTPError(
                .uriTooLong,
                message:
                    "the query string is \(bytes) bytes; at most \(RequestLimits.maximumQueryBytes) are accepted"
            )
        }
        return try await next(request, context)
    }
}

/// Answers 405 Method Not Allowed (with `Allow: GET, HEAD`) to any method but GET and HEAD:
/// every resource of `klynge serve` is read-only, so a POST, PUT, DELETE, TRACE or OPTIONS is
/// refused before any route runs, on any path. HEAD is answered as GET is, without the body
/// (the router's `autoGenerateHeadEndpoints`).
struct MethodMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            throw HTTPError(
                .methodNotAllowed,
                headers: [.allow: "GET, HEAD"],
                message: "\(request.method.rawValue) is not allowed: klynge serve answers GET (and HEAD) only"
            )
        }
        return try await next(request, context)
    }
}
