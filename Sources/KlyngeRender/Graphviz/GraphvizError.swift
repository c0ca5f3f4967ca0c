import KlyngeGraph

/// A failure reported by Graphviz (or by the setup around it), with Graphviz's own text.
///
/// ``message`` is what Graphviz wrote to its error channel, e.g.
/// `Error: syntax error in line 1 near ';'`; ``stage`` and ``context`` say what
/// Klynge was doing at the time.
public struct GraphvizError: KlyngeError, CustomStringConvertible, Sendable, Equatable {
    /// The step that failed.
    public enum Stage: String, Sendable {
        /// Creating the Graphviz context or finding its plugins.
        case setup
        /// Reading the DOT text (`agmemread`).
        case parse
        /// Running the layout engine (`gvLayout`).
        case layout
        /// Producing the output bytes (`gvRenderData`).
        case render
    }

    /// The step that failed.
    public let stage: Stage
    /// Graphviz's own message (its error and warning lines, trimmed), or, when
    /// Graphviz said nothing, a description of the failure written by Klynge.
    public let message: String
    /// What Klynge was doing, e.g. `laying out with sfdp`.
    public let context: String

    public init(stage: Stage, message: String, context: String) {
        self.stage = stage
        self.message = message
        self.context = context
    }

    public var description: String { "Graphviz failed \(context): \(message)" }
}
