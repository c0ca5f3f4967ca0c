import ArgumentParser
import KlyngeEcosystem
import KlyngeReports

/// `klynge export DATASET --to FORMAT`: the collaboration graph for other tools.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write a dataset's member collaboration graph as GraphML, GEXF (Gephi), DOT, an edge list, or a folder for Neo4j or Spark GraphFrames.",
        discussion: """
            Nodes are members with every attribute (name, kind, sector, clusters, county, municipality, \
            topics, size, founded, orgnr and any extra column); edges are collaboration ties weighted \
            by --weighting. The edge list is read back by 'klynge centrality'. -o FILE picks the \
            format from its extension; without -o, give --to. --dynamic writes GEXF for Gephi's \
            timeline: each member and tie carries the dates its projects run (<spells>). \
            --to neo4j and --to graphframes write a new folder (-o FOLDER) of CSV files: Neo4j's \
            bulk importer (members, projects, participations, collaboration ties) or a GraphFrames \
            graph (vertices.csv, edges.csv), each with a README giving the command that loads it.
            """
    )

    @OptionGroup var data: DatasetArgument

    @OptionGroup var personal: PersonalDataOptions

    @Option(
        help:
            "Format (default: the extension of -o: .graphml, .gexf, .dot, or .edges/.txt/.tsv for the edge list); neo4j or graphframes: a folder, -o FOLDER."
    )
    var to: ExportFormat?

    @Flag(
        help: """
            GEXF for Gephi's timeline (mode="dynamic", timeformat="date"): each member and tie \
            carries the dates its projects run; projects without a start are left out, with a note.
            """
    )
    var dynamic = false

    @OptionGroup var graph: CollaborationOptions

    @OptionGroup var file: OutputFileOptions

    func validate() throws {
        let format = try format
        if dynamic && format != .gexf {
            throw ValidationError("--dynamic: only GEXF carries a timeline; give --to gexf or -o FILE.gexf")
        }
        if dynamic && graph.relations {
            throw ValidationError(
                "--dynamic: relations have a start year but no end, so they cannot be spells; leave out --relations"
            )
        }
    }

    /// The format told by --to and the extension of -o.
    var format: ExportFormat {
        get throws {
            if let to, to.isFolder {
                guard file.output != nil else {
                    throw ValidationError("--to \(to.rawValue) writes a folder: give -o FOLDER")
                }
                return to
            }
            let chosen = try file.format(
                explicit: to.flatMap { FileFormat(rawValue: $0.rawValue) },
                allowed: FileFormat.exports,
                default: dynamic ? .gexf : nil,
                option: "--to"
            )
            guard let format = ExportFormat(rawValue: chosen.rawValue) else {
                throw ValidationError("cannot export as \(chosen.rawValue)")
            }
            return format
        }
    }

    func run() async throws {
        let format = try format
        try await runReportingErrors {
            let eco = try data.load(includePersonal: personal.includePersonal)
            try graph.selection.checkYears(in: eco)
            if format.isFolder {
                // A new folder only (an existing one, the dataset's included, is refused).
                try eco.writeBulkExport(
                    format,
                    to: file.output ?? "",
                    weighting: graph.weighting,
                    years: graph.years,
                    includeRelations: graph.relations
                )
                return
            }
            if dynamic {
                let timeline = eco.dynamicGEXF(weighting: graph.weighting, years: graph.years)
                for note in timeline.notes { Diagnostics.note(note) }
                try Output.write(timeline.text, to: file.output, protecting: [data.dataset])
                return
            }
            let text = try eco.export(
                format,
                weighting: graph.weighting,
                years: graph.years,
                includeRelations: graph.relations
            )
            try Output.write(text, to: file.output, protecting: [data.dataset])
        }
    }
}
