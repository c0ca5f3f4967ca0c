import KlyngeGraph

/// A matching request that cannot be answered.
public enum MatchError: KlyngeError, CustomStringConvertible, Sendable, Equatable {
    case badWeights(String)
    case badProfile(String)
    case noCandidates(String)
    /// A value the user typed that names nothing Klynge or the dataset knows (a profile's kind):
    /// a usage error.
    case unknownValue(String)

    public var description: String {
        switch self {
        case .badWeights(let s), .badProfile(let s), .noCandidates(let s), .unknownValue(let s): s
        }
    }
}
