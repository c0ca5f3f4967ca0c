extension MapDescription {
    /// The map laid out and drawn by Graphviz in-process (see ``Graphviz``), with
    /// `engine` instead of the map's own layout when given. PNGs are capped at
    /// 30 × 30 inches at 96 dpi (2,880 px): cairo refuses larger bitmaps and big ones
    /// take seconds (Documentation/Graphviz.md §3.9).
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's own message.
    public func render(_ format: RenderFormat, engine: LayoutEngine? = nil) throws -> [UInt8] {
        var map = self
        if let engine { map.layout = engine }
        var text = map.dot
        if format == .png, let brace = text.firstIndex(of: "{") {
            text.insert(contentsOf: "\n  graph [size=\"30,30\", dpi=96];", at: text.index(after: brace))
        }
        return try Graphviz.render(dot: text, engine: map.layout, format: format)
    }
}
