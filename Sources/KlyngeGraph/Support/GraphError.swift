/// Errors raised while building a graph or running an algorithm on it.
public enum GraphError: KlyngeError, Equatable, Sendable, CustomStringConvertible {
    /// An edge weight that is NaN, infinite, zero or negative.
    case invalidWeight(source: String, target: String, weight: Double)
    /// A self-loop under ``SelfLoopPolicy/reject``.
    case selfLoop(node: String)
    /// A node index outside `0..<nodeCount`.
    case nodeOutOfRange(Int)
    /// A node id that the graph does not hold.
    case unknownNode(String)
    /// A power iteration that did not reach its tolerance.
    case notConverged(algorithm: String, iterations: Int)
    /// A parameter outside its domain (the message names it).
    case invalidParameter(String)
    /// More nodes or arcs than `Int32` indices allow.
    case tooLarge

    public var description: String {
        switch self {
        case let .invalidWeight(s, t, w):
            return "edge \(s) – \(t): weight \(w) is not a positive finite number"
        case let .selfLoop(node): return "self-loop at \(node) is not allowed"
        case let .nodeOutOfRange(i): return "node index \(i) is out of range"
        case let .unknownNode(id): return "unknown node '\(id)'"
        case let .notConverged(a, it): return "\(a) did not converge in \(it) iterations"
        case let .invalidParameter(m): return m
        case .tooLarge: return "graph too large for 32-bit node indices"
        }
    }
}
