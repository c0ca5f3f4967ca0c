/// The slots of one result array while parallel workers fill it.
///
/// Obtain one with ``Swift/Array/withParallelSlots(_:)`` (or let
/// ``Swift/Array/parallelFill(threads:minChunk:scratch:_:)`` do it) and write
/// each slot from exactly one worker; the array is whole again when the closure returns.
///
/// ```swift
/// var squares = [Int](repeating: 0, count: 1000)
/// squares.withParallelSlots { slots in
///     parallelChunks(count: 1000, threads: nil) { range in for i in range { slots[i] = i * i } }
/// }
/// ```
///
/// The contract the caller keeps: while workers run, a slot is written by at most one
/// worker and read by no other; workers are joined before the closure returns (as
/// ``parallelChunks(count:threads:minChunk:_:)`` and `DispatchQueue.concurrentPerform` do).
public struct ParallelSlots<Element: Sendable>: Sendable {
    // Proof of safety — the only `nonisolated(unsafe)` in Klynge. The buffer is the storage of
    // an array held `inout` by `withParallelSlots` for the whole closure, so it stays valid and
    // nobody else can reach the array meanwhile (exclusivity of `inout`); `Element` is Sendable,
    // so values written by one thread may be read by another; and distinct slots are distinct
    // memory locations, so workers writing disjoint slots never race. The join of the parallel
    // loop orders every write before the array is read again. The one obligation this type
    // cannot check — one writer per slot, no escaping copy of `self` — is stated above and kept
    // by every call site (the `parallelFill` helpers keep it by construction).
    nonisolated(unsafe) private let base: UnsafeMutableBufferPointer<Element>

    fileprivate init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }

    /// The number of slots.
    public var count: Int { base.count }

    /// Slot `i`; `i` must be in `0..<count`.
    public subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    /// Contiguous slots `range` as a buffer (e.g. one row of a row-major table), for a worker
    /// that owns all of them.
    public func slice(_ range: Range<Int>) -> UnsafeMutableBufferPointer<Element> {
        UnsafeMutableBufferPointer(rebasing: base[range])
    }
}

extension Array where Element: Sendable {
    /// Runs `body` with this array's slots, which parallel workers may fill (each slot from
    /// one worker; see ``ParallelSlots``).
    ///
    /// ```swift
    /// var best = [Double](repeating: 0, count: graph.nodeCount)
    /// best.withParallelSlots { out in
    ///     parallelChunks(count: out.count, threads: 4) { r in for u in r { out[u] = score(u) } }
    /// }
    /// ```
    /// - Complexity: O(1) besides `body`.
    public mutating func withParallelSlots<R>(_ body: (ParallelSlots<Element>) throws -> R) rethrows -> R {
        try withUnsafeMutableBufferPointer { buffer in try body(ParallelSlots(buffer)) }
    }

    /// Sets every element to `value(i, &scratch)`, computing contiguous chunks of indices on
    /// `threads` workers; each chunk gets its own `scratch` (made by `makeScratch`). Each slot
    /// is computed and written once, so the result is the same for any thread count.
    ///
    /// ```swift
    /// var degrees = [Int](repeating: 0, count: graph.nodeCount)
    /// degrees.parallelFill(threads: nil, scratch: { () }) { u, _ in graph.degree(u) }
    /// ```
    /// - Complexity: O(*n*) calls of `value` and one `makeScratch` per chunk.
    public mutating func parallelFill<Scratch>(
        threads: Int?,
        minChunk: Int = 4096,
        scratch makeScratch: @Sendable () -> Scratch,
        _ value: @Sendable (Int, inout Scratch) -> Element
    ) {
        let n = count
        withParallelSlots { slots in
            parallelChunks(count: n, threads: threads, minChunk: minChunk) { range in
                var scratch = makeScratch()
                for i in range { slots[i] = value(i, &scratch) }
            }
        }
    }
}

extension ContiguousArray where Element: Sendable {
    /// Runs `body` with this array's slots, which parallel workers may fill (each slot from
    /// one worker; see ``ParallelSlots``), as ``Swift/Array/withParallelSlots(_:)`` does.
    ///
    /// ```swift
    /// var heads = ContiguousArray<Int32>(repeating: 0, count: 8)
    /// heads.withParallelSlots { out in
    ///     parallelChunks(count: 8, threads: 2, minChunk: 4) { r in for i in r { out[i] = Int32(i) } }
    /// }
    /// ```
    /// - Complexity: O(1) besides `body`.
    public mutating func withParallelSlots<R>(_ body: (ParallelSlots<Element>) throws -> R) rethrows -> R {
        try withUnsafeMutableBufferPointer { buffer in try body(ParallelSlots(buffer)) }
    }
}
