import CGraphviz

/// What makes repeated renders of the same DOT give the same layout and the same
/// bytes, in one process and across processes.
///
/// Measured on Graphviz 2.43 (Debian 2.42.2), rendering one DOT text three times
/// in a process, several processes, comparing the `plain` output (all positions):
///
/// | engine | library defaults | with the three fixes below |
/// | --- | --- | --- |
/// | neato, circo, twopi | same every time | same |
/// | sfdp | 1st render differs from the later ones | same |
/// | dot, with clusters | differs from render to render | same |
/// | fdp | differs every time, even between fresh processes | same |
///
/// A fresh `GVC_t` context per render changes none of this, so the session keeps
/// one. The causes and fixes (all in `shim.h`, installed once before the first
/// graph is created):
///
/// 1. **C random state** (sfdp): sfdp's layout depended on where earlier layouts
///    left the C library's `rand()` generator (the first render in a process
///    differed from all later ones). `srand(1)` and `srand48(1)` before every
///    layout give every render the generator state of a fresh process.
/// 2. **Address-valued subgraph IDs** (dot with clusters, cluster order in SVG):
///    cgraph's default ID discipline uses the address of a name string as the ID
///    of a named object, and keeps subgraphs in ID order, so cluster order followed
///    `malloc`. Each distinct subgraph name now gets the next even ID of its root
///    graph in order of first appearance (`cgv_install_sequential_ids`); a name
///    keeps its ID while the graph lives, as before, because engines such as neato
///    create and close same-named subgraphs under other parents. Nodes and edges
///    keep address IDs: giving them counter IDs was measured to make sfdp, neato
///    and twopi vary between processes.
/// 3. **Node addresses compared** (fdp): fdp orients the edges of its derived graph
///    by comparing node addresses (`hd > tl`). Node records now sit in a per-graph
///    arena in creation order (`cgv_install_ordered_nodes`).
///
/// Not covered: a DOT text that asks for randomness itself (`start=random` seeds
/// from the clock), and other Graphviz versions (the fixes are harmless there, but
/// the engines' internals may differ).
enum GraphvizDeterminism {
    /// Installs fixes 2 and 3 (process-wide, once, before any graph exists).
    static func install() {
        cgv_install_sequential_ids()
        cgv_install_ordered_nodes()
    }

    /// Fix 1: call right before every `gvLayout`.
    static func resetRandomState() {
        cgv_reset_random()
    }
}
