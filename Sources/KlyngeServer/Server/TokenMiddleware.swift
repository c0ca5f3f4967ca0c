import Hummingbird

/// When `klynge serve` has a token: every request but `/healthz` must carry it, as
/// `Authorization: Bearer TOKEN` or as the cookie `/login?token=TOKEN` sets (HttpOnly,
/// SameSite=Strict); otherwise 401. Tokens are compared in constant time.
///
/// ```swift
/// router.add(middleware: TokenMiddleware(token: "s3cret"))
/// // GET /login?token=s3cret → 303 to /, Set-Cookie: klynge_token=…; HttpOnly; SameSite=Strict
/// ```
struct TokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// The cookie `/login` sets.
    static let cookie = "klynge_token"
    let token: String
    /// The cookie's value: the token's UTF-8 bytes in hex (a cookie value allows no spaces or `;`).
    var cookieValue: String {
        token.utf8.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
            .joined()
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        if path == "/healthz" { return try await next(request, context) }
        if path == "/login" {
            let values = try QueryValues(query: request.uri.query)
            guard let given = values.first("token"), constantTimeEqual(given, token) else {
                throw HTTPError(.unauthorized, message: "login: the token is missing or wrong")
            }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(
                Cookie(name: Self.cookie, value: cookieValue, path: "/", httpOnly: true, sameSite: .strict)
            )
            return response
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer "),
            constantTimeEqual(String(authorization.dropFirst("Bearer ".count)), token)
        {
            return try await next(request, context)
        }
        if let cookie = request.cookies[Self.cookie], constantTimeEqual(cookie.value, cookieValue) {
            return try await next(request, context)
        }
        throw HTTPError(
            .unauthorized,
            headers: [.wwwAuthenticate: "Bearer"],
            message:
                "this server needs its token: send 'Authorization: Bearer TOKEN', or open /login?token=TOKEN once in the browser"
        )
    }
}
