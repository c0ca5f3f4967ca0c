import Foundation

/// Runs the built `klynge` executable like a user would, capturing stdout, stderr and the exit code.
public struct CommandResult: Sendable {
    public let stdout: String
    public let stderr: String
    public let status: Int32
}

public enum Klynge {
    /// The `klynge` binary beside the test bundle (SwiftPM puts both in the same build folder).
    public static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = bundle.deletingLastPathComponent()
        // On Linux the runner is `<build>/KlyngePackageTests.xctest`; on macOS it is inside
        // `<build>/KlyngePackageTests.xctest/Contents/MacOS/`.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("klynge")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        fatalError("klynge executable not found near \(bundle.path); build it with `swift build`")
    }

    /// The package root (for paths to Datasets/ and fixtures).
    public static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs `klynge args…` in the package root and waits for it.
    /// `environment` entries are added to (or replace) the test's own environment.
    public static func run(
        _ args: [String],
        stdin: String? = nil,
        environment: [String: String] = [:]
    ) throws
        -> CommandResult
    {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        p.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CommandResult(
            stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self),
            status: p.terminationStatus
        )
    }

    /// A fresh temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
