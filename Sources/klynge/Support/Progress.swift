import Foundation
import KlyngeGraph

/// Progress on stderr, shown only when stderr is a terminal and the work has
/// run for more than a second.
final class Progress: Sendable {
    private let label: String
    private let start = Date()
    private let enabled = isatty(2) != 0
    private let shown = Locked(false)

    init(label: String) { self.label = label }

    /// Suitable as a ``ComputeControl`` progress callback.
    var report: @Sendable (Int, Int) -> Void {
        { [self] done, total in
            guard enabled, total > 0, Date().timeIntervalSince(start) > 1 else { return }
            let pct = Int((Double(done) / Double(total) * 100).rounded(.down))
            shown.withLock { $0 = true }
            FileHandle.standardError.write(Data("\r\(label): \(pct)% (\(done)/\(total))".utf8))
        }
    }

    /// Runs `body` under a ``ComputeControl`` that reports its progress with this `label`, then
    /// clears the progress line.
    static func run<R: Sendable>(
        _ label: String,
        _ body: @Sendable @escaping (ComputeControl) throws -> R
    ) async throws -> R {
        let progress = Progress(label: label)
        let control = ComputeControl(progress: progress.report)
        let result = try await control.run(body)
        progress.finish()
        return result
    }

    func finish() {
        if shown.withLock({ $0 }) { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
