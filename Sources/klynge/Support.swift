import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching
import KlyngeRender
import KlyngeReports

/// Messages on standard error; data goes to standard output only.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("klynge: error: \(message)\n".utf8))
    }
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("klynge: \(message)\n".utf8))
    }
}

/// Runs `body`, turning expected failures into one line on stderr and exit code 1
/// (no stack traces, no usage text).
func runReportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let e as InputError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as ReportError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as GraphError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as DatasetError {
        for p in e.problems { Diagnostics.error(p.description) }
        throw ExitCode(1)
    } catch let e as ExportError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as OutputError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as MemberLookupError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as MatchError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as MapError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as GraphvizError {
        Diagnostics.error(e.description)
        throw ExitCode(1)
    } catch let e as MemberLookupError {
        Diagnostics.error(e.description)
        throw ExitCode(1)

    } catch is CancellationError {
        Diagnostics.error("cancelled")
        throw ExitCode(130)
    }
}

/// A failure writing the output file.
struct OutputError: Error, CustomStringConvertible {
    let description: String
}

enum Output {
    /// Writes `text` to `path` atomically (a temporary file in the same folder,
    /// then a rename), or to standard output when `path` is nil. Refuses to
    /// overwrite any of the `protecting` inputs: a file, or any file directly
    /// inside a protected folder (a dataset's CSV files and README).
    static func write(_ text: String, to path: String?, protecting inputs: [String]) throws {
        try write(Data(text.utf8), to: path, protecting: inputs)
    }

    /// Writes `data` as ``write(_:to:protecting:)`` writes text.
    static func write(_ data: Data, to path: String?, protecting inputs: [String]) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let url = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            var isDir: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
            let clobbers =
                url == target
                || (isFolder && target.deletingLastPathComponent() == url
                    && FileManager.default.fileExists(atPath: target.path))
            if clobbers { throw OutputError(description: "\(path): refusing to overwrite the input file") }
        }
        do {
            try data.write(to: target, options: .atomic)
        } catch {
            throw OutputError(description: "\(path): cannot write (\(error.localizedDescription))")
        }
    }
}

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

    func finish() {
        if shown.withLock({ $0 }) { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
