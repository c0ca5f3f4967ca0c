/// The table between external string ids and dense node indices.
///
/// Lookups go through a hash map (never a linear scan): O(1) expected.
public struct NodeTable: Sendable {
    /// Ids by index.
    public private(set) var ids: [String] = []
    private var index: [String: Int32] = [:]

    public init() {}

    /// Number of nodes. - Complexity: O(1)
    public var count: Int { ids.count }

    /// The index of `id`, or nil. - Complexity: O(1) expected.
    public func index(of id: String) -> Int? { index[id].map(Int.init) }

    /// The id of node `i`. - Complexity: O(1)
    public subscript(i: Int) -> String { ids[i] }

    /// Returns the index of `id`, adding it when new. - Complexity: O(1) amortised.
    @discardableResult
    public mutating func intern(_ id: String) -> Int {
        if let i = index[id] { return Int(i) }
        let i = Int32(ids.count)
        index[id] = i
        ids.append(id)
        return Int(i)
    }

    /// Reserves room for `n` ids.
    public mutating func reserve(_ n: Int) {
        ids.reserveCapacity(n)
        index.reserveCapacity(n)
    }
}
