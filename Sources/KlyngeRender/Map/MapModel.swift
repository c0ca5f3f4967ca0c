/// A plain description of a map: what to draw, in Graphviz's vocabulary of shapes,
/// colours and sizes, but no layout. Map builders (``Ecosystem/superclusterMap(_:)`` and
/// the others) make one from a dataset; ``MapDescription/dot`` writes it as DOT and
/// ``MapDescription/render(_:engine:)`` draws it with Graphviz in-process.
public struct MapDescription: Sendable, Equatable {
    /// The DOT graph name (the dataset's name).
    public var name: String
    /// The heading drawn above the map.
    public var title: String
    /// Lines under the title: what is shown, the date of the data, a synthetic-data notice.
    public var subtitle: [String]
    public var nodes: [MapNode]
    public var edges: [MapEdge]
    public var legend: MapLegend
    /// The layout engine this map is drawn with unless the caller chooses another.
    public var layout: LayoutEngine

    public init(
        name: String,
        title: String,
        subtitle: [String] = [],
        nodes: [MapNode] = [],
        edges: [MapEdge] = [],
        legend: MapLegend = MapLegend(),
        layout: LayoutEngine = .sfdp
    ) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.nodes = nodes
        self.edges = edges
        self.legend = legend
        self.layout = layout
    }
}

/// One drawn node. Its `id` becomes the DOT node name and the SVG element id.
public struct MapNode: Sendable, Equatable {
    public var id: String
    /// Text inside the node; empty for none (the node is then drawn at exactly `size`).
    public var label: String
    /// Hover text in SVG: full name, kind, clusters, centralities.
    public var tooltip: String
    /// Fill colours (`#rrggbb`). Several draw a pie (round shapes) or stripes (boxes).
    public var fill: [String]
    public var shape: NodeShape
    /// Width and height in inches (the minimum when the node has a label).
    public var size: Double
    /// A highlighted node gets a thick border in this colour.
    public var highlight: String?
    /// Label font size in points.
    public var fontSize: Double
    /// Text-only node (cluster names placed among their members): no shape, coloured text.
    public var isCaption: Bool

    public init(
        id: String,
        label: String = "",
        tooltip: String = "",
        fill: [String] = ["#dddddd"],
        shape: NodeShape = .ellipse,
        size: Double = 0.2,
        highlight: String? = nil,
        fontSize: Double = 10,
        isCaption: Bool = false
    ) {
        self.id = id
        self.label = label
        self.tooltip = tooltip
        self.fill = fill
        self.shape = shape
        self.size = size
        self.highlight = highlight
        self.fontSize = fontSize
        self.isCaption = isCaption
    }
}

/// One drawn (or invisible, layout-only) edge between two ``MapNode`` ids.
public struct MapEdge: Sendable, Equatable {
    public enum Style: String, Sendable {
        case solid, dashed, bold
        case invisible = "invis"
    }
    public var source: String
    public var target: String
    /// Line width in points.
    public var width: Double
    /// `#rrggbb` or `#rrggbbaa`.
    public var color: String
    public var style: Style
    /// Text at the middle of the edge.
    public var label: String
    public var tooltip: String
    /// How strongly the layout pulls the ends together (Graphviz `weight`; 1 is neutral).
    public var pull: Double

    public init(
        source: String,
        target: String,
        width: Double = 1,
        color: String = "#99999980",
        style: Style = .solid,
        label: String = "",
        tooltip: String = "",
        pull: Double = 1
    ) {
        self.source = source
        self.target = target
        self.width = width
        self.color = color
        self.style = style
        self.label = label
        self.tooltip = tooltip
        self.pull = pull
    }
}

/// The key drawn under the title.
public struct MapLegend: Sendable, Equatable {
    /// Colour swatches: what each fill colour means.
    public var colors: [(label: String, color: String)]
    /// Shapes: what each node shape means.
    public var shapes: [(label: String, shape: NodeShape)]
    /// Sentences on sizes, widths, highlights.
    public var notes: [String]
    /// Numbered keys and what each stands for (an ego map's projects), under ``keysHeading``.
    public var keys: [(key: String, text: String)] = []
    public var keysHeading = ""

    public init(
        colors: [(label: String, color: String)] = [],
        shapes: [(label: String, shape: NodeShape)] = [],
        notes: [String] = []
    ) {
        self.colors = colors
        self.shapes = shapes
        self.notes = notes
    }

    public static func == (a: MapLegend, b: MapLegend) -> Bool {
        a.colors.elementsEqual(b.colors) { $0 == $1 } && a.shapes.elementsEqual(b.shapes) { $0 == $1 }
            && a.notes == b.notes && a.keys.elementsEqual(b.keys) { $0 == $1 } && a.keysHeading == b.keysHeading
    }
}

/// The node shapes maps use, with a text glyph that stands for each in the legend
/// (the legend is an HTML-like table, which can colour cells but not draw shapes).
public enum NodeShape: String, Sendable, CaseIterable {
    case ellipse, box, diamond, triangle, hexagon, house, star, invtriangle, pentagon, doublecircle, circle, note

    /// A character of DejaVu Sans (installed with Graphviz's fonts) that looks like the shape.
    public var glyph: String {
        switch self {
        case .ellipse: "●"
        case .box: "■"
        case .note: "▭"
        case .diamond: "◆"
        case .triangle: "▲"
        case .hexagon: "⬢"
        case .house: "⌂"
        case .star: "★"
        case .invtriangle: "▼"
        case .pentagon: "⬟"
        case .doublecircle: "◎"
        case .circle: "○"
        }
    }

    /// Graphviz can fill this shape with several colours: `wedged` for round shapes,
    /// `striped` for boxes; other shapes show a second colour as a thick border.
    var multiFillStyle: String? {
        switch self {
        case .ellipse, .circle, .doublecircle: "wedged"
        case .box: "striped"
        default: nil
        }
    }
}
