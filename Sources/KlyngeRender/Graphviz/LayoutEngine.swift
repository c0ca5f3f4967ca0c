/// A Graphviz layout program, run in-process by ``Graphviz/render(dot:engine:format:)``.
///
/// For large graphs (hundreds of nodes, thousands of edges) use a force-directed
/// engine with straight edges (`splines=line`): measured on 530 nodes / 3,000 edges,
/// `sfdp` lays out in well under a second, `neato` and `fdp` in about half a second,
/// while `dot` took over a minute and spline routing did not finish
/// (Documentation/Graphviz.md). `fdp` is the only force-directed engine that keeps
/// clusters (`subgraph cluster_*`) apart; `sfdp`, `circo` and `twopi` ignore them.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Multiscale force-directed placement: the fast choice for big graphs.
    case sfdp
    /// Stress majorization (spring model).
    case neato
    /// Force-directed placement that lays out clusters as separate regions.
    case fdp
    /// Hierarchical (layered) drawing of directed graphs; slow on big, dense graphs.
    case dot
    /// Circular layout of biconnected components.
    case circo
    /// Radial layout around a root node.
    case twopi
}
