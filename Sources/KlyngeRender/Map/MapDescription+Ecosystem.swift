import KlyngeEcosystem

extension Ecosystem {
    /// A map of this ecosystem with the parts every member map shares: the dataset's name, the
    /// synthetic-data notice after the `subtitle` lines, and a legend of the styling's colours and
    /// `shapes` (by default, the shapes of the members `shown`).
    func memberMap(
        title: String,
        subtitle: [String],
        nodes: [MapNode],
        edges: [MapEdge],
        style: MemberStyling,
        shown: some Sequence<Int>,
        extraShapes: [(label: String, shape: NodeShape)] = [],
        notes: [String],
        layout: LayoutEngine
    ) -> MapDescription {
        MapDescription(
            name: name,
            title: title,
            subtitle: isSynthetic ? subtitle + [syntheticNotice] : subtitle,
            nodes: nodes,
            edges: edges,
            legend: MapLegend(
                colors: style.legendColors,
                shapes: style.legendShapes(shown) + extraShapes,
                notes: notes
            ),
            layout: layout
        )
    }
}
