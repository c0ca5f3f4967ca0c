import Dispatch
import Synchronization

/// Runs `blockCount` independent blocks of work on `threads` workers and folds
/// their results **in block order**, so the result is the same bit for bit
/// whatever the thread count.
///
/// Each worker owns one `State` (made by `makeState`, e.g. BFS buffers) and one
/// `Partial` buffer; `work(block, &state, &partial)` adds block `block`'s
/// contribution to a freshly reset partial; `combine(&total, partial)` is then
/// called for blocks 0, 1, 2, … in that order under a lock. Blocks finished out
/// of order wait in a small pending table (at most about one per worker).
///
/// - Complexity: O(blocks) scheduling; memory O(threads · |Partial|).
package func orderedBlockReduce<State, Partial: Sendable, Total: Sendable>(
    blockCount: Int,
    threads: Int?,
    control: ComputeControl?,
    makeState: @Sendable () -> State,
    makePartial: @Sendable () -> Partial,
    reset: @Sendable (inout Partial) -> Void,
    work: @Sendable (Int, inout State, inout Partial) -> Void,
    initial: Total,
    combine: @Sendable (inout Total, Partial) -> Void
) throws(CancellationError) -> Total {
    try orderedBlockReduce(
        blockCount: blockCount,
        threads: threads,
        control: control,
        makeState: makeState,
        makePartial: makePartial,
        reset: reset,
        work: work,
        initial: initial,
        combine: combine,
        stopAfter: { _, _ in false }
    ).total
}

/// ``orderedBlockReduce(blockCount:threads:control:makeState:makePartial:reset:work:initial:combine:)``
/// that may stop early, at a point that does not depend on the thread count.
///
/// After block `b` is folded (blocks are folded in order 0, 1, 2, …), `stopAfter(total, b + 1)`
/// is called under the lock with the total of blocks `0...b`; when it returns true no further
/// block is folded, workers take no new block, and blocks already under way are discarded.
/// The result is therefore the fold of a prefix of the blocks chosen by `stopAfter` alone.
///
/// - Returns: the total and the number of blocks folded into it.
/// - Complexity: as the plain reduction, plus the `stopAfter` calls; at most one block per
///   worker is computed in vain after the stop.
package func orderedBlockReduce<State, Partial: Sendable, Total: Sendable>(
    blockCount: Int,
    threads: Int?,
    control: ComputeControl?,
    makeState: @Sendable () -> State,
    makePartial: @Sendable () -> Partial,
    reset: @Sendable (inout Partial) -> Void,
    work: @Sendable (Int, inout State, inout Partial) -> Void,
    initial: Total,
    combine: @Sendable (inout Total, Partial) -> Void,
    stopAfter: @Sendable (Total, Int) -> Bool
) throws(CancellationError) -> (total: Total, blocks: Int) {
    let workers = max(1, min(threads ?? defaultThreadCount, blockCount))
    // The counter and the lock live in a class: the workers share one reference to it.
    let shared = SharedReduction<Partial, Total>(initial: initial)
    @Sendable func runWorker(_: Int) {
        var state = makeState()
        var partial = makePartial()
        while true {
            if control?.isCancelled == true || shared.stopped.load(ordering: .relaxed) { return }
            let b = shared.nextBlock.add(1, ordering: .relaxed).oldValue
            if b >= blockCount { return }
            reset(&partial)
            work(b, &state, &partial)
            shared.reducer.withLock { r in
                if r.stopped { return }
                r.pending[b] = partial
                var folded = 0
                while !r.stopped, let p = r.pending.removeValue(forKey: r.nextToFold) {
                    combine(&r.total, p)
                    r.nextToFold += 1
                    folded += 1
                    if r.spare.count < 2 { r.spare.append(p) }
                    if stopAfter(r.total, r.nextToFold) {
                        r.stopped = true
                        r.pending.removeAll()
                        shared.stopped.store(true, ordering: .relaxed)
                    }
                }
                if let s = r.spare.popLast() { partial = s } else { partial = makePartial() }
                // Reported under the lock: two workers folding one after the other must not
                // report their counts the other way round (seen under the Thread Sanitizer).
                if folded > 0, let progress = control?.progress { progress(r.nextToFold, blockCount) }
            }
        }
    }
    if workers == 1 {
        runWorker(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workers) { runWorker($0) }
    }
    if control?.isCancelled == true { throw CancellationError() }
    return shared.reducer.withLock { r in
        precondition(r.stopped || r.nextToFold == blockCount, "blocks lost in reduction")
        return (r.total, r.nextToFold)
    }
}

/// The block counter and the lock of one ``orderedBlockReduce`` call, shared by its workers.
final class SharedReduction<Partial: Sendable, Total: Sendable>: Sendable {
    let nextBlock = Atomic<Int>(0)
    /// Set once `stopAfter` asked to stop: workers take no new block.
    let stopped = Atomic<Bool>(false)
    let reducer: Locked<OrderedReducer<Partial, Total>>
    init(initial: Total) { reducer = Locked(OrderedReducer(total: initial)) }
}

/// The state behind ``orderedBlockReduce``'s lock.
struct OrderedReducer<Partial: Sendable, Total: Sendable>: Sendable {
    var total: Total
    /// The next block to fold into `total`.
    var nextToFold = 0
    /// Finished blocks waiting for their predecessors.
    var pending: [Int: Partial] = [:]
    /// Folded partial buffers kept for reuse.
    var spare: [Partial] = []
    /// `stopAfter` returned true: nothing more is folded.
    var stopped = false
    init(total: Total) { self.total = total }
}
