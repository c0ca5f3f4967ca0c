import Foundation
import KlyngeTestSupport
import Testing

/// `klynge centrality` run as a user runs it: whole output, exit codes, files.
@Suite("klynge centrality")
struct CentralityCommandTests {
    static let florentine = "Datasets/sna-classic/florentine.edges"

    @Test("CSV: header, rows sorted by the first measure, NetworkX values")
    func csvOutput() throws {
        let r = try Klynge.run(["centrality", Self.florentine, "--measures", "betweenness,degree", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "node,betweenness,degree")
        #expect(lines.count == 16)
        // NetworkX 3.6.1: betweenness_centrality(G)['Medici'] = 0.521978021978022 (shared/data/sna_classic reference).
        let medici = lines[1].split(separator: ",")
        #expect(medici[0] == "Medici")
        #expect(abs(Double(medici[1])! - 0.521978021978022) < 1e-12)
        // Ties (betweenness 0) sorted by id: Acciaiuoli, Ginori, Lamberteschi, Pazzi.
        #expect(
            lines.suffix(4).map { String($0.split(separator: ",")[0]) } == [
                "Acciaiuoli", "Ginori", "Lamberteschi", "Pazzi",
            ]
        )
        // At least 12 significant digits.
        #expect(medici[1].count >= 14)
    }

    @Test("JSON, Markdown and table formats", arguments: ["json", "md", "table"])
    func formats(_ format: String) throws {
        let r = try Klynge.run([
            "centrality", Self.florentine, "--measures", "degree,core", "--format", format, "--top", "3",
        ])
        #expect(r.status == 0)
        switch format {
        case "json":
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 3)
            #expect(rows[0]["node"] as? String == "Medici")
            #expect((rows[0]["degree"] as? NSNumber)?.doubleValue == 6.0 / 14.0)
            #expect((rows[0]["core"] as? NSNumber)?.intValue == 2)
        case "md":
            let lines = r.stdout.split(separator: "\n")
            #expect(lines[0] == "| node | degree | core |")
            #expect(lines[1] == "|---|---:|---:|")
            #expect(lines.count == 5)
        default:
            let lines = r.stdout.split(separator: "\n")
            #expect(lines[0].hasPrefix("node"))
            #expect(lines[2].hasPrefix("Medici"))
            #expect(lines.count == 5)
        }
    }

    @Test("output is byte-identical whatever the thread count")
    func deterministicAcrossThreads() throws {
        let args = [
            "centrality", "Datasets/netscience/netscience.edges", "--format", "csv",
            "--measures", "betweenness,closeness,harmonic,pagerank,clustering",
        ]
        let one = try Klynge.run(args + ["--threads", "1"])
        let two = try Klynge.run(args + ["--threads", "2"])
        let five = try Klynge.run(args + ["--threads", "5"])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == five.stdout)
    }

    @Test("approximate betweenness notes its seed on stderr")
    func approximate() throws {
        let r = try Klynge.run([
            "centrality", Self.florentine, "--measures", "betweenness", "--approximate", "5", "--format", "csv",
        ])
        #expect(r.status == 0)
        #expect(r.stderr.contains("seed 42"))
        let e = try Klynge.run([
            "centrality", Self.florentine, "--measures", "betweenness", "--epsilon", "0.1", "--format", "csv",
        ])
        #expect(e.status == 0)
        #expect(e.stderr.contains("within ±0.1"))
    }

    @Test("-o writes the file atomically and never overwrites the input")
    func outputFile() throws {
        let dir = try Klynge.temporaryFolder()
        let input = dir.appendingPathComponent("g.txt")
        try "a b\nb c\n".write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.csv")
        let r = try Klynge.run(["centrality", input.path, "--measures", "degree", "--format", "csv", "-o", out.path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8) == "node,degree\nb,1\na,0.5\nc,0.5\n")
        let clobber = try Klynge.run(["centrality", input.path, "-o", input.path])
        #expect(clobber.status == 1)
        #expect(clobber.stderr == "klynge: error: \(input.path): refusing to overwrite the input file\n")
        #expect(try String(contentsOf: input, encoding: .utf8) == "a b\nb c\n")
    }

    @Test(
        "bad input: one line naming file, line and problem; non-zero exit",
        arguments: [
            ("a b\nc\n", "g.txt:2: expected 'source target [weight]', found 1 field"),
            ("a b 2\nb c x\n", "g.txt:2: weight: 'x' is not a number"),
            ("a b -3\n", "g.txt:1: weight: -3 must be a positive finite number"),
            ("", "g.txt: no edges found (the file is empty or only comments)"),
            ("# only a comment\n", "g.txt: no edges found (the file is empty or only comments)"),
        ]
    )
    func badInput(_ content: String, _ message: String) throws {
        let dir = try Klynge.temporaryFolder()
        let input = dir.appendingPathComponent("g.txt")
        try content.write(to: input, atomically: true, encoding: .utf8)
        let r = try Klynge.run(["centrality", input.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "klynge: error: \(dir.path)/\(message)\n")
    }

    @Test("missing file and unknown measure")
    func usageErrors() throws {
        let missing = try Klynge.run(["centrality", "no/such/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "klynge: error: no/such/file.txt: no such file\n")
        let measure = try Klynge.run(["centrality", Self.florentine, "--measures", "degree,fame"])
        #expect(measure.status == 64)
        #expect(measure.stderr.hasPrefix("Error: unknown measure 'fame' (choose from degree, betweenness"))
        let both = try Klynge.run(["centrality", Self.florentine, "--approximate", "3", "--epsilon", "0.1"])
        #expect(both.status == 64)
    }

    @Test("help lists the contract's options")
    func help() throws {
        let r = try Klynge.run(["centrality", "--help"])
        #expect(r.status == 0)
        for option in [
            "--measures", "--directed", "--weighted", "--approximate", "--epsilon", "--threads",
            "--seed", "--top", "--format", "--output",
        ] {
            #expect(r.stdout.contains(option), "help lacks \(option)")
        }
    }
}
