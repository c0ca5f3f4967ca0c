import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// `klynge centrality INPUT`: rank nodes by centrality measures.
struct Centrality: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the nodes of a graph by centrality (NetworkX definitions).",
        discussion: """
            INPUT is an edge-list file: one edge per line, 'source target [weight]', separated \
            by tabs, commas or spaces ('#' starts a comment). Ids are any UTF-8 text; in tab- or \
            comma-separated files they may contain spaces.

            INPUT may also be a dataset folder (members.csv, projects.csv, participations.csv): \
            members are ranked on their collaboration graph (a tie per shared project, weighted by \
            --weighting), with a name column after the member id. With --weighted, a tie's weight \
            is its strength, and 1/weight its length for betweenness, closeness and harmonic.

            Measures: \(Measure.allCases.map { "\($0.rawValue) — \($0.meaning)" }.joined(separator: "; ")).

            Rows are sorted by the first measure, highest first, ties by node id.
            """
    )

    @Argument(help: "Edge-list file or dataset folder.")
    var input: String

    @Option(help: "Comma-separated measures, in output order.")
    var measures = "degree,betweenness,closeness,harmonic,eigenvector,pagerank,core,clustering"

    @Flag(help: "Treat edges as directed (source → target).")
    var directed = false

    @Flag(
        help:
            "Use the weight column: a distance for betweenness, closeness and harmonic; a strength for eigenvector, PageRank and clustering (as NetworkX)."
    )
    var weighted = false

    @Option(help: ArgumentHelp("Estimate betweenness from K sampled sources (like NetworkX's k=).", valueName: "K"))
    var approximate: Int?

    @Option(
        help: ArgumentHelp(
            "Estimate betweenness so that every value is within E of the exact one with probability 1 − delta, by sampling shortest paths until KADABRA's adaptive rule stops (at most Riondato–Kornaropoulos' bound for delta/2). The number of paths is noted on stderr.",
            valueName: "E"
        )
    )
    var epsilon: Double?

    @Option(help: "Failure probability for --epsilon.")
    var delta: Double = 0.1

    @Option(
        help: ArgumentHelp(
            "Stop PageRank and eigenvector centrality by NetworkX's rule, when a step changes the values by less than N·T in all (NetworkX's default T is 1e-6), to reproduce its numbers. Default: iterate to the fixed point (every PageRank value within 1e-10).",
            valueName: "T"
        )
    )
    var tolerance: Double?

    @OptionGroup var graph: CollaborationOptions

    @OptionGroup var io: TableOutputOptions

    @Option(help: "Seed for sampling (--approximate, --epsilon).")
    var seed: UInt64 = 42

    @Option(help: "Print only the first N rows.")
    var top: Int?

    func validate() throws {
        if approximate != nil && epsilon != nil {
            throw ValidationError("give either --approximate or --epsilon, not both")
        }
        if let k = approximate, k < 1 { throw ValidationError("--approximate needs a positive number of sources") }
        if let e = epsilon, !(e > 0 && e < 1) { throw ValidationError("--epsilon must be between 0 and 1") }
        if !(delta > 0 && delta < 1) { throw ValidationError("--delta must be between 0 and 1") }
        if let t = tolerance, !(t > 0 && t.isFinite) { throw ValidationError("--tolerance must be a positive number") }
        if let t = top, t < 0 { throw ValidationError("--top must not be negative") }
        do { _ = try Measure.parseList(measures) } catch { throw ValidationError(error.description) }
    }

    func run() async throws {
        try await runReportingErrors {
            let list = try Measure.parseList(measures)
            let loaded = try graph.load(input, directed: directed, weighted: weighted, threads: io.threads)
            var options = CentralityOptions(for: loaded, weighted: weighted)
            options.sampledSources = approximate
            options.epsilon = epsilon
            options.delta = delta
            options.tolerance = tolerance
            options.seed = seed
            options.threads = io.threads
            let opts = options
            let result = try await Progress.run("centrality") { c in
                try computeCentrality(loaded.graph, measures: list, options: opts, control: c)
            }
            for note in result.notes + loaded.notes(years: graph.years, includeRelations: graph.relations) {
                Diagnostics.note(note)
            }
            let table = result.table(top: top, names: loaded.ecosystem?.members.map(\.name))
            let title = "Centrality in \(loaded.ecosystem?.name ?? URL(fileURLWithPath: input).lastPathComponent)"
            let titled = TitledTable(title: title, sheet: "Centrality", table: table)
            try io.write(titled, generator: "klynge centrality", protecting: [input])
        }
    }
}
