import ArgumentParser
import KlyngeEcosystem

/// `klynge export DATASET --to FORMAT`: the collaboration graph for other tools.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a dataset's member collaboration graph as GraphML, GEXF (Gephi), DOT or an edge list.",
        discussion: """
            Nodes are members with every attribute (name, kind, sector, clusters, county, municipality, \
            topics, size, founded, orgnr and any extra column); edges are collaboration ties weighted \
            by --weighting. The edge list is read back by 'klynge centrality'.
            """
    )

    @Argument(help: "Dataset folder.")
    var dataset: String

    @Option(help: "Format: graphml, gexf, dot or edgelist.")
    var to: ExportFormat

    @Option(help: "Tie weight: shared-projects or newman.")
    var weighting: CollaborationWeighting = .sharedProjects

    @Option(help: ArgumentHelp("Only projects active in these years, e.g. 2018-2022.", valueName: "FROM-TO"))
    var years: YearRange?

    @Flag(help: "Add the explicit ties of relations.csv to the project ties (each adds its weight).")
    var relations = false

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
    var output: String?

    func run() async throws {
        try await runReportingErrors {
            let eco = try DatasetLoader().load(folder: dataset)
            let text = try eco.export(to, weighting: weighting, years: years?.range, includeRelations: relations)
            try Output.write(text, to: output, protecting: [dataset])
        }
    }
}
