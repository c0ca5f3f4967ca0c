import Foundation
import Hummingbird
import KlyngeEcosystem
import KlyngeServer
import KlyngeTestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A ``KlyngeApplication`` on a free loopback port for the duration of `body`, asked over real
/// HTTP (URLSession) as a browser would.
struct RunningServer {
    let base: URL

    /// Serves `served` on 127.0.0.1 at a port the system chooses, runs `body`, then stops.
    static func with<R: Sendable>(
        _ served: ServedDataset,
        configuration: ServerConfiguration = ServerConfiguration(),
        _ body: @Sendable (RunningServer) async throws -> R
    ) async throws -> R {
        var config = configuration
        config.port = 0
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = KlyngeApplication.make(served: served, configuration: config) { port in
            continuation.yield(port)
        }
        let task = Task { try await app.run() }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        return try await body(RunningServer(base: URL(string: "http://127.0.0.1:\(port)")!))
    }

    /// GET `path` (with its query): the status, the headers and the body as text.
    func get(
        _ path: String,
        headers: [String: String] = [:]
    ) async throws -> (
        status: Int, headers: [String: String], body: String
    ) {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields[String(describing: k).lowercased()] = String(describing: v) }
        return (http.statusCode, fields, String(decoding: data, as: UTF8.self))
    }
}

/// The bundled default dataset, computed once for every server test.
let defaultServed: ServedDataset = {
    let eco = try! DatasetLoader().load(
        folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
    )
    return try! ServedDataset(eco)
}()
