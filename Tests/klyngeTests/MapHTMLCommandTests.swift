import Foundation
import KlyngeTestSupport
import Testing

/// `klynge map DATASET -o map.html`: the interactive map as one self-contained file.
@Suite("map -o map.html")
struct MapHTMLCommandTests {
    static let tiny = "Tests/KlyngeEcosystemTests/Fixtures/tiny"

    @Test("writes one self-contained page with every member's data; stdout stays empty")
    func writesPage() throws {
        let path = try Klynge.temporaryFolder().appendingPathComponent("map.html").path
        let r = try Klynge.run(["map", Self.tiny, "--size-by", "degree", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("supercluster map of tiny: 8 members, 14 ties → \(path)"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<title>tiny: the ecosystem by cluster</title>"))
        #expect(html.contains(#"<script type="application/json" id="klynge-map-data">"#))
        for name in ["Fjordvik Helse AS", "Vestkyst sykehus (synthetic)", "Fjellheim universitet (synthetic)"] {
            #expect(html.contains("\"name\":\"\(name)\""), "\(name)")
        }
        #expect(html.contains(#""measures":["degree","betweenness","closeness","pagerank"]"#))
        #expect(!html.contains("src=") && !html.contains("href=\"http"))
    }

    @Test("other kinds are interactive too; --format cannot say html and a bad extension names .html")
    func kindsAndErrors() throws {
        let path = try Klynge.temporaryFolder().appendingPathComponent("ego.html").path
        let r = try Klynge.run(["map", Self.tiny, "--kind", "ego", "--focus", "c1", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("collaboration neighbourhood"))
        let contradiction = try Klynge.run(["map", Self.tiny, "--format", "svg", "-o", path])
        #expect(contradiction.status == 64)
        #expect(contradiction.stderr.contains("the extension .html says html but --format says svg"))
    }

    @Test("never overwrites an input")
    func protectsInputs() throws {
        let dir = try Klynge.temporaryFolder()
        for file in ["members.csv", "projects.csv", "participations.csv"] {
            try FileManager.default.copyItem(
                at: Klynge.root.appendingPathComponent(Self.tiny).appendingPathComponent(file),
                to: dir.appendingPathComponent(file)
            )
        }
        // A file of the dataset's folder is an input: the map must not replace it.
        let target = dir.appendingPathComponent("notes.html").path
        try Data("<p>our notes</p>\n".utf8).write(to: URL(fileURLWithPath: target))
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        let r = try Klynge.run(["map", dir.path, "-o", target])
        #expect(r.status != 0)
        #expect(r.stderr.contains("refusing to overwrite the input file"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
    }
}
