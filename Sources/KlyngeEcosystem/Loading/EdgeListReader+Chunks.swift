import Foundation
import KlyngeGraph

/// The edge-list reader's parallel parse: the file cut at line breaks into pieces, each parsed
/// with its own id table, the tables merged in file order.
///
/// Why the numbering is the serial one: a serial read numbers ids by first appearance. The ids
/// first seen in piece k are those not in pieces 0..<k, in the order piece k's own table met
/// them; merging the tables piece by piece (each table in its own order) therefore adds every
/// id at its serial number. Lines are numbered per piece and shifted by the lines of the pieces
/// before, so an error names the line a serial read names; the first bad line in file order
/// wins, as every piece before it parsed without error.
extension EdgeListReader {
    /// One parsed piece: its ids (positions in the file), edges by local id, and lines read.
    struct Piece: Sendable {
        var ids = ByteSpanInterner(expected: 16)
        var tails: [Int32] = []
        var heads: [Int32] = []
        var weights: [Double] = []
        /// Lines read, counted from 1 at the piece's start (up to the bad line, if any).
        var lines = 0
        /// The first bad line, numbered within the piece.
        var error: InputError?
        /// The sum of the slots read ahead (kept so the reads are not optimised away).
        var touched: Int32 = 0
    }

    /// Parses `data` in pieces of at least `chunkBytes` bytes on up to `threads` workers.
    /// - Complexity: O(*bytes* / workers + distinct ids per piece + *E* log *d*) time.
    func parseInChunks(_ data: Data, file: String, chunkBytes: Int) throws(InputError) -> CSRGraph {
        // Cut points: after the first content line's start (the header check stays in piece 0),
        // each later one moved forward to just after a line feed.
        let (cuts, linesBefore): ([Int], Int) = data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            let (start, before) = firstContentLine(b)
            let workers = max(1, threads ?? defaultThreadCount)
            let pieces = max(1, min(workers, (b.count - start) / max(1, chunkBytes)))
            var cuts = [start]
            for k in 1..<max(pieces, 1) {
                var c = max(start + (b.count - start) * k / pieces, cuts[cuts.count - 1])
                while c < b.count && (c == 0 || b[c - 1] != 0x0A) { c += 1 }
                if c > cuts[cuts.count - 1] && c < b.count { cuts.append(c) }
            }
            cuts.append(b.count)
            return (cuts, before)
        }
        let count = cuts.count - 1
        var pieces = [Piece?](repeating: nil, count: count)
        let reader = self
        pieces.withParallelSlots { slots in
            parallelChunks(count: count, threads: threads, minChunk: 1) { range in
                for k in range {
                    // Piece 0 numbers its lines in the file's count, so its id table serves as is.
                    let first = k == 0 ? linesBefore + 1 : 1
                    slots[k] = reader.parsePiece(
                        data,
                        cuts[k]..<cuts[k + 1],
                        firstLine: first,
                        headerFirst: k == 0,
                        file: file
                    )
                }
            }
        }
        // Merge the id tables in file order (piece 0's is the start of the merged one); the
        // first bad line in file order is the error.
        var ids = ByteSpanInterner(expected: 16, denseLimit: Self.denseLimit(data.count))
        var maps: [[Int32]] = []
        var edgeStarts = [0]
        var lineBase = linesBefore  // lines before piece k
        let merged: InputError? = data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            for k in 0..<count {
                let piece = pieces[k]!
                if let bad = piece.error {
                    return k == 0
                        ? bad
                        : InputError(
                            file: bad.file,
                            line: bad.line.map { $0 + lineBase },
                            column: bad.column,
                            message: bad.message
                        )
                }
                if k == 0 {
                    ids = piece.ids
                    maps.append((0..<Int32(piece.ids.count)).map { $0 })
                } else {
                    var map = [Int32](repeating: 0, count: piece.ids.count)
                    for j in 0..<piece.ids.count {
                        let lo = piece.ids.starts[j]
                        let line = lineBase + piece.ids.firstLines[j]
                        map[j] = Int32(ids.intern(b, lo..<lo + Int(piece.ids.lengths[j]), line: line))
                    }
                    maps.append(map)
                }
                edgeStarts.append(edgeStarts[edgeStarts.count - 1] + piece.tails.count)
                lineBase += piece.lines
            }
            return nil
        }
        if let merged { throw merged }
        let m = edgeStarts[edgeStarts.count - 1]
        if m == 0 {
            throw InputError(file: file, message: "no edges found (the file is empty or only comments)")
        }
        // Renumber each piece's edges into its own stretch of the whole edge list.
        var tails = [Int32](repeating: 0, count: m)
        var heads = [Int32](repeating: 0, count: m)
        var weights = [Double](repeating: 1, count: weighted ? m : 0)
        let done = pieces.map { $0! }
        pieces = []
        let frozenMaps = maps
        let frozenStarts = edgeStarts
        let useWeights = weighted
        tails.withParallelSlots { t in
            heads.withParallelSlots { h in
                weights.withParallelSlots { w in
                    parallelChunks(count: count, threads: threads, minChunk: 1) { range in
                        for k in range {
                            let map = frozenMaps[k]
                            let piece = done[k]
                            let base = frozenStarts[k]
                            for e in piece.tails.indices {
                                t[base + e] = map[Int(piece.tails[e])]
                                h[base + e] = map[Int(piece.heads[e])]
                                if useWeights { w[base + e] = piece.weights[e] }
                            }
                        }
                    }
                }
            }
        }
        return try buildGraph(data, ids: ids, tails: tails, heads: heads, weights: weights, file: file)
    }

    /// Numeric ids below this use the interner's direct table: a 4-byte slot per value, at
    /// most the file's size in memory (at least 2¹⁶ values, at most 2²⁶).
    static func denseLimit(_ fileBytes: Int) -> Int { min(1 << 26, max(1 << 16, fileBytes / 4)) }

    /// Edges whose ids are looked up together.
    static let batchSize = 64

    /// Parses the lines of `data[range]` with a fresh id table, numbering lines from `firstLine`.
    private func parsePiece(
        _ data: Data,
        _ range: Range<Int>,
        firstLine: Int,
        headerFirst: Bool,
        file: String
    ) -> Piece {
        var piece = Piece()
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            // About 12 bytes per edge line and 4 lines per distinct id in typical lists.
            piece.ids = ByteSpanInterner(expected: range.count / 48, denseLimit: Self.denseLimit(b.count))
            piece.tails.reserveCapacity(range.count / 12)
            piece.heads.reserveCapacity(range.count / 12)
            // Edges are interned in batches: first every id's slot is read (the reads overlap
            // in memory), then the ids are interned in file order as before.
            var batch: [(Range<Int>, Range<Int>, Double, Int)] = []
            batch.reserveCapacity(Self.batchSize)
            var sink: Int32 = 0
            func flush() {
                for (s, t, _, _) in batch { sink &+= piece.ids.touch(b, s) &+ piece.ids.touch(b, t) }
                for (s, t, w, line) in batch {
                    piece.tails.append(Int32(piece.ids.intern(b, s, line: line)))
                    piece.heads.append(Int32(piece.ids.intern(b, t, line: line)))
                    if weighted { piece.weights.append(w) }
                }
                batch.removeAll(keepingCapacity: true)
            }
            do throws(InputError) {
                piece.lines = try parseLines(b, range, firstLine: firstLine, headerFirst: headerFirst, file: file) {
                    s,
                    t,
                    w,
                    line in
                    batch.append((s, t, w, line))
                    if batch.count == Self.batchSize { flush() }
                }
                flush()
                piece.touched = sink
            } catch {
                piece.error = error
            }
        }
        return piece
    }

    /// The graph from merged ids and renumbered edges; each distinct id becomes a `String`
    /// once, validated as UTF-8 then (the first invalid one, by first appearance, is the error).
    private func buildGraph(
        _ data: Data,
        ids: ByteSpanInterner,
        tails: [Int32],
        heads: [Int32],
        weights: [Double],
        file: String
    ) throws(InputError) -> CSRGraph {
        var names = [String?](repeating: nil, count: ids.count)
        let starts = ids.starts
        let lengths = ids.lengths
        names.withParallelSlots { out in
            parallelChunks(count: starts.count, threads: threads, minChunk: 16_384) { range in
                data.withUnsafeBytes { raw in
                    let b = raw.bindMemory(to: UInt8.self)
                    for k in range {
                        let span = UnsafeBufferPointer(rebasing: b[starts[k]..<starts[k] + Int(lengths[k])])
                        out[k] = String(validating: span, as: UTF8.self)
                    }
                }
            }
        }
        var builder = GraphBuilder(directed: directed, weighted: weighted, duplicates: .sumWeights, selfLoops: .drop)
        builder.reserve(nodes: ids.count, edges: tails.count)
        for k in names.indices {
            guard let id = names[k] else {
                throw InputError(file: file, line: ids.firstLines[k], message: "invalid UTF-8 in a node id")
            }
            builder.addNode(id)
        }
        guard builder.nodes.count == ids.count else {
            throw InputError(file: file, message: "internal error: node table and interner disagree")
        }
        do {
            for e in tails.indices {
                try builder.addEdge(index: Int(tails[e]), index: Int(heads[e]), weight: weighted ? weights[e] : 1)
            }
            return try builder.build()
        } catch {
            throw InputError(file: file, message: error.description)
        }
    }
}
