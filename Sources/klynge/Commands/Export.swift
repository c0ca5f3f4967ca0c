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

    @OptionGroup var data: DatasetArgument

    @Option(help: "Format: graphml, gexf, dot or edgelist.")
    var to: ExportFormat

    @OptionGroup var graph: CollaborationOptions

    @OptionGroup var file: OutputFileOptions

    func run() async throws {
        try await runReportingErrors {
            let eco = try DatasetLoader().load(folder: data.dataset)
            try graph.selection.checkYears(in: eco)
            let text = try eco.export(
                to,
                weighting: graph.weighting,
                years: graph.years,
                includeRelations: graph.relations
            )
            try Output.write(text, to: file.output, protecting: [data.dataset])
        }
    }
}
