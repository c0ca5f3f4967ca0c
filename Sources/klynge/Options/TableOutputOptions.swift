import ArgumentParser
import KlyngeReports

/// The options of the commands that compute and print a table: worker threads, the output
/// format and the output file.
struct TableOutputOptions: ParsableArguments {
    @OptionGroup var workers: ThreadOptions
    @OptionGroup var report: ReportOutputOptions

    var threads: Int? { workers.threads }
    var output: String? { report.output }
    /// The format to write (``ReportOutputOptions/fileFormat``).
    var fileFormat: FileFormat { get throws { try report.fileFormat } }

    /// Writes `result` as ``ReportOutputOptions/write(_:generator:protecting:)`` does.
    func write(_ result: some TabularResult, generator: String, protecting inputs: [String]) throws {
        try report.write(result, generator: generator, protecting: inputs)
    }
}
