import KlyngeGraph

/// A dataset that failed validation: every problem found, in file then line order.
public struct DatasetError: KlyngeError, Sendable, CustomStringConvertible {
    public let problems: [DatasetProblem]
    public init(problems: [DatasetProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
    /// One line per problem.
    public var messages: [String] { problems.map(\.description) }
}
