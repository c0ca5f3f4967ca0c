import Dispatch
import KlyngeGraph

/// The results of two independent computations, run on two workers at once (one after the
/// other when only one core is active). Each result is computed exactly once and the two are
/// returned as a pair, so the outcome never depends on which finished first.
///
/// ```swift
/// let (members, projects) = concurrently({ readMembers(a) }, { readProjects(b) })
/// ```
///
/// - Parameter onCallerThread: run `first` then `second` on the calling thread (the same
///   results; `klynge-fuzz` loads so, see ``DatasetLoader/onCallerThread``).
/// - Complexity: that of `first` plus that of `second`; the time of the longer one with two
///   free cores.
func concurrently<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A,
    _ second: @Sendable () -> B,
    onCallerThread: Bool = false
) -> (A, B) {
    if onCallerThread { return (first(), second()) }
    var a: [A?] = [nil]
    var b: [B?] = [nil]
    a.withParallelSlots { aSlot in
        b.withParallelSlots { bSlot in
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { aSlot[0] = first() } else { bSlot[0] = second() }
            }
        }
    }
    return (a[0]!, b[0]!)
}
