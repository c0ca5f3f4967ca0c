/// A dataset that failed validation: every problem found, in file then line order.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public let problems: [DatasetProblem]
    public init(problems: [DatasetProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
