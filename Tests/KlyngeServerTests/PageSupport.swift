import Foundation
import KlyngeEcosystem
import KlyngeServer
import KlyngeTestSupport
import Testing

/// The names a page must show as text: markup and an attribute break-out.
enum Hostile {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\" onmouseover=\"x"
    static let cluster = "<b>Evil</b> & Co"
    static let project = "<img src=x onerror=alert(2)>"
    static let topic = "<i>robots</i>"

    /// A small SYNTHETIC dataset whose names are hostile: two clusters, five members, three
    /// projects, so every page has a broker, partners and a report to show.
    static let served: ServedDataset = {
        let base = try! Klynge.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("hostile")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func csv(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let files = [
            "README.md": "# hostile — SYNTHETIC test dataset\n\nNames that try to become markup.\n",
            "members.csv": """
            id,name,kind,clusters,county,municipality,topics
            h1,\(csv(script)),company,\(csv(cluster)),Vestland,Bergen,\(csv("fall detection;" + topic))
            h2,\(csv(attribute)),municipality,\(csv(cluster)),Vestland,Bergen,welfare technology
            h3,Bergen kommune,municipality,Smart Care,Vestland,Bergen,welfare technology;fall detection
            h4,Tromsø kommune,municipality,Smart Care,Troms,Tromsø,telemedicine
            h5,Helse Bergen,hospital,\(csv("Smart Care;" + cluster)),Vestland,Bergen,fall detection

            """,
            "projects.csv": """
            id,title,start,end,topics
            p1,\(csv(project)),2020,2022,fall detection
            p2,Safe at home,2021,2023,welfare technology
            p3,Remote care north,2022,2024,telemedicine

            """,
            "participations.csv": """
            project,member,role
            p1,h1,lead
            p1,h5,partner
            p2,h2,partner
            p2,h5,lead
            p2,h3,pilot-site
            p3,h3,partner
            p3,h4,lead

            """,
        ]
        for (name, text) in files {
            try! text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try! ServedDataset(DatasetLoader().load(folder: folder.path))
    }()
}

/// What every page must hold to run under the Content-Security-Policy and show names as text.
enum PageChecks {
    /// Every `<script` tag has a `src` or is `type="application/json"` (data, never run).
    static func scriptsAreExternal(_ html: String) -> Bool {
        var rest = Substring(html)
        while let open = rest.range(of: "<script", options: .caseInsensitive) {
            guard let close = rest[open.upperBound...].range(of: ">") else { return false }
            let tag = rest[open.lowerBound..<close.upperBound]
            if !tag.contains(" src=\"") && !tag.contains("type=\"application/json\"") { return false }
            rest = rest[close.upperBound...]
        }
        return true
    }

    /// No `style=` attribute and no `<style>` element anywhere.
    static func noInlineStyle(_ html: String) -> Bool {
        html.range(of: #"\sstyle\s*="#, options: [.regularExpression, .caseInsensitive]) == nil
            && html.range(of: "<style", options: .caseInsensitive) == nil
    }

    /// The hostile names appear only escaped.
    static func hostileNamesEscaped(_ html: String) -> Bool {
        !html.contains(Hostile.script) && !html.contains(Hostile.attribute) && !html.contains("<b>Evil</b>")
            && !html.contains(Hostile.project) && !html.contains(Hostile.topic)
    }

    /// The checks every HTML answer passes, recorded as expectations.
    static func expectWellFormedPage(
        _ answer: (status: Int, headers: [String: String], body: String),
        status: Int = 200,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(answer.status == status, sourceLocation: sourceLocation)
        #expect(answer.headers["content-type"] == "text/html; charset=utf-8", sourceLocation: sourceLocation)
        #expect(answer.body.hasPrefix("<!DOCTYPE html>"), sourceLocation: sourceLocation)
        #expect(scriptsAreExternal(answer.body), sourceLocation: sourceLocation)
        #expect(noInlineStyle(answer.body), sourceLocation: sourceLocation)
        #expect(hostileNamesEscaped(answer.body), sourceLocation: sourceLocation)
    }

    /// GET `path` from a live server over `served`, checked as every page is: its body.
    static func body(
        _ path: String,
        on served: ServedDataset = Hostile.served,
        status: Int = 200,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        let page = try await RunningServer.with(served) { server in try await server.get(path) }
        expectWellFormedPage(page, status: status, sourceLocation: sourceLocation)
        return page.body
    }
}
