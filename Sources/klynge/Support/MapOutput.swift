import Foundation
import KlyngeRender

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

    /// The format of a map file: its extension, else `fallback`, else nil.
    static func mapFormat(of path: String, fallback: RenderFormat? = nil) -> RenderFormat? {
        RenderFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? fallback
    }
}
