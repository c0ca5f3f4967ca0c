import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeRender
import KlyngeReports

/// `klynge map DATASET`: draw an ecosystem map with Graphviz, in-process.
struct MapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw an ecosystem map (SVG, PNG, PDF, DOT, or an interactive HTML file) with the Graphviz library.",
        discussion: """
            Kinds: supercluster — every member, coloured by cluster, shaped by kind, sized by a \
            centrality; ego — one member (--focus) and its neighbourhood to --radius steps, ties \
            labelled with shared projects; brokers — the top --brokers members by betweenness \
            ringed, ties across clusters emphasised; projects — the member × project map for \
            --topic and --years; match — a seeker (--focus) and suggested partners read from \
            --pairs FILE.csv (candidate,score[,path][,reason]; path = member ids from the \
            seeker, ';'-separated), as 'klynge match --map' draws them.

            Large datasets: over 1,500 members, the supercluster and brokers maps show the 150 \
            members highest by --size-by with each one's 3 strongest ties of 2+ shared projects, \
            and say so in the subtitle; members left without a drawn tie are not drawn. --top, \
            --min-weight or --all (everything) choose otherwise. Ego maps with more than 12 \
            partners number the focus's projects: the numbers sit under each partner's name and a \
            key lists the titles. --lang nb writes titles, subtitles and legends in bokmål.

            The output format follows the file extension of -o (.svg, .png, .pdf, .dot, .html; \
            another extension is a usage error, and so is a --format that contradicts it); without \
            -o the SVG (or --format svg or dot) goes to standard output. DOT is Klynge's own, \
            deterministic text: 'dot -Tsvg' draws it as Klynge does. SVG nodes carry the \
            member id as their element id and a tooltip with name, kind, clusters and centralities.

            -o FILE.html writes the interactive map as one self-contained file that opens in a \
            browser from disk, with no server and no network (a map you can mail): pan and zoom \
            with mouse, touch or keyboard, search members by name (accents and case optional), \
            filter by cluster, kind and county, hover for a member's details and centralities, \
            click for its card with its partners.
            """
    )

    enum Kind: String, CaseIterable, ExpressibleByArgument { case supercluster, ego, brokers, projects, match }

    @OptionGroup var data: DatasetArgument

    @OptionGroup var personal: PersonalDataOptions

    @Option(help: "Map kind: supercluster, ego, brokers, projects or match.")
    var kind: Kind = .supercluster

    @OptionGroup var file: OutputFileOptions

    @Option(
        help:
            "Output format: svg, png, pdf or dot (default: the extension of -o, else svg; .html for the interactive map)."
    )
    var format: RenderFormat?

    @OptionGroup var drawing: MapDrawingOptions

    @Option(help: "Ego and match maps: the member (id or unambiguous name).")
    var focus: String?

    @Option(help: "Ego map: steps out from the focus.")
    var radius = 1

    @Option(help: "Projects map: only projects with this topic (or in their title).")
    var topic: String?

    @OptionGroup var selection: ProjectSelectionOptions

    @Option(help: "Brokers map: how many brokers to ring.")
    var brokers = 10

    @Option(help: "Match map: the suggestions, a CSV with candidate,score[,path][,reason].")
    var pairs: String?

    @OptionGroup var workers: ThreadOptions

    func validate() throws {
        if radius < 1 { throw ValidationError("--radius must be at least 1") }
        if brokers < 0 { throw ValidationError("--brokers must not be negative") }
        if (kind == .ego || kind == .match) && focus == nil {
            throw ValidationError("--kind \(kind.rawValue) needs --focus MEMBER")
        }
        if kind == .match && pairs == nil {
            throw ValidationError("--kind match needs --pairs FILE.csv (or use 'klynge match --map')")
        }
        _ = try mapFormat
    }

    /// The format told by the extension of -o and --format (they must agree); SVG without either.
    var mapFormat: MapFile {
        get throws { try MapFile(file.format(explicit: format?.file, allowed: MapFile.formats, default: .svg)) }
    }

    func run() async throws {
        let format = try mapFormat
        try await runReportingErrors {
            let eco = try data.load(includePersonal: personal.includePersonal)
            var options = MapOptions()
            drawing.apply(to: &options)
            options.includeRelations = selection.relations
            options.years = selection.years?.range
            options.focus = focus
            options.radius = radius
            options.topic = try topic.map { t in
                try usageChecked(Self.self, dataset: data.dataset) { try eco.resolveProjectTopic(t) }
            }
            try selection.checkYears(in: eco)
            options.brokers = brokers
            options.threads = workers.threads
            let map: MapDescription
            switch kind {
            case .supercluster: map = try eco.superclusterMap(options)
            case .ego: map = try withOption("--focus", where: { $0 is MemberLookupError }) { try eco.egoMap(options) }
            case .brokers: map = try eco.brokerMap(options)
            case .projects: map = try eco.projectMap(options)
            case .match:
                let seeker = try withOption("--focus") { try eco.member(matching: focus ?? "") }
                let suggestions = try eco.readSuggestedPairs(path: pairs ?? "")
                map = try eco.matchMap(seeker: .member(seeker), suggestions: suggestions, options: options)
            }
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            let inputs = [data.dataset] + (pairs.map { [$0] } ?? [])
            try Output.write(
                map,
                of: eco,
                to: file.output,
                as: format,
                options: options,
                engine: drawing.layout,
                protecting: inputs
            )
            let members = map.nodes.filter { !$0.isCaption }.count
            let ties = map.edges.filter { $0.style != .invisible }.count
            Diagnostics.note(
                "\(kind.rawValue) map of \(eco.name): \(members) members, \(ties) ties\(file.output.map { " → \($0)" } ?? "")"
            )
        }
    }
}
