import KlyngeEcosystem

extension Ecosystem {
    /// A map of this ecosystem with the parts every member map shares: the dataset's name, the
    /// synthetic-data notice after the `subtitle` lines, and a legend of the colours and shapes
    /// of the members `shown` (plus `extraShapes`).
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
        let shown = Array(shown)
        return MapDescription(
            name: name,
            title: title,
            subtitle: isSynthetic
                ? subtitle + [style.text.language == .english ? syntheticNotice : style.text(.synthetic)] : subtitle,
            nodes: nodes,
            edges: edges,
            legend: MapLegend(
                colors: style.legendColors(shown),
                shapes: style.legendShapes(shown) + extraShapes,
                notes: notes
            ),
            layout: layout
        )
    }
}
