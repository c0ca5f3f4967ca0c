import Dispatch
import Foundation
import KlyngeConcurrency

/// The work of one request ran past ``RequestLimits/timeLimit``: answered 503.
public struct TimeLimitExceeded: Error, Sendable, CustomStringConvertible {
    public var limit: Duration
    public init(limit: Duration) { self.limit = limit }
    public var description: String {
        "the request took longer than \(limit.components.seconds) s and was stopped; ask for less (a smaller top, fewer alternatives) or try again"
    }
}

/// Runs `work` (synchronous computation on the shared dataset) on one of the server's compute
/// threads (``ComputePool``: as many as the machine has cores, never the cooperative pool or an
/// event loop) and returns its result, or throws ``TimeLimitExceeded`` when it has not finished
/// within `limit`, counted from the call: time spent waiting for a free compute thread counts.
/// The request is answered then, whatever the computation does, and the
/// ``KlyngeConcurrency/ComputeControl`` handed to `work` is cancelled: a computation that checks
/// it (the consortium search does, at each start and swap round) stops and frees its thread, and
/// a request still waiting for a thread never starts.
///
/// Every route that computes (match, consortium, maps, brokers) goes through it, so a burst of
/// heavy requests queues here instead of taking the cores from the event loops: `/healthz` and
/// the static pages keep answering.
///
/// ```swift
/// let report = try await withTimeLimit { control in try served.consortium(p, control: control) }
/// ```
///
/// - Complexity: that of `work`, after the wait for a compute thread; a Dispatch timer per call.
public func withTimeLimit<T: Sendable>(
    _ limit: Duration = RequestLimits.timeLimit,
    pool: ComputePool = .shared,
    _ work: @escaping @Sendable (ComputeControl) throws -> T
) async throws -> T {
    let pending = Locked<CheckedContinuation<T, any Error>?>(nil)
    let control = ComputeControl()
    return try await withCheckedThrowingContinuation { continuation in
        pending.withLock { $0 = continuation }
        // Whichever finishes first resumes the continuation and clears it; the other finds nil.
        // The clock runs on a Dispatch thread: neither a long computation nor a full compute pool
        // can keep it from answering.
        let (seconds, attoseconds) = limit.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
            let expired = pending.withLock { waiting -> Bool in
                guard let c = waiting else { return false }
                c.resume(throwing: TimeLimitExceeded(limit: limit))
                waiting = nil
                return true
            }
            if expired { control.cancel() }
        }
        pool.submit {
            // Answered already (the clock ran out while this waited for a thread): skip the work.
            if control.isCancelled { return }
            let result = Result { try work(control) }
            pending.withLock {
                $0?.resume(with: result)
                $0 = nil
            }
        }
    }
}

/// The threads the server computes on: `width` threads of its own (default: the machine's
/// active cores), taking jobs in arrival order. Bounding them keeps the event loops on a core of
/// their own share (with one thread per request, 16 heavy requests on 2 cores left `/healthz`
/// waiting 5 s); owning them keeps Dispatch's worker threads, which Linux limits to the number of
/// cores and which run the clocks of ``withTimeLimit(_:pool:_:)``, free: a pool on Dispatch
/// (OperationQueue) held both of them with two long computations, and no clock could fire.
///
/// ```swift
/// let pool = ComputePool(width: 2)
/// pool.submit { print("computed on a pool thread") }
/// ```
public final class ComputePool: Sendable {
    /// The pool every route shares: one thread per active core.
    public static let shared = ComputePool(width: ProcessInfo.processInfo.activeProcessorCount)

    /// The most computations run at once.
    public let width: Int
    private let jobs = Locked<[@Sendable () -> Void]>([])
    /// Counts the jobs waiting in `jobs`.
    private let waiting = DispatchSemaphore(value: 0)

    /// Starts `width` threads (at least 1); they live as long as the process.
    public init(width: Int) {
        self.width = max(1, width)
        for i in 0..<self.width {
            let thread = Thread { [jobs, waiting] in
                while true {
                    waiting.wait()
                    let job = jobs.withLock { $0.removeFirst() }
                    job()
                }
            }
            thread.name = "klynge-compute-\(i)"
            thread.start()
        }
    }

    /// Runs `job` on a pool thread once one is free (jobs start in the order submitted).
    public func submit(_ job: @escaping @Sendable () -> Void) {
        jobs.withLock { $0.append(job) }
        waiting.signal()
    }
}
