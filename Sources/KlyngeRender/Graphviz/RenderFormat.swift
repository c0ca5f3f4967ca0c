/// An output format of ``Graphviz/render(dot:engine:format:)``.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// SVG 1.1 from Graphviz's core renderer: one `<g class="node">` per node (its
    /// `<title>` is the node name) and one `<g class="edge">` per edge. Text is
    /// XML-escaped.
    case svg
    /// PNG bitmap drawn by cairo. Cairo caps bitmaps at 32,767 pixels a side (Graphviz
    /// scales bigger drawings down with a warning) and large bitmaps take seconds: set
    /// the graph's `size` and `dpi` for big graphs.
    case png
    /// PDF drawn by cairo.
    case pdf
    /// Graphviz's `dot` output: the input graph written back as DOT with the layout
    /// added as attributes (`pos` on nodes and edges, `bb` on the graph and clusters,
    /// label positions). Plain, unlaid-out DOT is the caller's own input.
    case dot

    /// The name Graphviz knows the output format by (`-T` on the command line).
    var graphvizName: String { rawValue }
}
