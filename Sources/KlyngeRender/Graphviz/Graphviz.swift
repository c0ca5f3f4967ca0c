import CGraphviz

/// The Graphviz C library (libgvc, libcgraph), in-process: DOT text in, drawing out.
///
/// ```swift
/// let svg = try Graphviz.render(dot: "graph { a -- b }", engine: .sfdp, format: .svg)
/// ```
///
/// Safe to call from any thread or task: all calls are serialized (Graphviz itself is
/// not thread-safe; see ``GraphvizSession``). Renders of the same DOT text are
/// repeatable, byte for byte for SVG (see ``GraphvizDeterminism``).
///
/// Requires the Graphviz library (Debian: `libgraphviz-dev`; `make prerequisites`
/// installs it).
public enum Graphviz {
    /// Parses DOT text with `agmemread`, lays it out with `engine`, renders to
    /// `format`; returns the bytes.
    ///
    /// All Graphviz calls in the process go through one serial owner; every graph,
    /// layout and render buffer is freed before this returns. Warnings Graphviz
    /// prints during a successful call go to stderr, as they would from the `dot`
    /// command.
    ///
    /// Timing (this machine kind, release build, 530 nodes / 3,000 edges / 4 clusters):
    /// sfdp about 0.12–0.2 s for SVG, 0.4 s for PNG; neato about 1 s; fdp about 4 s.
    /// Big graphs: keep `splines=line` and avoid `dot` (see ``LayoutEngine``).
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message: ``GraphvizError/Stage/parse``
    ///   for DOT syntax errors, ``GraphvizError/Stage/layout`` for an unavailable engine
    ///   or a failed layout, ``GraphvizError/Stage/render`` for a failed render, and
    ///   ``GraphvizError/Stage/setup`` when Graphviz has no plugins.
    public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws(GraphvizError) -> [UInt8]
    {
        try GraphvizSession.shared.run { context in
            GraphvizRenderJob(context: context, engine: engine, format: format).run(dot: dot)
        }.get()
    }

    /// The library's version as it reports itself, e.g. `2.43.0` (Debian's 2.42.2
    /// package calls itself 2.43.0).
    public static var version: String {
        GraphvizSession.shared.version
    }
}
