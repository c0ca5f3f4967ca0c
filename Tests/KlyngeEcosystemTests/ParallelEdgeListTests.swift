import Foundation
import KlyngeGraph
import Testing

@testable import KlyngeEcosystem

/// The edge-list reader's parallel parse against the serial reader it replaced
/// (Support/SerialEdgeListReference.swift): the same node numbering, the same arcs and
/// weights, or the same error naming the same line, for any number of pieces. The tests cut
/// files into pieces of one byte (so a piece boundary falls after every line feed) on up to
/// 64 workers.
@Suite("Parallel edge-list parse")
struct ParallelEdgeListTests {
    /// The repository folder (this file is Tests/KlyngeEcosystemTests/ParallelEdgeListTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every committed edge list and the edge-list fuzz corpus.
    static let committed: [String] = {
        let fm = FileManager.default
        var paths: [String] = []
        for dir in ["Datasets", "Tests/KlyngeGraphTests/Fixtures", "Tests/Fuzz/corpus/edgelist"] {
            let base = root.appendingPathComponent(dir)
            guard let walker = fm.enumerator(atPath: base.path) else { continue }
            for case let rel as String in walker
            where rel.hasSuffix(".edges") || rel.hasSuffix("_edges.csv") || dir.hasSuffix("edgelist") {
                var isDir: ObjCBool = false
                let path = base.appendingPathComponent(rel).path
                if fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue { paths.append(path) }
            }
        }
        return paths.sorted()
    }()

    /// What a read gives, comparable: the error's text, or the ids and every arc with its weight.
    enum Outcome: Equatable, CustomStringConvertible {
        case failed(String)
        case graph(ids: [String], arcs: [String])

        init(_ read: () throws(InputError) -> CSRGraph) {
            do {
                let g = try read()
                let arcs = (0..<g.nodeCount).flatMap { u in
                    g.arcRange(u).map { a in "\(u)>\(g.target(ofArc: a)):\(g.weight(ofArc: a))" }
                }
                self = .graph(ids: g.nodes.ids, arcs: arcs)
            } catch {
                self = .failed(error.description)
            }
        }

        var description: String {
            switch self {
            case .failed(let message): return "error \(message)"
            case .graph(let ids, let arcs): return "\(ids.count) nodes, \(arcs.count) arcs"
            }
        }
    }

    /// Checks every (directed, weighted) reading of `data` in 1-byte pieces on several worker
    /// counts against the serial reference.
    static func compare(_ data: Data, file: String) {
        for directed in [false, true] {
            for weighted in [false, true] {
                let expected = Outcome { () throws(InputError) in
                    try SerialEdgeListReference(directed: directed, weighted: weighted).parse(data, file: file)
                }
                for threads in [1, 2, 3, 7, 64] {
                    var reader = EdgeListReader(directed: directed, weighted: weighted, threads: threads)
                    reader.chunkBytes = 1
                    let got = Outcome { () throws(InputError) in try reader.parse(data, file: file) }
                    #expect(
                        got == expected,
                        "\(file) directed=\(directed) weighted=\(weighted) threads=\(threads): \(got) vs \(expected)"
                    )
                }
            }
        }
    }

    @Test("every committed edge list reads as the serial reader reads it")
    func committedFiles() throws {
        try #require(Self.committed.count >= 20, "found \(Self.committed)")
        for path in Self.committed {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            Self.compare(data, file: path)
        }
    }

    @Test(
        "hostile inputs: line endings, comments, blanks, weights, headers, bad lines",
        arguments: [
            "a b\r\nb c\r\nc a",  // CRLF, no final newline
            "a b\rb c\rc d\r",  // lone CR endings (one piece: no line feed to cut at)
            "a b\n\r\nb c\r\rc d\n",  // mixed endings and blank lines
            "\u{FEFF}source,target,weight\n1,2,3\n2,3,0.5\n3,1,1e2\n",  // BOM, header, weights
            "# comment\n\n   \nsource target\nx y\n",  // header after comments and blanks
            "x y\nsource target\n",  // a header-like line after the first is an edge
            "1 2 # trailing\n#only\n2 3\t\n3\t4\t2\n",  // comments, tabs
            "1 2\n2 3\n3\n4 5\n",  // bad line 3 in the middle
            "1 2\n2 3\n3 4\n4 5 x\n",  // bad weight on the last line, no final newline
            "1 2 0\n",  // zero weight
            "1 2\n1 2\n2 1 3\n07 7\n7 007\n0 00\n",  // duplicates and numeric-looking ids
            "a,,1\n",  // empty target
            ",b\n",  // empty source
            "\n\n\n",  // only blanks
            "a b c d\n",  // four fields
            "1 1\n2 2\n",  // self-loops only: nodes kept, no edges
            "99999999999 1\n4294967296 1\n-1 1\n+1 1\n1.0 1\n",  // numbers beyond the direct table
        ]
    )
    func hostile(_ text: String) {
        Self.compare(Data(text.utf8), file: "hostile.txt")
    }

    @Test("invalid UTF-8 ids: the first by appearance is named, whatever the pieces")
    func invalidUTF8() {
        var bytes = Array("a b\nc d\n".utf8)
        bytes += [0x65, 0xFF, 0x20, 0x66, 0x0A]  // line 3: "e\u{FF} f"
        bytes += Array("g h\n".utf8) + [0xC3, 0x20, 0x69, 0x0A]  // line 5: truncated sequence
        Self.compare(Data(bytes), file: "bytes.txt")
    }

    @Test("random edge lists with every kind of line, 200 seeds")
    func randomInputs() {
        for seed in 0..<200 as Range<UInt64> {
            var rng = SplitMix64(seed: seed)
            var bytes: [UInt8] = []
            let lines = Int(rng.next(below: 40))
            for _ in 0..<lines {
                let u = rng.next(below: 12)
                let v = rng.next(below: 12)
                let sep = [" ", "\t", ",", "  "][Int(rng.next(below: 4))]
                var line: String
                switch rng.next(below: 20) {
                case 0: line = "# comment \(u)"
                case 1: line = ""
                case 2: line = "   "
                case 3: line = "\(u)\(sep)\(v)\(sep)\(rng.next(below: 5))"  // weight, maybe 0
                case 4: line = "\(u)"  // one field: an error
                case 5: line = "n\(u)\(sep)0\(v) # c"
                default: line = "\(u)\(sep)\(v)"
                }
                let end = ["\n", "\r\n", "\n", "\r"][Int(rng.next(below: 4))]
                bytes += Array(line.utf8) + Array(end.utf8)
            }
            if rng.next(below: 3) == 0, !bytes.isEmpty { bytes.removeLast() }  // no final line break
            Self.compare(Data(bytes), file: "seed\(seed).txt")
        }
    }
}
