import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// Messages on standard error; data goes to standard output only.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("klynge: error: \(message)\n".utf8))
    }
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("klynge: \(message)\n".utf8))
    }
    /// The warnings and notes of a loaded dataset, one line each, warnings first
    /// (`klynge: DATASET/members.csv:5 and :17: warning: likely the same organisation …`).
    static func loadNotices(of eco: Ecosystem) {
        for severity in [DatasetProblem.Severity.warning, .note] {
            for notice in eco.loadNotices where notice.severity == severity { note(notice.description) }
        }
    }
}

/// Runs `body`, turning every library error (any ``KlyngeError``) into its lines on stderr
/// and exit code 1 (no stack traces, no usage text), and cancellation into exit code 130.
/// Usage errors (`ValidationError`) pass through to ArgumentParser, which exits 64.
func runReportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as any KlyngeError {
        for line in error.messages { Diagnostics.error(line) }
        if let hint = error.hint { Diagnostics.note(hint) }
        throw ExitCode(1)
    } catch is CancellationError {
        Diagnostics.error("cancelled")
        throw ExitCode(130)
    }
}
