import Synchronization

/// Progress reporting and cancellation for long computations.
///
/// Pass one to an algorithm's `control:` parameter. `progress` is called with
/// (work units done, total units), in increasing order, from whichever thread
/// finished a unit — keep it cheap. ``cancel()`` (or cancelling the Swift task
/// that runs an `async` entry point) makes the algorithm stop at the next unit
/// boundary and throw `CancellationError`.
public final class ComputeControl: Sendable {
    /// Called with (done, total) after each unit of work.
    public let progress: (@Sendable (Int, Int) -> Void)?
    private let cancelled = Atomic<Bool>(false)

    public init(progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.progress = progress
    }

    /// Asks the computation to stop.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// `true` once ``cancel()`` was called.
    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Throws `CancellationError` if cancelled.
    public func check() throws(CancellationError) {
        if isCancelled { throw CancellationError() }
    }

    /// Runs `body` (a synchronous computation taking this control), cancelling it
    /// when the current task is cancelled.
    public func run<R: Sendable>(_ body: @Sendable @escaping (ComputeControl) throws -> R) async throws -> R {
        try await withTaskCancellationHandler {
            try body(self)
        } onCancel: {
            self.cancel()
        }
    }
}
