import Foundation
import KlyngeGraph

/// Reads edge-list files into a `CSRGraph`.
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
/// Large files are parsed on all cores: the bytes are cut at line breaks into one piece per
/// worker, each piece is parsed with its own id table, and the tables are merged in file
/// order, so nodes are numbered by first appearance in the file (as a serial read numbers
/// them) and errors name the same line, whatever the number of workers
/// (EdgeListReader+Chunks.swift).
///
/// - Complexity: O(*bytes* + *E* log *d*) time (the parse divided over the workers); ids are
///   interned through a hash map.
public struct EdgeListReader: Sendable {
    public var directed: Bool
    public var weighted: Bool
    /// Workers that parse the file (nil: every core). The graph does not depend on it.
    public var threads: Int?
    /// The smallest piece of a file one worker parses (the tests make it tiny, to put a
    /// piece boundary at every place a line can break).
    var chunkBytes = 4 << 20

    /// - Parameters:
    ///   - directed: edges are arcs `source → target`.
    ///   - weighted: the third field is the edge's weight.
    ///   - threads: workers that parse the file (nil: every core); the result does not depend on it.
    public init(directed: Bool = false, weighted: Bool = false, threads: Int? = nil) {
        self.directed = directed
        self.weighted = weighted
        self.threads = threads
    }

    /// Reads and parses the file at `path`.
    /// - Throws: ``InputError`` naming the file and line.
    ///
    /// ```swift
    /// let graph = try EdgeListReader().read(path: "Datasets/sna-classic/karate.edges")
    /// print(graph.nodeCount, graph.edgeCount)  // 34 78
    /// ```
    ///
    /// - Complexity: O(*bytes* + *E* log *d*) time.
    public func read(path: String) throws(InputError) -> CSRGraph {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputError(file: path, message: "no such file")
        }
        guard !isDir.boolValue else {
            throw InputError(file: path, message: "is a directory, expected an edge-list file")
        }
        guard let data = readFileBytes(atPath: path) else {
            throw InputError(file: path, message: "cannot be read")
        }
        return try parse(data, file: path)
    }

    /// Parses edge-list text already in memory; `file` names it in errors.
    ///
    /// ```swift
    /// let text = Data("source,target,weight\nOslo,Bergen,2\nBergen,Tromsø,1\n".utf8)
    /// let graph = try EdgeListReader(weighted: true).parse(text, file: "inline")
    /// let lengths = graph.dijkstraDistances(from: 0)  // [0.0, 2.0, 3.0]
    /// ```
    ///
    /// - Complexity: O(*bytes* + *E* log *d*) time.
    public func parse(_ data: Data, file: String) throws(InputError) -> CSRGraph {
        try parseInChunks(data, file: file, chunkBytes: chunkBytes)
    }

    /// Splits `b[range]` into lines and fields and calls `edge(source, target, weight, line)`
    /// for each edge line, numbering lines from `firstLine`; weights are always checked, even
    /// when unused. The first line with fields is a possible header when `headerFirst`.
    /// Returns the number of lines read (up to the first bad one, which throws).
    @discardableResult
    func parseLines(
        _ b: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        firstLine: Int,
        headerFirst: Bool,
        file: String,
        edge: (Range<Int>, Range<Int>, Double, Int) -> Void
    ) throws(InputError) -> Int {
        var lineNo = firstLine - 1
        var pos = range.lowerBound
        let end = range.upperBound
        var sawContent = !headerFirst
        var fields: [Range<Int>] = []
        fields.reserveCapacity(4)
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
        return lineNo - firstLine + 1
    }

    /// Where the first line with fields starts (after a byte-order mark, blank and comment
    /// lines), and the number of lines before it; `(b.count, lines)` when there is none.
    /// - Complexity: O(bytes up to that line).
    func firstContentLine(_ b: UnsafeBufferPointer<UInt8>) -> (offset: Int, linesBefore: Int) {
        var pos = 0
        let end = b.count
        if end >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 }  // byte-order mark
        var lines = 0
        var fields: [Range<Int>] = []
        while pos < end {
            var eol = pos
            while eol < end && b[eol] != 0x0A && b[eol] != 0x0D { eol += 1 }
            splitFields(b, pos, eol, into: &fields)
            if !fields.isEmpty { return (pos, lines) }
            lines += 1
            pos = eol + 1
            if eol < end && b[eol] == 0x0D && pos < end && b[pos] == 0x0A { pos += 1 }
        }
        return (end, lines)
    }

    /// Splits `b[lo..<hi]` into trimmed fields, stopping at a `#` that starts a field.
    func splitFields(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, into fields: inout [Range<Int>]) {
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

    func string(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String? {
        String(validating: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }

    func isHeader(_ b: UnsafeBufferPointer<UInt8>, _ f0: Range<Int>, _ f1: Range<Int>) -> Bool {
        guard let a = string(b, f0)?.lowercased(), let c = string(b, f1)?.lowercased() else { return false }
        let pairs: Set<String> = ["source|target", "from|to", "u|v", "node1|node2", "src|dst", "tail|head"]
        return pairs.contains(a + "|" + c)
    }
}
