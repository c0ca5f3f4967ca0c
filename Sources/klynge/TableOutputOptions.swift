import ArgumentParser
import KlyngeReports

/// The options of the commands that print a table: worker threads, the output format and
/// the output file.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var threads: Int?

    @Option(help: "Output format: table, csv, json or md.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
