import ArgumentParser
import Foundation
import KlyngeRender
import KlyngeReports

extension Output {
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
