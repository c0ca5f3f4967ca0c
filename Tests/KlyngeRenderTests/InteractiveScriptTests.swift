import Foundation
import KlyngeEcosystem
import KlyngeRender
import KlyngeTestSupport
import Testing

/// The map's script run by Node.js: it parses, and its search folds names exactly as
/// Klynge's `foldedKey` does (so the map finds what `--for` finds). Skipped, with the reason
/// recorded, where `node` is not installed.
@Suite("interactive map script", .enabled(if: NodeJS.available, "node (Node.js) is not installed"))
struct InteractiveScriptTests {
    /// Runs `code` with the map script loaded before it (`globalThis.KlyngeMap` defined).
    static func node(_ code: String) throws -> (status: Int32, output: String) {
        let dir = try Klynge.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("run.js")
        try (InteractiveMapAssets.script + "\n" + code).write(to: file, atomically: true, encoding: .utf8)
        return try Tool.run(URL(fileURLWithPath: "/usr/bin/env"), ["node", file.path])
    }

    @Test("the script is valid JavaScript")
    func syntax() throws {
        let dir = try Klynge.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("map.js")
        try InteractiveMapAssets.script.write(to: file, atomically: true, encoding: .utf8)
        let (status, out) = try Tool.run(URL(fileURLWithPath: "/usr/bin/env"), ["node", "--check", file.path])
        #expect(status == 0, "\(out)")
    }

    @Test("search folds names as foldedKey does: case, accents, æ/ø/å, punctuation")
    func foldParity() throws {
        let names = [
            "Tromsø kommune", "Ærøy Æble", "ÅLESUND", "Crème Brûlée AS", "Universitetet i Sørøst-Norge",
            "Høgskulen på Vestlandet", "São Paulo-x 12", "NTNU (synthetic)", "Ääkkönen Øy", "straße",
        ]
        let input = String(decoding: try JSONSerialization.data(withJSONObject: names), as: UTF8.self)
        let (status, out) = try Self.node("console.log(JSON.stringify(\(input).map(KlyngeMap.fold)))")
        #expect(status == 0, "\(out)")
        let folded = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String]
        #expect(folded == names.map(foldedKey))
    }

    @Test("search ranks names that start with the query first, then by name; finds by id")
    func searchOrder() throws {
        let members = [("m1", "Universitetet i Bergen"), ("m2", "Bergen kommune"), ("m3", "Bærum kommune")]
            .map { "{id:\"\($0.0)\",name:\"\($0.1)\",key:\"\(foldedKey($0.1))\"}" }.joined(separator: ",")
        let (status, out) = try Self.node(
            """
            const ms = [\(members)];
            const names = q => KlyngeMap.search(ms, q, 10).map(m => m.name).join("|");
            console.log(JSON.stringify([names("BÉRGEN"), names("kommune"), names("baer"), names("M3"), names("  ")]));
            """
        )
        #expect(status == 0, "\(out)")
        #expect(
            try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String] == [
                "Bergen kommune|Universitetet i Bergen", "Bergen kommune|Bærum kommune", "Bærum kommune",
                "Bærum kommune", "",
            ]
        )
    }
}

/// Whether Node.js runs here.
enum NodeJS {
    static let available = (try? Tool.run(URL(fileURLWithPath: "/usr/bin/env"), ["node", "--version"]).status) == 0
}
