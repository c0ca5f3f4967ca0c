import Dispatch

/// Runs `body(i)` for `i` in `0..<count` on `threads` workers, in contiguous
/// chunks. Use only for work whose results do not depend on the order (each `i`
/// writes its own output slot, through ``ParallelSlots``).
///
/// ```swift
/// var out = [Double](repeating: 0, count: n)
/// out.withParallelSlots { slots in
///     parallelChunks(count: n, threads: nil, minChunk: 256) { range in for i in range { slots[i] = f(i) } }
/// }
/// ```
/// - Complexity: O(*count*) calls spread over min(`threads`, ⌈count / minChunk⌉) workers;
///   returns after every chunk has finished.
public func parallelChunks(
    count: Int,
    threads: Int?,
    minChunk: Int = 4096,
    _ body: @Sendable (Range<Int>) -> Void
) {
    let workers = max(1, min(threads ?? defaultThreadCount, (count + minChunk - 1) / minChunk))
    if workers <= 1 {
        body(0..<count)
        return
    }
    let chunk = (count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        let lo = w * chunk
        let hi = min(count, lo + chunk)
        if lo < hi { body(lo..<hi) }
    }
}
