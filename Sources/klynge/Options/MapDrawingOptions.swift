import ArgumentParser
import KlyngeEcosystem
import KlyngeRender

/// How `klynge map` draws members: colour, size, labels, which ties and members to keep.
struct MapDrawingOptions: ParsableArguments {
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

    @Option(
        help:
            "Leave out ties weaker than W (shared projects), and members left without a tie (default: 0; 2 on a dataset of over 1,500 members)."
    )
    var minWeight: Double?

    @Option(
        help:
            "Keep only the N members highest by the size measure (default: all; 150 on a dataset of over 1,500 members; projects map: the N largest projects)."
    )
    var top: Int?

    @Flag(help: "Draw every member and tie, even of a dataset of over 1,500 members.")
    var all = false

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of titles, subtitles and legends: en (English) or nb (bokmål).",
            valueName: "en|nb"
        ),
        transform: { try Language(code: $0) }
    )
    var language: Language?

    @Option(help: "Replace the generated title.")
    var title: String?

    @Option(help: "Community colouring: Louvain seed.")
    var seed: UInt64 = 42

    func validate() throws {
        if let t = top, t < 1 { throw ValidationError("--top must be at least 1") }
        if let w = minWeight, !(w >= 0) { throw ValidationError("--min-weight must not be negative") }
        if all && top != nil { throw ValidationError("--all draws every member: leave out --top, or --all") }
    }

    /// These choices written into `options`.
    func apply(to options: inout MapOptions) {
        options.colorBy = colorBy
        options.sizeBy = sizeBy
        options.labels = label
        options.minWeight = minWeight
        options.top = top
        options.all = all
        options.language = language ?? .english
        options.title = title
        options.seed = seed
    }
}
