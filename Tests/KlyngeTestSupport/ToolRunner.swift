import Foundation

/// Runs an outside tool a test uses as its oracle (xmllint, openpyxl's python), capturing
/// its standard output and standard error together.
public enum Tool {
    /// Runs `executable args…` and waits for it: its exit status and its output.
    public static func run(_ executable: URL, _ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        let pipe = Pipe()
        p.standardError = pipe
        p.standardOutput = pipe
        try p.run()
        // Read before waiting so a large output cannot fill the pipe and block the tool.
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }
}
