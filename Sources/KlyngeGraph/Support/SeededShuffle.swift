extension MutableCollection where Self: RandomAccessCollection {
    /// Shuffles the elements in place with SplitMix64: Fisher–Yates as Durstenfeld wrote it
    /// (Comm. ACM 7(7), 1964, doi:10.1145/364520.364540) — for *i* from the last offset down to
    /// 1, swap *i* with a uniform *j* in 0…*i* drawn by `rng.next(below: i + 1)`. The
    /// permutation depends only on the seed and the count, on every platform (the standard
    /// library's `shuffle(using:)` draws in another order and may change).
    ///
    /// ```swift
    /// var order = Array(0..<10)
    /// var rng = SplitMix64(seed: 42)
    /// order.seededShuffle(using: &rng)
    /// ```
    /// - Complexity: O(*n*) time, *n* − 1 draws.
    public mutating func seededShuffle(using rng: inout SplitMix64) {
        var i = count - 1
        while i > 0 {
            let j = Int(rng.next(below: UInt64(i + 1)))
            swapAt(index(startIndex, offsetBy: i), index(startIndex, offsetBy: j))
            i -= 1
        }
    }

    /// Moves a uniform random sample of `k` elements to the front, in sampled order: the first
    /// `k` steps of Fisher–Yates from the front — for *i* in 0..<*k*, swap *i* with *i* +
    /// `rng.next(below: n − i)` (Knuth, TAOCP vol. 2, §3.4.2, Algorithm P stopped early).
    ///
    /// ```swift
    /// var ids = Array(0..<graph.nodeCount)
    /// ids.seededSample(prefix: 100, using: &rng)
    /// let sources = ids[..<100].sorted()
    /// ```
    /// - Complexity: O(*k*) time and draws.
    public mutating func seededSample(prefix k: Int, using rng: inout SplitMix64) {
        precondition(k >= 0 && k <= count, "sample size \(k) outside 0…\(count)")
        let n = count
        for i in 0..<k {
            let j = i + Int(rng.next(below: UInt64(n - i)))
            swapAt(index(startIndex, offsetBy: i), index(startIndex, offsetBy: j))
        }
    }
}
