import ArgumentParser
import KlyngeReports

/// The options of the commands that compute and print a table: worker threads, the output
/// format and the output file.
struct TableOutputOptions: ParsableArguments {
    @OptionGroup var workers: ThreadOptions
    @OptionGroup var report: ReportOutputOptions

    var threads: Int? { workers.threads }
    var format: OutputFormat { report.format }
    var output: String? { report.output }
}
