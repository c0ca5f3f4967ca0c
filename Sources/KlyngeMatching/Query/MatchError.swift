import KlyngeGraph

/// A matching request that cannot be answered.
public enum MatchError: KlyngeError, CustomStringConvertible, Sendable, Equatable {
    case badWeights(String)
    case badProfile(String)
    case noCandidates(String)

    public var description: String {
        switch self {
        case .badWeights(let s), .badProfile(let s), .noCandidates(let s): s
        }
    }
}
