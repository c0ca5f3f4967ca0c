import Dispatch
import KlyngeEcosystem
import KlyngeReports

/// The board report (``ecosystemReport(_:options:control:)``, as `klynge report` builds it),
/// computed once, on the first request that asks for it, and kept for every later one.
///
/// The computation runs on a Dispatch thread of its own with one worker thread, not on the
/// server's request threads: while it runs, other pages keep answering; requests for the report
/// in the meantime wait for the same computation instead of starting another.
///
/// ```swift
/// let cache = ReportCache(ecosystem: served.ecosystem)
/// let report = try await cache.report()   // computed now
/// let again = try await cache.report()    // the same value, at once
/// ```
actor ReportCache {
    private let ecosystem: Ecosystem
    private var computing: Task<Report, Error>?

    init(ecosystem: Ecosystem) { self.ecosystem = ecosystem }

    /// The report; the first call computes it.
    /// - Complexity: the first call is dominated by betweenness and the community searches,
    ///   O(V·E); later calls O(1).
    func report() async throws -> Report {
        if let computing { return try await computing.value }
        let eco = ecosystem
        let task = Task<Report, Error> {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .utility).async {
                    var options = EcosystemReportOptions()
                    options.threads = 1
                    continuation.resume(with: Result { try ecosystemReport(eco, options: options) })
                }
            }
        }
        computing = task
        return try await task.value
    }
}
