import Dispatch
import KlyngeConcurrency

/// The work of one request ran past ``RequestLimits/timeLimit``: answered 503.
public struct TimeLimitExceeded: Error, Sendable, CustomStringConvertible {
    public var limit: Duration
    public init(limit: Duration) { self.limit = limit }
    public var description: String {
        "the request took longer than \(limit.components.seconds) s and was stopped; ask for less (a smaller top, fewer alternatives) or try again"
    }
}

/// Runs `work` (synchronous computation on the shared dataset) on a Dispatch thread and
/// returns its result, or throws ``TimeLimitExceeded`` when it has not finished within `limit`:
/// the request is answered then, whatever the computation does. Every route that computes
/// (match, consortium, maps, brokers, pages) goes through it.
///
/// ```swift
/// let outcome = try await withTimeLimit { try served.match(p) }
/// ```
///
/// - Complexity: that of `work`; a Dispatch timer per call (it holds a few bytes until `limit`).
public func withTimeLimit<T: Sendable>(
    _ limit: Duration = RequestLimits.timeLimit,
    _ work: @escaping @Sendable () throws -> T
) async throws -> T {
    let pending = Locked<CheckedContinuation<T, any Error>?>(nil)
    return try await withCheckedThrowingContinuation { continuation in
        pending.withLock { $0 = continuation }
        // Whichever finishes first resumes the continuation and clears it; the other finds nil.
        // Both run on Dispatch threads, not the cooperative pool: a long computation (or a busy
        // pool) must keep neither the clock nor any other request from running.
        // The clock is not cancelled: when the work has finished first, it finds nil.
        let (seconds, attoseconds) = limit.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
            pending.withLock {
                $0?.resume(throwing: TimeLimitExceeded(limit: limit))
                $0 = nil
            }
        }
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try work() }
            pending.withLock {
                $0?.resume(with: result)
                $0 = nil
            }
        }
    }
}
