import Foundation
import KlyngeGraph

/// Reads edge-list files into a ``CSRGraph``.
///
/// Format: one edge per line (LF, CRLF or CR endings), `source target [weight]`. Fields are separated by
/// tabs if the line has a tab, else by commas if it has a comma, else by runs of
/// spaces — so ids may contain spaces in tab- or comma-separated files. Fields
/// are trimmed of surrounding spaces. A `#` at the start of a field starts a
/// comment that runs to the end of the line; blank lines are skipped. A first
/// line whose first two fields are a header (`source,target`, `from,to`, `u,v`,
/// `node1,node2`, case-insensitive) is skipped. Ids are arbitrary UTF-8 strings.
/// A weight must be a positive finite number; it is read when present, checked
/// always, and used only when `weighted` is true (missing weights count as 1).
/// Duplicate edges are merged by summing their weights; self-loops are dropped.
///
/// - Complexity: O(*bytes* + *E* log *d*) time; ids are interned through a hash map.
public struct EdgeListReader: Sendable {
    public var directed: Bool
    public var weighted: Bool

    public init(directed: Bool = false, weighted: Bool = false) {
        self.directed = directed; self.weighted = weighted
    }

    /// Reads and parses the file at `path`.
    /// - Throws: ``InputError`` naming the file and line.
    public func read(path: String) throws(InputError) -> CSRGraph {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputError(file: path, message: "no such file")
        }
        guard !isDir.boolValue else { throw InputError(file: path, message: "is a directory, expected an edge-list file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot be read")
        }
        return try parse(data, file: path)
    }

    /// Parses edge-list text already in memory; `file` names it in errors.
    public func parse(_ data: Data, file: String) throws(InputError) -> CSRGraph {
        var builder = GraphBuilder(directed: directed, weighted: weighted, duplicates: .sumWeights, selfLoops: .drop)
        builder.reserve(nodes: data.count / 64, edges: data.count / 12)
        let result: Result<Void, InputError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(InputError) {
                try parseLines(bytes, file: file, into: &builder)
                return .success(())
            } catch { return .failure(error) }
        }
        try result.get()
        if builder.pendingEdgeCount == 0 && builder.nodes.count == 0 {
            throw InputError(file: file, message: "no edges found (the file is empty or only comments)")
        }
        do { return try builder.build() } catch {
            throw InputError(file: file, message: error.description)
        }
    }

    private func parseLines(_ b: UnsafeBufferPointer<UInt8>, file: String, into builder: inout GraphBuilder) throws(InputError) {
        var lineNo = 0
        var pos = 0
        let end = b.count
        var sawContent = false
        var fields: [Range<Int>] = []
        fields.reserveCapacity(4)
        if end >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 } // byte-order mark
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
            guard let s = string(b, fields[0]), let t = string(b, fields[1]) else {
                throw InputError(file: file, line: lineNo, message: "invalid UTF-8 in a node id")
            }
            guard !s.isEmpty, !t.isEmpty else {
                throw InputError(file: file, line: lineNo, field: s.isEmpty ? "source" : "target", message: "empty node id")
            }
            var w = 1.0
            if fields.count == 3 {
                guard let text = string(b, fields[2]) else {
                    throw InputError(file: file, line: lineNo, field: "weight", message: "invalid UTF-8")
                }
                guard let value = Double(text) else {
                    throw InputError(file: file, line: lineNo, field: "weight", message: "'\(text)' is not a number")
                }
                guard value.isFinite, value > 0 else {
                    throw InputError(file: file, line: lineNo, field: "weight", message: "\(text) must be a positive finite number")
                }
                w = value
            }
            do { try builder.addEdge(s, t, weight: w) } catch {
                throw InputError(file: file, line: lineNo, message: error.description)
            }
        }
    }

    /// Splits `b[lo..<hi]` into trimmed fields, stopping at a `#` that starts a field.
    private func splitFields(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var hasTab = false, hasComma = false
        var i = lo
        while i < hi { let c = b[i]; if c == 0x09 { hasTab = true; break }; if c == 0x2C { hasComma = true }; i += 1 }
        if hasTab || hasComma {
            let sep: UInt8 = hasTab ? 0x09 : 0x2C
            var start = lo
            var j = lo
            while true {
                if j == hi || b[j] == sep {
                    var s = start, e = j
                    while s < e && b[s] == 0x20 { s += 1 }
                    while e > s && b[e - 1] == 0x20 { e -= 1 }
                    if s < e && b[s] == 0x23 { break } // comment
                    fields.append(s ..< e)
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
                fields.append(s ..< j)
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
