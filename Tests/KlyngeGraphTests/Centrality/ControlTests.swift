import Dispatch
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// Progress reporting and cancellation of the long computations.
@Suite("Progress and cancellation")
struct ControlTests {
    static let graph = RandomGraphs.gnp(700, 0.01, seed: 11)

    @Test("progress is reported in increasing order up to the total")
    func progress() throws {
        let seen = LockedBox<[Int]>([])
        let total = LockedBox(0)
        let control = ComputeControl { done, all in
            seen.withLock { $0.append(done) }
            total.withLock { $0 = all }
        }
        _ = try Self.graph.betweenness(threads: 2, control: control)
        let values = seen.withLock { $0 }
        #expect(!values.isEmpty)
        #expect(values == values.sorted())
        #expect(values.last == total.withLock { $0 })
        #expect(total.withLock { $0 } == (700 + 63) / 64)
    }

    @Test("a cancelled control stops betweenness, closeness and sampling")
    func cancelled() {
        let control = ComputeControl()
        control.cancel()
        #expect(throws: CancellationError.self) { _ = try Self.graph.betweenness(control: control) }
        #expect(throws: CancellationError.self) { _ = try Self.graph.closeness(control: control) }
        #expect(throws: CancellationError.self) { _ = try Self.graph.harmonic(weighted: true, control: control) }
        #expect(throws: CancellationError.self) {
            _ = try Self.graph.approximateBetweenness(epsilon: 0.05, control: control)
        }
    }

    @Test("cancelling the task cancels the computation")
    func taskCancellation() async throws {
        let big = RandomGraphs.gnp(3000, 0.004, seed: 2)
        let started = LockedBox(false)
        // The computation holds at its first progress report until the task is cancelled: on a
        // busy machine (the whole suite on 2 cores) it could otherwise finish before this test's
        // loop below is scheduled, and nothing would be left to cancel.
        let gate = DispatchSemaphore(value: 0)
        let control = ComputeControl { _, _ in
            let first = started.withLock { was in
                defer { was = true }
                return !was
            }
            if first { _ = gate.wait(timeout: .now() + 120) }
        }
        let task = Task {
            try await control.run { c in try big.betweenness(threads: 1, control: c) }
        }
        while !started.withLock({ $0 }) { await Task.yield() }
        task.cancel()
        gate.signal()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(control.isCancelled)
    }
}
