import ArgumentParser
import KlyngeEcosystem
import KlyngeReports

/// `klynge stats DATASET`: members, clusters, overlap, projects, mix, graph summary.
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Summarise a dataset: members by kind, cluster and county; cluster overlap; projects by year; public-private mix; the collaboration graph."
    )

    @OptionGroup var data: DatasetArgument

    @OptionGroup var io: ReportOutputOptions

    func run() async throws {
        try await runReportingErrors {
            let eco = try data.load()
            let report = ecosystemStats(eco, graph: try eco.collaborationGraph())
            try io.write(report, generator: "klynge stats", protecting: [data.dataset])
        }
    }
}
