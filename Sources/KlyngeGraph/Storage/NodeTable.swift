/// The table between external string ids and dense node indices.
///
/// Lookups go through a hash map (never a linear scan): O(1) expected. Ids are
/// compared as UTF-8 bytes, like NetworkX compares Python strings: `Ålesund`
/// written precomposed and with a combining ring are two different ids (Swift's
/// own `String ==` would merge them by canonical equivalence).
public struct NodeTable: Sendable {
    /// Ids by index.
    public private(set) var ids: [String] = []
    private var index: [ByteKey: Int32] = [:]

    /// A string hashed and compared by its UTF-8 bytes.
    private struct ByteKey: Hashable, Sendable {
        let string: String
        static func == (a: Self, b: Self) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }
        func hash(into h: inout Hasher) {
            var s = string
            s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    public init() {}

    /// Number of nodes.
    /// - Complexity: O(1)
    public var count: Int { ids.count }

    /// The index of `id`, or nil.
    /// - Complexity: O(1) expected.
    public func index(of id: String) -> Int? { index[ByteKey(string: id)].map(Int.init) }

    /// The id of node `i`.
    /// - Complexity: O(1)
    public subscript(i: Int) -> String { ids[i] }

    /// Returns the index of `id`, adding it when new.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public mutating func intern(_ id: String) -> Int {
        let key = ByteKey(string: id)
        if let i = index[key] { return Int(i) }
        let i = Int32(ids.count)
        index[key] = i
        ids.append(id)
        return Int(i)
    }

    /// Reserves room for `n` ids.
    public mutating func reserve(_ n: Int) {
        ids.reserveCapacity(n)
        index.reserveCapacity(n)
    }
}
