import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeRender

/// `klynge map DATASET`: draw an ecosystem map with Graphviz, in-process.
struct MapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw an ecosystem map (SVG, PNG, PDF or DOT) with the Graphviz library.",
        discussion: """
            Kinds: supercluster — every member, coloured by cluster, shaped by kind, sized by a \
            centrality; ego — one member (--focus) and its neighbourhood to --radius steps, ties \
            labelled with shared projects; brokers — the top --brokers members by betweenness \
            ringed, ties across clusters emphasised; projects — the member × project map for \
            --topic and --years; match — a seeker (--focus) and suggested partners read from \
            --pairs FILE.csv (candidate,score[,path][,reason]; path = member ids from the \
            seeker, ';'-separated), as 'klynge match --map' draws them.

            The output format follows the file extension of -o (.svg, .png, .pdf, .dot); \
            without -o the SVG (or --format) goes to standard output. DOT is Klynge's own, \
            deterministic text: 'dot -Tsvg' draws it as Klynge does. SVG nodes carry the \
            member id as their element id and a tooltip with name, kind, clusters and centralities.
            """
    )

    enum Kind: String, CaseIterable, ExpressibleByArgument { case supercluster, ego, brokers, projects, match }

    @Argument(help: "Dataset folder.")
    var dataset: String

    @Option(help: "Map kind: supercluster, ego, brokers, projects or match.")
    var kind: Kind = .supercluster

    @Option(name: .shortAndLong, help: "Write to FILE (atomically); its extension picks the format.")
    var output: String?

    @Option(help: "Output format when the extension does not say: svg, png, pdf or dot.")
    var format: RenderFormat?

    @Option(
        help:
            "Layout engine: sfdp, neato, fdp, dot, circo or twopi (default: sfdp for whole-ecosystem maps, neato for small ones)."
    )
    var layout: LayoutEngine?

    @Option(help: "Fill colour by cluster, kind, county or community (Louvain).")
    var colorBy: MapOptions.ColorBy = .cluster

    @Option(help: "Node size by degree, betweenness or pagerank.")
    var sizeBy: MapOptions.SizeBy = .betweenness

    @Option(help: ArgumentHelp("Names shown: top:N (largest N), all or none.", valueName: "top:N|all|none"))
    var label: MapOptions.Labels?

    @Option(help: "Ego and match maps: the member (id or unambiguous name).")
    var focus: String?

    @Option(help: "Ego map: steps out from the focus.")
    var radius = 1

    @Option(help: "Leave out ties weaker than W (shared projects).")
    var minWeight: Double = 0

    @Option(help: "Keep only the N members highest by the size measure (projects map: the N largest projects).")
    var top: Int?

    @Option(help: "Replace the generated title.")
    var title: String?

    @Option(help: "Projects map: only projects with this topic (or in their title).")
    var topic: String?

    @Option(help: ArgumentHelp("Only projects active in these years, e.g. 2018-2022.", valueName: "FROM-TO"))
    var years: YearRange?

    @Flag(help: "Add the explicit ties of relations.csv to the project ties.")
    var relations = false

    @Option(help: "Brokers map: how many brokers to ring.")
    var brokers = 10

    @Option(help: "Match map: the suggestions, a CSV with candidate,score[,path][,reason].")
    var pairs: String?

    @Option(help: "Community colouring: Louvain seed.")
    var seed: UInt64 = 42

    @Option(help: "Worker threads for centralities (output is identical for any value).")
    var threads: Int?

    func validate() throws {
        if radius < 1 { throw ValidationError("--radius must be at least 1") }
        if let t = top, t < 1 { throw ValidationError("--top must be at least 1") }
        if brokers < 0 { throw ValidationError("--brokers must not be negative") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
        if !(minWeight >= 0) { throw ValidationError("--min-weight must not be negative") }
        if (kind == .ego || kind == .match) && focus == nil {
            throw ValidationError("--kind \(kind.rawValue) needs --focus MEMBER")
        }
        if kind == .match && pairs == nil {
            throw ValidationError("--kind match needs --pairs FILE.csv (or use 'klynge match --map')")
        }
        if output == nil, let f = format, f == .png || f == .pdf {
            throw ValidationError("\(f.rawValue) is binary: give -o FILE.\(f.rawValue)")
        }
    }

    /// The format: the extension of -o, else --format, else SVG.
    func outputFormat() throws -> RenderFormat {
        guard let output else { return format ?? .svg }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let f = RenderFormat(rawValue: ext) { return f }
        if let format { return format }
        throw ValidationError(
            "\(output): cannot tell the format from '.\(ext)'; use .svg, .png, .pdf or .dot, or --format"
        )
    }

    func run() async throws {
        let format = try outputFormat()
        try await runReportingErrors {
            let eco = try DatasetLoader().load(folder: dataset)
            var options = MapOptions()
            options.colorBy = colorBy
            options.sizeBy = sizeBy
            options.labels = label
            options.minWeight = minWeight
            options.top = top
            options.title = title
            options.includeRelations = relations
            options.years = years?.range
            options.focus = focus
            options.radius = radius
            options.topic = topic
            options.brokers = brokers
            options.seed = seed
            options.threads = threads
            let map: MapDescription
            switch kind {
            case .supercluster: map = try eco.superclusterMap(options)
            case .ego: map = try eco.egoMap(options)
            case .brokers: map = try eco.brokerMap(options)
            case .projects: map = try eco.projectMap(options)
            case .match:
                let seeker = try eco.member(matching: focus ?? "")
                let suggestions = try eco.readSuggestedPairs(path: pairs ?? "")
                map = try eco.matchMap(seeker: .member(seeker), suggestions: suggestions, options: options)
            }
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            let protected = [dataset] + (pairs.map { [$0] } ?? [])
            if format == .dot {
                var m = map
                if let layout { m.layout = layout }
                try Output.write(m.dot, to: output, protecting: protected)
            } else {
                let bytes = try map.render(format, engine: layout)
                try Output.write(Data(bytes), to: output, protecting: protected)
            }
            Diagnostics.note(
                "\(kind.rawValue) map of \(eco.name): \(map.nodes.filter { !$0.isCaption }.count) members, \(map.edges.filter { $0.style != .invisible }.count) ties\(output.map { " → \($0)" } ?? "")"
            )
        }
    }
}

extension MapOptions.ColorBy: ExpressibleByArgument {}
extension MapOptions.SizeBy: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension MapOptions.Labels: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
