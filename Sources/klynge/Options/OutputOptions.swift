import ArgumentParser
import KlyngeReports

/// `--threads N`: worker threads for the parallel algorithms.
struct ThreadOptions: ParsableArguments {
    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var threads: Int?

    func validate() throws {
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

/// `-o FILE`: where the output goes.
struct OutputFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
    var output: String?
}

/// The output of the commands that print one report: its format and file.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json or md.")
    var format: OutputFormat = .table

    @OptionGroup var file: OutputFileOptions

    var output: String? { file.output }
}
