import Hummingbird
import NIOCore

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
    /// Every route: `/healthz`, the JSON API (``APIRoutes``) and the pages (``PageRoutes``).
    /// - Complexity: O(routes) to build.
    public static func router(served: ServedDataset, configuration: ServerConfiguration) -> Router<BasicRequestContext>
    {
        let router = Router()
        router.get("healthz") { _, _ in "ok\n" }
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
        Application(
            router: router(served: served, configuration: configuration),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "klynge"
            ),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) }
        )
    }
}
