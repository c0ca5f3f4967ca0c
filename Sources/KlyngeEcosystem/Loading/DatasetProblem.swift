/// One problem found in a dataset, printed as `file:line: column: message`
/// (line and column left out when they do not apply).
public struct DatasetProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user would name it (`DATASET/members.csv`).
    public let file: String
    /// 1-based physical line (a quoted field with line breaks spans several).
    public let line: Int?
    public let column: String?
    public let message: String

    public init(file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let column { s += "\(column): " }
        return s + message
    }
}

/// A dataset that failed validation: every problem found, in file then line order.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public let problems: [DatasetProblem]
    public init(problems: [DatasetProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
