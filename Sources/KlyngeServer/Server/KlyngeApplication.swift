import Hummingbird
import KlyngeGraph
import Logging
import NIOCore
import NIOPosix

/// The web application of `klynge serve`: one router over a ``ServedDataset``.
///
/// ```swift
/// let served = try ServedDataset(eco)
/// let app = KlyngeApplication.make(served: served, configuration: ServerConfiguration()) { port in
///     print("http://127.0.0.1:\(port)/")
/// }
/// try await app.runService()
/// ```
public enum KlyngeApplication {
    /// Every route: `/healthz`, the JSON API (``APIRoutes``) and the pages (``PageRoutes``), behind
    /// the middleware every response passes: security headers, errors as JSON or HTML, GET and
    /// HEAD only (405 otherwise), the query-string limit and, when configured, the token.
    /// - Complexity: O(routes) to build.
    public static func router(served: ServedDataset, configuration: ServerConfiguration) -> Router<BasicRequestContext>
    {
        let router = Router(options: .autoGenerateHeadEndpoints)
        // Middleware applies to the routes added after it: add it first.
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(served: served))
        router.add(middleware: MethodMiddleware())
        router.add(middleware: QueryLimitMiddleware())
        if let token = configuration.token { router.add(middleware: TokenMiddleware(token: token)) }
        router.get("healthz") { _, _ in "ok\n" }
        router.get("login") { _, _ in Response(status: .seeOther, headers: [.location: "/"]) }
        APIRoutes.add(to: router, served: served)
        PageRoutes.add(to: router, served: served)
        return router
    }

    /// The application bound as `configuration` says; `onRunning` receives the bound port (the
    /// chosen one when `configuration.port` is 0).
    public static func make(
        served: ServedDataset,
        configuration: ServerConfiguration,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "klynge")
        logger.logLevel = .warning
        return Application(
            router: router(served: served, configuration: configuration),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "klynge"
            ),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            eventLoopGroupProvider: configuration.threads.map {
                .shared(MultiThreadedEventLoopGroup(numberOfThreads: $0))
            } ?? .singleton,
            logger: logger
        )
    }
}

extension KlyngeApplication {
    /// Serves `served` as `configuration` says until SIGINT or SIGTERM, then stops gracefully
    /// (requests under way are answered). `onRunning` receives the bound port.
    ///
    /// ```swift
    /// try await KlyngeApplication.serve(served: served, configuration: ServerConfiguration()) { port in
    ///     print("http://127.0.0.1:\(port)/")
    /// }
    /// ```
    ///
    /// - Throws: ``ServerStartError`` when the address cannot be bound (in use, not local).
    public static func serve(
        served: ServedDataset,
        configuration: ServerConfiguration,
        onRunning: @escaping @Sendable (Int) async -> Void
    ) async throws {
        let app = make(served: served, configuration: configuration, onRunning: onRunning)
        do {
            try await app.runService()
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw ServerStartError(host: configuration.host, port: configuration.port, reason: "\(error)")
        }
    }
}

/// The server could not listen where it was asked to.
public struct ServerStartError: KlyngeError {
    public var host: String
    public var port: Int
    public var reason: String
    public var description: String { "cannot serve at \(host):\(port): \(reason)" }
    public var hint: String? { "choose another --port (or --port 0 for any free one), or check --host" }
}
