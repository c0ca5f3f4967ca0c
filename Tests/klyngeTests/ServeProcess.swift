import Foundation
import KlyngeTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `klynge serve DATASET` started as a user starts it (the built binary, `Klynge.executable`) on
/// a loopback port the system picks, for the tests that drive it from outside with the scripts in
/// Scripts/server/ (browser, robustness, schemathesis).
///
/// ```swift
/// let server = try await ServeProcess.start("Datasets/norwegian-health-supercluster")
/// defer { server.stop() }
/// let run = try await ServeScript.run("robustness.py", [server.url])
/// ```
final class ServeProcess: Sendable {
    let url: String
    private let process: Process
    private let log: URL

    /// True when `make test-tsan` runs the tests: the server is built with the Thread Sanitizer
    /// and answers several times slower, so the tests send fewer requests.
    static var underSanitizer: Bool { ProcessInfo.processInfo.environment["KLYNGE_SANITIZER"] == "thread" }

    private init(url: String, process: Process, log: URL) {
        self.url = url
        self.process = process
        self.log = log
    }

    /// Starts the server on `dataset` (relative to the package root) with `--port 0`, so the
    /// system picks a free loopback port, reads the address from the line the server prints
    /// (`… at http://127.0.0.1:PORT/ …`), and waits until `/healthz` answers 200 (up to `timeout`
    /// seconds of waiting, not counting stalls of the test process itself); throws with the
    /// server's output when it exits first.
    static func start(_ dataset: String, timeout: Double = 300) async throws -> ServeProcess {
        let folder = try Klynge.temporaryFolder()
        let log = folder.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let p = Process()
        p.executableURL = Klynge.executable
        p.arguments = ["serve", dataset, "--port", "0"]
        p.currentDirectoryURL = Klynge.root
        let handle = try FileHandle(forWritingTo: log)
        p.standardOutput = handle
        p.standardError = handle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        var server = ServeProcess(url: "", process: p, log: log)
        // The wait counts the time this loop could run: when the test process's cooperative pool
        // is starved (two tests blocked on subprocesses hold both threads of a 2-core machine), a
        // pass of the loop can come minutes after the last; that stall is not the server's.
        var waited = 0.0
        var last = Date()
        while waited < timeout {
            let now = Date()
            waited += min(now.timeIntervalSince(last), 2.5)
            last = now
            if !p.isRunning {
                throw ServeError("klynge serve \(dataset) exited with status \(p.terminationStatus):\n\(server.output)")
            }
            if server.url.isEmpty, let url = announcedURL(in: server.output) {
                server = ServeProcess(url: url, process: p, log: log)
            }
            if !server.url.isEmpty {
                var request = URLRequest(url: URL(string: server.url + "healthz")!)
                request.timeoutInterval = 2
                if let (_, response) = try? await URLSession.shared.data(for: request),
                    (response as? HTTPURLResponse)?.statusCode == 200
                {
                    return server
                }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw ServeError("klynge serve \(dataset): not answering /healthz after \(Int(timeout)) s:\n\(server.output)")
    }

    /// The first `http://127.0.0.1:PORT/` in the server's output.
    static func announcedURL(in output: String) -> String? {
        guard let match = output.firstMatch(of: /http:\/\/127\.0\.0\.1:([0-9]+)\//) else { return nil }
        return String(match.output.0)
    }

    /// What the server printed (stdout and stderr).
    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// A data race or other report of the Thread Sanitizer in the server's output, if any.
    var sanitizerReport: String? {
        let text = output
        guard let range = text.range(of: "WARNING: ThreadSanitizer") ?? text.range(of: "ERROR: ThreadSanitizer")
        else { return nil }
        return String(text[range.lowerBound...].prefix(6000))
    }

    /// Stops the server (SIGINT, as Ctrl-C; SIGKILL after 20 s) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.interrupt()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// A failure to start or reach the server, with what it printed.
struct ServeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The Python scripts in Scripts/server/, run with the project's virtual environment
/// (Scripts/.venv, made by `make oracle`, which `make test` runs first).
enum ServeScript {
    static var python: URL { Klynge.root.appendingPathComponent("Scripts/.venv/bin/python") }

    /// Records a failure telling how to install what the scripts need, and returns false, when
    /// the virtual environment (with selenium and schemathesis) or, for `browser`, Chromium and
    /// chromedriver are missing. Never a silent pass: CI installs them through `make test`.
    static func prerequisitesPresent(browser: Bool = false) -> Bool {
        var missing: [String] = []
        if !FileManager.default.isExecutableFile(atPath: python.path) {
            missing.append("Scripts/.venv/bin/python (with selenium and schemathesis)")
        }
        if browser {
            let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
            if !chromium.contains(where: FileManager.default.isExecutableFile(atPath:)) {
                missing.append("chromium")
            }
            if !FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") {
                missing.append("chromedriver (Debian package chromium-driver)")
            }
        }
        if missing.isEmpty { return true }
        Issue.record(
            "missing \(missing.joined(separator: ", ")): run `make test` (its prerequisites `browser` and `oracle` install them)"
        )
        return false
    }

    /// Runs `python Scripts/server/<script> args…` in the package root, stopping it after
    /// `timeout` seconds: its exit status and its output (stdout and stderr together). The wait
    /// is on a Dispatch thread: a script runs for minutes, and blocking a thread of the test
    /// process's cooperative pool (two on a 2-core machine) with it stalled every other test,
    /// among them the next server's start-up wait.
    static func run(
        _ script: String,
        _ args: [String],
        timeout: Double
    ) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try runBlocking(script, args, timeout: timeout) })
            }
        }
    }

    private static func runBlocking(
        _ script: String,
        _ args: [String],
        timeout: Double
    ) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = python
        p.arguments = ["-u", Klynge.root.appendingPathComponent("Scripts/server/\(script)").path] + args
        p.currentDirectoryURL = Klynge.root
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        p.environment = environment
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let pid = p.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Read before waiting so a large output cannot fill the pipe and block the script.
        var output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        watchdog.cancel()
        if p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL {
            output += "\n(stopped after \(Int(timeout)) s)"
        }
        return (p.terminationStatus, output)
    }
}

extension ServeScript {
    /// Starts `klynge serve dataset`, runs `script` with its URL followed by `args`, and expects
    /// exit status 0 (showing the script's and the server's output otherwise) and, under the
    /// Thread Sanitizer, no report from the server.
    static func expectPasses(
        _ script: String,
        on dataset: String,
        _ args: [String],
        timeout: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        guard prerequisitesPresent() else { return }
        let server = try await ServeProcess.start(dataset)
        defer { server.stop() }
        let run = try await ServeScript.run(script, [server.url] + args, timeout: timeout)
        #expect(
            run.status == 0,
            "\(script):\n\(run.output)\n-- klynge serve:\n\(server.output.suffix(4000))",
            sourceLocation: sourceLocation
        )
        server.stop()
        #expect(
            server.sanitizerReport == nil,
            "klynge serve under the Thread Sanitizer:\n\(server.sanitizerReport ?? "")",
            sourceLocation: sourceLocation
        )
    }
}
