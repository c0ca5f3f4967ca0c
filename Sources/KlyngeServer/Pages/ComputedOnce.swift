import Dispatch

/// A value computed once, on the first request that asks for it, and kept for every later one:
/// the board report, the interactive map. The computation runs on a Dispatch thread, not on
/// the server's request threads, so other pages keep answering while it runs; requests that
/// ask meanwhile wait for the same computation instead of starting another.
///
/// ```swift
/// let report = ComputedOnce { try ecosystemReport(eco) }
/// let first = try await report.value()   // computed now
/// let again = try await report.value()   // the same value, at once
/// ```
actor ComputedOnce<Value: Sendable> {
    private let compute: @Sendable () throws -> Value
    private var computing: Task<Value, Error>?

    init(_ compute: @escaping @Sendable () throws -> Value) { self.compute = compute }

    /// The value; the first call computes it (a failure is kept too: the inputs never change).
    /// - Complexity: the computation's, once; later calls O(1).
    func value() async throws -> Value {
        if let computing { return try await computing.value }
        let compute = self.compute
        let task = Task<Value, Error> {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .utility).async { continuation.resume(with: Result { try compute() }) }
            }
        }
        computing = task
        return try await task.value
    }
}
