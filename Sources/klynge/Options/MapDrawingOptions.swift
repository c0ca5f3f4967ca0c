import ArgumentParser
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

    @Option(help: "Leave out ties weaker than W (shared projects).")
    var minWeight: Double = 0

    @Option(help: "Keep only the N members highest by the size measure (projects map: the N largest projects).")
    var top: Int?

    @Option(help: "Replace the generated title.")
    var title: String?

    @Option(help: "Community colouring: Louvain seed.")
    var seed: UInt64 = 42

    func validate() throws {
        if let t = top, t < 1 { throw ValidationError("--top must be at least 1") }
        if !(minWeight >= 0) { throw ValidationError("--min-weight must not be negative") }
    }

    /// These choices written into `options`.
    func apply(to options: inout MapOptions) {
        options.colorBy = colorBy
        options.sizeBy = sizeBy
        options.labels = label
        options.minWeight = minWeight
        options.top = top
        options.title = title
        options.seed = seed
    }
}
