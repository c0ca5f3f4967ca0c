import Foundation
import KlyngeEcosystem
import KlyngeServer
import KlyngeTestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Refuses every redirect, so a test sees the 303 and its `Set-Cookie` itself.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

extension RunningServer {
    /// A session that keeps no cookies and follows no redirects: every header a test sends is
    /// one it set.
    static let plainSession: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpCookieStorage = nil
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }()

    /// `method` (GET unless said) `path` without cookies or redirects: status, headers (lower-case
    /// names) and body bytes.
    func raw(
        _ path: String,
        method: String = "GET",
        headers: [String: String] = [:]
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await Self.plainSession.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields[String(describing: k).lowercased()] = String(describing: v) }
        return (http.statusCode, fields, data)
    }

    /// GET `path` and parse its body as JSON.
    func json(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, value: Any) {
        let answer = try await raw(path, headers: headers)
        return (answer.status, try JSONSerialization.jsonObject(with: answer.body, options: [.fragmentsAllowed]))
    }
}

/// A dataset in a temporary folder, loaded and computed; the folder is removed again.
func servedDataset(files: [String: String]) throws -> ServedDataset {
    let folder = try Klynge.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try ServedDataset(DatasetLoader().load(folder: folder.path))
}

/// Four members, two with hostile names, in two clusters, on three projects.
let hostileServed: ServedDataset = {
    try! servedDataset(files: [
        "members.csv": """
        id,name,kind,clusters,county,topics
        h1,<script>alert(1)</script>,company,Alpha,Vestland,fall detection
        h2,\"\"\" onmouseover=\"\"x\",municipality,Alpha;Beta,Vestland,fall detection
        h3,Plain Hospital,hospital,Beta,Rogaland,welfare technology
        h4,Plain University,university,Beta,Rogaland,fall detection

        """,
        "projects.csv": "id,title,start\np1,One,2020\np2,Two <b>bold</b>,2021\np3,Three,2022\n",
        "participations.csv": "project,member\np1,h1\np1,h2\np2,h2\np2,h3\np3,h3\np3,h4\n",
    ])
}()
