import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeRender
import KlyngeReports

/// What `klynge map` writes: a drawing in a Graphviz format, or the interactive map file.
enum MapFile: Equatable {
    case drawing(RenderFormat)
    /// One self-contained HTML file (``InteractiveMap/standaloneHTML(title:)``).
    case interactive

    /// The formats `klynge map` writes: the map formats, and `.html` for the interactive map
    /// (other commands' `--map` keep ``FileFormat/maps``).
    static let formats = FileFormat.maps + [.html]

    init(_ format: FileFormat) throws {
        self = format == .html ? .interactive : .drawing(try format.render)
    }
}

extension Output {
    /// Writes `map` of `eco` as `format`: a drawing as ``write(_:to:as:engine:protecting:)``
    /// does, or the interactive map with the centralities of the map's collaboration graph
    /// (`options.years`, `options.includeRelations`) on its cards.
    static func write(
        _ map: MapDescription,
        of eco: Ecosystem,
        to path: String?,
        as format: MapFile,
        options: MapOptions,
        engine: LayoutEngine? = nil,
        protecting inputs: [String]
    ) throws {
        guard format == .interactive else {
            if case .drawing(let drawing) = format {
                try write(map, to: path, as: drawing, engine: engine, protecting: inputs)
            }
            return
        }
        let svg = String(decoding: try map.render(.svg, engine: engine), as: UTF8.self)
        let graph = try eco.collaborationGraph(years: options.years, includeRelations: options.includeRelations)
        var settings = CentralityOptions()
        settings.threads = options.threads
        let measures: [Measure] = [.degree, .betweenness, .closeness, .pagerank]
        let result = try computeCentrality(graph, measures: measures, options: settings)
        let columns = measures.compactMap { m in
            result.values[m].map { InteractiveMap.Centrality(name: m.rawValue, values: $0) }
        }
        let page = InteractiveMap(eco, map: map, svg: svg, centralities: columns).standaloneHTML(title: map.title)
        try write(page, to: path, protecting: inputs)
    }

    /// Writes `map` to `path` in `format` (DOT as text, the rest rendered by Graphviz with
    /// `engine`, or the map's own layout), or to standard output without a path.
    static func write(
        _ map: MapDescription,
        to path: String?,
        as format: RenderFormat,
        engine: LayoutEngine? = nil,
        protecting inputs: [String]
    ) throws {
        if format == .dot {
            var m = map
            if let engine { m.layout = engine }
            try write(m.dot, to: path, protecting: inputs)
        } else {
            try write(Data(try map.render(format, engine: engine)), to: path, protecting: inputs)
        }
    }

}

extension FileFormat {
    /// The map format of the same name (``FileFormat/maps``).
    var render: RenderFormat {
        get throws {
            guard let format = RenderFormat(rawValue: rawValue) else {
                throw ValidationError("a map cannot be written as \(rawValue)")
            }
            return format
        }
    }
}

extension RenderFormat {
    /// The file format of the same name.
    var file: FileFormat? { FileFormat(rawValue: rawValue) }
}
