import Foundation
import KlyngeGraph

@testable import KlyngeEcosystem

// The serial edge-list reader as it was before the parallel parse (commit 379235b,
// Sources/KlyngeEcosystem/Loading/EdgeListReader.swift), kept verbatim but for its id table:
// a plain dictionary of byte strings here, so the oracle shares no code with the reader under
// test. ParallelEdgeListTests compares the two on every committed edge list and on hostile input.

/// Ids by first appearance, keyed by their bytes.
struct ReferenceInterner {
    private var index: [[UInt8]: Int] = [:]
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int32] = []
    private(set) var firstLines: [Int] = []

    var count: Int { starts.count }

    mutating func intern(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, line: Int) -> Int {
        let key = Array(b[r])
        if let k = index[key] { return k }
        index[key] = starts.count
        starts.append(r.lowerBound)
        lengths.append(Int32(r.count))
        firstLines.append(line)
        return starts.count - 1
    }
}

/// The pre-parallel `EdgeListReader`: one pass over the bytes, one id table.
struct SerialEdgeListReference {
    var directed: Bool
    var weighted: Bool

    func parse(_ data: Data, file: String) throws(InputError) -> CSRGraph {
        let result: Result<CSRGraph, InputError> = data.withUnsafeBytes { raw in
            do throws(InputError) {
                return .success(try parse(raw.bindMemory(to: UInt8.self), file: file))
            } catch { return .failure(error) }
        }
        return try result.get()
    }

    func parse(_ b: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> CSRGraph {
        var interner = ReferenceInterner()
        var tails: [Int32] = []
        var heads: [Int32] = []
        var weights: [Double] = []
        tails.reserveCapacity(b.count / 12)
        heads.reserveCapacity(b.count / 12)
        try parseLines(b, file: file) { (s: Range<Int>, t: Range<Int>, w: Double, line: Int) in
            tails.append(Int32(interner.intern(b, s, line: line)))
            heads.append(Int32(interner.intern(b, t, line: line)))
            if weighted { weights.append(w) }
        }
        if tails.isEmpty {
            throw InputError(file: file, message: "no edges found (the file is empty or only comments)")
        }
        // Each distinct id becomes a String once, validated as UTF-8 then.
        var builder = GraphBuilder(directed: directed, weighted: weighted, duplicates: .sumWeights, selfLoops: .drop)
        builder.reserve(nodes: interner.count, edges: tails.count)
        for k in 0..<interner.count {
            let span = UnsafeBufferPointer(
                rebasing: b[interner.starts[k]..<interner.starts[k] + Int(interner.lengths[k])]
            )
            guard let id = String(validating: span, as: UTF8.self) else {
                throw InputError(file: file, line: interner.firstLines[k], message: "invalid UTF-8 in a node id")
            }
            builder.addNode(id)
        }
        guard builder.nodes.count == interner.count else {
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

    /// Splits the buffer into lines and fields and calls `edge(source, target, weight, line)`
    /// for each edge line; weights are always checked, even when unused.
    private func parseLines(
        _ b: UnsafeBufferPointer<UInt8>,
        file: String,
        edge: (Range<Int>, Range<Int>, Double, Int) -> Void
    ) throws(InputError) {
        var lineNo = 0
        var pos = 0
        let end = b.count
        var sawContent = false
        var fields: [Range<Int>] = []
        fields.reserveCapacity(4)
        if end >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 }  // byte-order mark
        while pos < end {
            lineNo += 1
            // A line ends at LF, CRLF or a lone CR (old Mac files).
            var eol = pos
            while eol < end && b[eol] != 0x0A && b[eol] != 0x0D { eol += 1 }
            splitFields(b, pos, eol, into: &fields)
            pos = eol + 1
            if eol < end && b[eol] == 0x0D && pos < end && b[pos] == 0x0A { pos += 1 }
            if fields.isEmpty { continue }
            if !sawContent {
                sawContent = true
                if fields.count >= 2, isHeader(b, fields[0], fields[1]) { continue }
            }
            guard fields.count == 2 || fields.count == 3 else {
                let what = fields.count == 1 ? "1 field" : "\(fields.count) fields"
                throw InputError(file: file, line: lineNo, message: "expected 'source target [weight]', found \(what)")
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                throw InputError(
                    file: file,
                    line: lineNo,
                    column: fields[0].isEmpty ? "source" : "target",
                    message: "empty node id"
                )
            }
            var w = 1.0
            if fields.count == 3 {
                guard let text = string(b, fields[2]) else {
                    throw InputError(file: file, line: lineNo, column: "weight", message: "invalid UTF-8")
                }
                guard let value = Double(text) else {
                    throw InputError(file: file, line: lineNo, column: "weight", message: "'\(text)' is not a number")
                }
                guard value.isFinite, value > 0 else {
                    throw InputError(
                        file: file,
                        line: lineNo,
                        column: "weight",
                        message: "\(text) must be a positive finite number"
                    )
                }
                w = value
            }
            edge(fields[0], fields[1], w, lineNo)
        }
    }

    /// Splits `b[lo..<hi]` into trimmed fields, stopping at a `#` that starts a field.
    private func splitFields(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var hasTab = false
        var hasComma = false
        var i = lo
        while i < hi {
            let c = b[i]
            if c == 0x09 {
                hasTab = true
                break
            }
            if c == 0x2C { hasComma = true }
            i += 1
        }
        if hasTab || hasComma {
            let sep: UInt8 = hasTab ? 0x09 : 0x2C
            var start = lo
            var j = lo
            while true {
                if j == hi || b[j] == sep {
                    var s = start
                    var e = j
                    while s < e && b[s] == 0x20 { s += 1 }
                    while e > s && b[e - 1] == 0x20 { e -= 1 }
                    if s < e && b[s] == 0x23 { break }  // comment
                    fields.append(s..<e)
                    if j == hi { break }
                    start = j + 1
                }
                j += 1
            }
            // Trailing empty fields (e.g. "a,b,") are dropped; an empty field elsewhere stays and fails below.
            while let last = fields.last, last.isEmpty { fields.removeLast() }
        } else {
            var j = lo
            while j < hi {
                while j < hi && (b[j] == 0x20 || b[j] == 0x0B || b[j] == 0x0C) { j += 1 }
                if j == hi { break }
                if b[j] == 0x23 { break }
                let s = j
                while j < hi && b[j] != 0x20 && b[j] != 0x0B && b[j] != 0x0C { j += 1 }
                fields.append(s..<j)
            }
        }
    }

    private func string(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        String(validating: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }

    private func isHeader(_ b: UnsafeBufferPointer<UInt8>, _ f0: Range<Int>, _ f1: Range<Int>) -> Bool {
        guard let a = string(b, f0)?.lowercased(), let c = string(b, f1)?.lowercased() else { return false }
        let pairs: Set<String> = ["source|target", "from|to", "u|v", "node1|node2", "src|dst", "tail|head"]
        return pairs.contains(a + "|" + c)
    }
}
