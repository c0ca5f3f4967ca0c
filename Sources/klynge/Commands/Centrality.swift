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

            Measures: \(Measure.allCases.map { "\($0.rawValue) — \($0.meaning)" }.joined(separator: "; ")).

            Rows are sorted by the first measure, highest first, ties by node id.
            """
    )

    @Argument(help: "Edge-list file.")
    var input: String

    @Option(help: "Comma-separated measures, in output order.")
    var measures = "degree,betweenness,closeness,harmonic,eigenvector,pagerank,core,clustering"

    @Flag(help: "Treat edges as directed (source → target).")
    var directed = false

    @Flag(help: "Use the weight column: a distance for betweenness, closeness and harmonic; a strength for eigenvector, PageRank and clustering (as NetworkX).")
    var weighted = false

    @Option(name: .customLong("approximate"), help: ArgumentHelp("Estimate betweenness from K sampled sources (like NetworkX's k=).", valueName: "K"))
    var approximate: Int?

    @Option(help: ArgumentHelp("Estimate betweenness so that every value is within E of the exact one with probability 1 − delta (Riondato–Kornaropoulos).", valueName: "E"))
    var epsilon: Double?

    @Option(help: "Failure probability for --epsilon.")
    var delta: Double = 0.1

    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var threads: Int?

    @Option(help: "Seed for sampling (--approximate, --epsilon).")
    var seed: UInt64 = 42

    @Option(help: "Print only the first N rows.")
    var top: Int?

    @Option(help: "Output format: table, csv, json or md.")
    var format: OutputFormatOption = .table

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if approximate != nil && epsilon != nil { throw ValidationError("give either --approximate or --epsilon, not both") }
        if let k = approximate, k < 1 { throw ValidationError("--approximate needs a positive number of sources") }
        if let e = epsilon, !(e > 0 && e < 1) { throw ValidationError("--epsilon must be between 0 and 1") }
        if !(delta > 0 && delta < 1) { throw ValidationError("--delta must be between 0 and 1") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
        if let t = top, t < 0 { throw ValidationError("--top must not be negative") }
        do { _ = try Measure.parseList(measures) } catch { throw ValidationError(error.description) }
    }

    func run() async throws {
        try await runReportingErrors {
            let list = try Measure.parseList(measures)
            let graph = try EdgeListReader(directed: directed, weighted: weighted).read(path: input)
            var options = CentralityOptions()
            options.weighted = weighted
            options.sampledSources = approximate
            options.epsilon = epsilon
            options.delta = delta
            options.seed = seed
            options.threads = threads
            let progress = Progress(label: "centrality")
            let control = ComputeControl(progress: progress.report)
            let opts = options
            let result = try await control.run { c in
                try computeCentrality(graph, measures: list, options: opts, control: c)
            }
            progress.finish()
            for note in result.notes { Diagnostics.note(note) }
            let text = result.table(top: top).render(format.value)
            try Output.write(text, to: output, protecting: [input])
        }
    }
}

/// `--format` values.
struct OutputFormatOption: ExpressibleByArgument {
    let value: OutputFormat
    init?(argument: String) {
        guard let f = OutputFormat(rawValue: argument.lowercased()) else { return nil }
        value = f
    }
    static let table = OutputFormatOption(argument: "table")!
    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
