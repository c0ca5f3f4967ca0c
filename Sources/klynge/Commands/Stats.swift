import ArgumentParser
import KlyngeEcosystem
import KlyngeReports

/// `klynge stats DATASET`: members, clusters, overlap, projects, mix, graph summary.
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Summarise a dataset: members by kind, cluster and county; cluster overlap; projects by year; public-private mix; the collaboration graph."
    )

    @Argument(help: "Dataset folder.")
    var dataset: String

    @Option(help: "Output format: table, md, json or csv.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
    var output: String?

    func run() async throws {
        try await runReportingErrors {
            let eco = try DatasetLoader().load(folder: dataset)
            let report = ecosystemStats(eco, graph: try eco.collaborationGraph())
            try Output.write(report.render(format), to: output, protecting: [dataset])
        }
    }
}
