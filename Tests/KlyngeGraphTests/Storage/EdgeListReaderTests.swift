import Foundation
import KlyngeEcosystem
import KlyngeGraph
import Testing

/// A scratch folder under the system temporary directory; `remove()` it when done
/// (a `defer` right after creating it, so it outlives every use of its files).
private struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to a new file and returns its path.
    func write(_ bytes: [UInt8], name: String = "edges.txt") throws -> String {
        let file = url.appendingPathComponent(UUID().uuidString + "-" + name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 to a new file and returns its path.
    func write(_ text: String, name: String = "edges.txt") throws -> String {
        try write(Array(text.utf8), name: name)
    }
}

private func read(_ path: String, directed: Bool = false, weighted: Bool = false) throws -> CSRGraph {
    try EdgeListReader(directed: directed, weighted: weighted).read(path: path)
}

/// The `description` of the error reading `path` throws, or nil when it succeeds.
private func readError(_ path: String, directed: Bool = false, weighted: Bool = false) -> String? {
    do {
        _ = try EdgeListReader(directed: directed, weighted: weighted).read(path: path)
        return nil
    } catch {
        return error.description
    }
}

/// The weight of the arc `source → target`, or nil when there is none.
private func weight(_ g: CSRGraph, _ source: String, _ target: String) -> Double? {
    guard let u = g.nodes.index(of: source), let v = g.nodes.index(of: target) else { return nil }
    return g.arcRange(u).first { g.target(ofArc: $0) == v }.map { g.weight(ofArc: $0) }
}

/// Sorted `source|target` pairs of all arcs, for comparing small graphs.
private func arcs(_ g: CSRGraph) -> [String] {
    (0..<g.nodeCount).flatMap { u in g.neighbors(u).map { "\(g.nodes[u])|\(g.nodes[Int($0)])" } }.sorted()
}

/// `EdgeListReader` on temporary files: accepted syntax and the exact error messages.
@Suite("Edge-list reader")
struct EdgeListReaderTests {
    // MARK: Separators

    @Test("runs of spaces separate fields; leading and trailing spaces ignored")
    func whitespaceSeparated() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b\n  b    c  \nc a\n")
        let g = try read(p)
        #expect(g.nodes.ids == ["a", "b", "c"])
        #expect(g.edgeCount == 3)
        #expect(arcs(g) == ["a|b", "a|c", "b|a", "b|c", "c|a", "c|b"])
    }

    @Test("tab-separated: ids may contain spaces")
    func tabSeparated() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("New York\tLos Angeles\t2.5\n  San Francisco \tNew York\n")
        let g = try read(p, directed: true, weighted: true)
        #expect(g.nodes.ids == ["New York", "Los Angeles", "San Francisco"])
        #expect(weight(g, "New York", "Los Angeles") == 2.5)
        #expect(weight(g, "San Francisco", "New York") == 1)
        #expect(g.edgeCount == 2)
    }

    @Test("comma-separated: ids may contain spaces, fields are trimmed")
    func commaSeparated() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("New York,Los Angeles,3\nLos Angeles , Salt Lake City , 0.5\n")
        let g = try read(p, weighted: true)
        #expect(g.nodes.ids == ["New York", "Los Angeles", "Salt Lake City"])
        #expect(weight(g, "Los Angeles", "New York") == 3)
        #expect(weight(g, "Salt Lake City", "Los Angeles") == 0.5)
        // A trailing comma adds no field.
        let q = try tmp.write("a,b,\n")
        #expect(arcs(try read(q)) == ["a|b", "b|a"])
    }

    // MARK: Comments, blank lines, line endings

    @Test("# comment lines and trailing comments")
    func comments() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        // `#` starts a comment only at the start of a field: glued to a weight it is part of it.
        let glued = try tmp.write("a b 2\nb c 3#x\n")
        #expect(readError(glued, weighted: true) == "\(glued):2: weight: '3#x' is not a number")

        let good = try tmp.write(
            """
            # a whole-line comment
            a b 2 # a trailing comment
               # an indented comment
            x y\tz\t# tab file comment
            p,q,4,# comma file comment
            u v #w
            c d#e
            """
        )
        let g = try read(good, directed: true, weighted: true)
        #expect(g.nodes.ids == ["a", "b", "x y", "z", "p", "q", "u", "v", "c", "d#e"])
        #expect(weight(g, "a", "b") == 2)
        #expect(weight(g, "x y", "z") == 1)
        #expect(weight(g, "p", "q") == 4)
        #expect(weight(g, "u", "v") == 1)
        #expect(weight(g, "c", "d#e") == 1)
        #expect(g.edgeCount == 5)
    }

    @Test("blank and space-only lines are skipped but counted")
    func blankLines() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("\n\n   \na b\n\n\t\n \t \nb c\n\n")
        let g = try read(p)
        #expect(g.nodes.ids == ["a", "b", "c"])
        #expect(g.edgeCount == 2)
        // Line numbers count the blank lines.
        let q = try tmp.write("\n\n   \na b\n\nlonely\n")
        #expect(readError(q) == "\(q):6: expected 'source target [weight]', found 1 field")
    }

    @Test("CRLF line endings")
    func crlf() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b 2\r\nb c 3\r\n# note\r\n\r\nc,d,4\r\nd\te\t5\r\ne f")
        let g = try read(p, weighted: true)
        #expect(g.nodes.ids == ["a", "b", "c", "d", "e", "f"])
        #expect(weight(g, "a", "b") == 2)
        #expect(weight(g, "b", "c") == 3)
        #expect(weight(g, "c", "d") == 4)
        #expect(weight(g, "d", "e") == 5)
        #expect(weight(g, "e", "f") == 1)
        let q = try tmp.write("a b\r\nc\r\n")
        #expect(readError(q) == "\(q):2: expected 'source target [weight]', found 1 field")
        let r = try tmp.write("a b x\r\n")
        #expect(readError(r) == "\(r):1: weight: 'x' is not a number")
    }

    @Test("a UTF-8 byte-order mark is skipped")
    func byteOrderMark() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let p = try tmp.write(bom + Array("a b\nb c\n".utf8))
        let g = try read(p)
        #expect(g.nodes.ids == ["a", "b", "c"])
        #expect(g.nodes.ids[0].unicodeScalars.map(\.value) == [0x61])
        // With a header right after the mark, and CRLF.
        let q = try tmp.write(bom + Array("source,target,weight\r\nTromsø,Ålesund,2\r\n".utf8))
        let h = try read(q, weighted: true)
        #expect(h.nodes.ids == ["Tromsø", "Ålesund"])
        #expect(weight(h, "Ålesund", "Tromsø") == 2)
        // Line numbers are unaffected by the mark.
        let r = try tmp.write(bom + Array("a b\nlonely\n".utf8))
        #expect(readError(r) == "\(r):2: expected 'source target [weight]', found 1 field")
    }

    // MARK: Header

    @Test("a source,target[,weight] header line is skipped")
    func header() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("source,target,weight\na,b,3\nb,c,1.5\n")
        let g = try read(p, weighted: true)
        #expect(g.nodes.ids == ["a", "b", "c"])
        #expect(g.nodes.index(of: "source") == nil && g.nodes.index(of: "weight") == nil)
        #expect(weight(g, "a", "b") == 3)
        #expect(weight(g, "b", "c") == 1.5)
        // Case-insensitive, other separators, after comments and blank lines.
        for text in [
            "Source,Target\na,b\n", "# made by hand\n\nsource target\na b\n", "SOURCE\tTARGET\tWEIGHT\na\tb\t1\n",
            "from,to\na,b\n", "u v\na b\n", "node1,node2\na,b\n",
        ] {
            let q = try tmp.write(text)
            #expect(try read(q, weighted: true).nodes.ids == ["a", "b"], "\(text.debugDescription)")
        }
        // Only the first content line can be a header; later it is an edge like any other.
        let r = try tmp.write("a,b\nsource,target\n")
        #expect(try read(r).nodes.ids == ["a", "b", "source", "target"])
    }

    // MARK: Weights and merging

    @Test("weights are used only when weighted, but always validated")
    func weightsOnlyWhenWeighted() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b 2\nb c 3\nc d\n")
        let unweighted = try read(p)
        #expect(!unweighted.isWeighted)
        #expect(weight(unweighted, "a", "b") == 1)
        #expect(weight(unweighted, "b", "c") == 1)
        let weighted = try read(p, weighted: true)
        #expect(weighted.isWeighted)
        #expect(weight(weighted, "a", "b") == 2)
        #expect(weight(weighted, "c", "b") == 3)
        #expect(weight(weighted, "c", "d") == 1)  // a missing weight counts as 1
        // An invalid weight fails even when weights are not used.
        for (text, message) in [
            ("a b 2\nc d -1\n", "weight: -1 must be a positive finite number"),
            ("a b 2\nc d abc\n", "weight: 'abc' is not a number"),
        ] {
            let q = try tmp.write(text)
            #expect(readError(q, weighted: false) == "\(q):2: \(message)")
            #expect(readError(q, weighted: true) == "\(q):2: \(message)")
        }
    }

    //   a ══ b     a b 2, b a 3, a b 1: one undirected edge of weight 6;
    //              directed: a → b (2 + 1 = 3), b → a (3)
    @Test("duplicate edges are summed")
    func duplicatesSummed() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b 2\nb a 3\na b 1\n")
        let u = try read(p, weighted: true)
        #expect(u.edgeCount == 1)
        #expect(weight(u, "a", "b") == 6)
        #expect(weight(u, "b", "a") == 6)
        let d = try read(p, directed: true, weighted: true)
        #expect(d.edgeCount == 2)
        #expect(weight(d, "a", "b") == 3)
        #expect(weight(d, "b", "a") == 3)
        let plain = try read(p)
        #expect(plain.edgeCount == 1 && !plain.isWeighted)
    }

    @Test("self-loops are dropped, their nodes kept")
    func selfLoops() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a a 5\na b\nc c\n")
        let g = try read(p, weighted: true)
        #expect(g.nodes.ids == ["a", "b", "c"])
        #expect(g.edgeCount == 1)
        #expect(weight(g, "a", "a") == nil)
    }

    @Test("Unicode ids are read byte for byte")
    func unicode() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("Tromsø Ålesund\nÅlesund\t東京 🚀\n")
        let g = try read(p)
        #expect(g.nodes.ids == ["Tromsø", "Ålesund", "東京 🚀"])
        #expect(g.nodes.ids.map { Array($0.utf8) } == ["Tromsø", "Ålesund", "東京 🚀"].map { Array($0.utf8) })
    }

    @Test("parse(_:file:) reads in-memory text")
    func parseInMemory() throws {
        let g = try EdgeListReader(weighted: true).parse(Data("x y 4\n".utf8), file: "memory")
        #expect(weight(g, "y", "x") == 4)
        #expect(
            throws: InputError(file: "memory", line: 1, message: "expected 'source target [weight]', found 1 field")
        ) {
            try EdgeListReader().parse(Data("x\n".utf8), file: "memory")
        }
    }

    // MARK: Errors (exact messages)

    @Test("missing file")
    func missingFile() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = tmp.url.appendingPathComponent("does-not-exist.edges").path
        #expect(readError(p) == "\(p): no such file")
    }

    @Test("a directory is not an edge list")
    func directory() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = tmp.url.path
        let message = try #require(readError(p))
        #expect(message.hasPrefix("\(p): "))
        #expect(message.contains("directory"))
    }

    @Test(
        "empty, blank, comments-only and header-only files",
        arguments: [
            "", "\n\n  \n", "# nothing\n# here\n", "   # indented\r\n\r\n", "\u{FEFF}", "\u{FEFF}# comment\n",
            "source,target,weight\n",
        ]
    )
    func noEdges(text: String) throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write(text)
        #expect(readError(p) == "\(p): no edges found (the file is empty or only comments)")
    }

    @Test("a line with one field")
    func oneField() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b\n# comment\nlonely\nc d\n")
        #expect(readError(p) == "\(p):3: expected 'source target [weight]', found 1 field")
        let q = try tmp.write("a,b\nc,\n")  // the trailing empty field is dropped
        #expect(readError(q) == "\(q):2: expected 'source target [weight]', found 1 field")
    }

    @Test("a line with four fields")
    func fourFields() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b 1 2\n")
        #expect(readError(p) == "\(p):1: expected 'source target [weight]', found 4 fields")
        let q = try tmp.write("a,b,1\nc,d,1,2\n")
        #expect(readError(q, weighted: true) == "\(q):2: expected 'source target [weight]', found 4 fields")
    }

    @Test("a non-numeric weight")
    func nonNumericWeight() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b 1\nc d abc\n")
        #expect(readError(p, weighted: true) == "\(p):2: weight: 'abc' is not a number")
        let q = try tmp.write("a,b,1\nc,d,1.5.2\n")
        #expect(readError(q, weighted: true) == "\(q):2: weight: '1.5.2' is not a number")
    }

    @Test("negative, zero, NaN and infinite weights", arguments: ["-1", "0", "nan", "-0", "inf", "-2.5"])
    func nonPositiveWeight(text: String) throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a b 1\nc d \(text)\n")
        #expect(readError(p, weighted: true) == "\(p):2: weight: \(text) must be a positive finite number")
    }

    @Test("invalid UTF-8 in a node id")
    func invalidUTF8() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        // Line 2's source is "a\xFFb"; a lone continuation byte 0x80 in a target; a truncated
        // two-byte sequence (0xC3 without its second byte) in a comma file.
        let cases: [[UInt8]] = [
            Array("x y\n".utf8) + [0x61, 0xFF, 0x62] + Array(" c\n".utf8),
            Array("x y\n".utf8) + Array("c ".utf8) + [0x80],
            Array("x,y\n".utf8) + Array("Troms".utf8) + [0xC3] + Array(",c,1\n".utf8),
        ]
        for bytes in cases {
            let p = try tmp.write(bytes)
            #expect(readError(p) == "\(p):2: invalid UTF-8 in a node id")
        }
    }

    @Test("invalid UTF-8 in a weight names the problem, not a '?' the file lacks")
    func invalidUTF8Weight() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write(Array("a b 1\nc d ".utf8) + [0x32, 0xFF] + Array("\n".utf8))
        let message = try #require(readError(p, weighted: true))
        #expect(message.hasPrefix("\(p):2: weight: "))
        #expect(message.contains("UTF-8"), "\(message)")
        #expect(!message.contains("'?'"), "\(message)")
    }

    @Test("an empty id in a comma file")
    func emptyID() throws {
        let tmp = try ScratchFolder()
        defer { tmp.remove() }
        let p = try tmp.write("a,,1\n")
        #expect(readError(p, weighted: true) == "\(p):1: target: empty node id")
        let q = try tmp.write("a,b\n ,c\n")
        #expect(readError(q) == "\(q):2: source: empty node id")
        let r = try tmp.write("a\t\tb\n")
        #expect(readError(r) == "\(r):1: target: empty node id")
    }
}
