/// Graphviz DOT text, written statement by statement: the one place that knows DOT's
/// grammar (the graph header, quoted IDs, `--` or `->`, attribute lists, `;`, the closing
/// brace). The collaboration export and every map are written with it.
///
/// Attributes are given as `name=value` text whose values are already escaped for their
/// kind (``Escape/dotID(_:)``, ``Escape/graphvizLabel(_:)``, an HTML-like `<…>` label…);
/// node and edge IDs are quoted here with ``Escape/dotID(_:)``.
///
/// ```swift
/// var dot = DOTWriter(name: "tiny")
/// dot.node("a", ["label=\(Escape.dotID("Alpha & co"))"])
/// dot.edge("a", "b", ["weight=2"])
/// let text = dot.text  // graph "tiny" {\n  "a" [label="Alpha & co"];\n  "a" -- "b" [weight=2];\n}\n
/// ```
public struct DOTWriter: Sendable {
    /// The statements a graph's defaults apply to.
    public enum Defaults: String, Sendable {
        case graph, node, edge
    }

    private var body: String
    private let edgeOperator: String

    /// Starts `graph "name" {` (or `digraph` when `directed`).
    /// - Complexity: O(length of `name`).
    public init(name: String, directed: Bool = false) {
        body = (directed ? "digraph " : "graph ") + Escape.dotID(name) + " {\n"
        edgeOperator = directed ? " -> " : " -- "
    }

    /// The document so far, closed: every statement, then `}` and a newline.
    public var text: String { body + "}\n" }

    /// A `// line` comment (`line` must not contain a line break).
    public mutating func comment(_ line: String) { body += "  // " + line + "\n" }

    /// A default-attribute statement, `graph [list];`, with `list` written as given (it may
    /// wrap lines).
    public mutating func defaults(_ target: Defaults, _ list: String) {
        body += "  " + target.rawValue + " [" + list + "];\n"
    }

    /// A node statement: the quoted `id`, then its attributes joined by `, `.
    /// - Complexity: O(length of the statement).
    public mutating func node(_ id: String, _ attributes: [String]) {
        body += "  " + Escape.dotID(id) + Self.list(attributes) + ";\n"
    }

    /// An edge statement between the quoted ids `source` and `target`.
    /// - Complexity: O(length of the statement).
    public mutating func edge(_ source: String, _ target: String, _ attributes: [String]) {
        body += "  " + Escape.dotID(source) + edgeOperator + Escape.dotID(target) + Self.list(attributes) + ";\n"
    }

    private static func list(_ attributes: [String]) -> String {
        attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
    }
}
