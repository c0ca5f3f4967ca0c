extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsInSecondPartition`, or `endIndex` —
    /// binary search on a collection already partitioned by the predicate (every element
    /// failing it comes before every element satisfying it), as swift-algorithms'
    /// `partitioningIndex(where:)`.
    ///
    /// ```swift
    /// let terms = ["care", "dementia", "robot"]         // sorted by bytes
    /// let i = terms.partitioningIndex { !Ranking.idPrecedes($0, "dementia") }  // 1
    /// ```
    /// - Complexity: O(log *n*) predicate calls.
    public func partitioningIndex(
        where belongsInSecondPartition: (Element) throws -> Bool
    ) rethrows -> Index {
        var low = startIndex
        var length = count
        while length > 0 {
            let half = length / 2
            let middle = index(low, offsetBy: half)
            if try belongsInSecondPartition(self[middle]) {
                length = half
            } else {
                low = index(after: middle)
                length -= half + 1
            }
        }
        return low
    }
}

extension RandomAccessCollection where Element: Comparable {
    /// The first index whose element is not less than `value` in this ascending collection
    /// (C++'s `std::lower_bound`): where `value` is, or would be inserted.
    ///
    /// ```swift
    /// [1, 3, 3, 7].lowerBound(of: 3)  // 1
    /// [1, 3, 3, 7].lowerBound(of: 4)  // 3
    /// ```
    /// - Complexity: O(log *n*) comparisons.
    public func lowerBound(of value: Element) -> Index {
        partitioningIndex { !($0 < value) }
    }
}
