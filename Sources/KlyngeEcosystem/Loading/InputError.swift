import KlyngeGraph

/// A problem with an input file, reported as `file:line: column: message`
/// (line and column left out when they do not apply). Thrown by the edge-list
/// reader; collected, as ``DatasetProblem``, by the dataset validator.
public struct InputError: KlyngeError, Equatable, Sendable, CustomStringConvertible {
    /// The path as the user gave it (`DATASET/members.csv` for a dataset file).
    public let file: String
    /// 1-based physical line (a quoted CSV field with line breaks spans several),
    /// or nil when the problem is the whole file.
    public let line: Int?
    /// The column or field concerned (a CSV column name, or "weight"), if any.
    public let column: String?
    /// What is wrong, in one sentence without a trailing period.
    public let message: String

    public init(file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let column { s += "\(column): " }
        return s + message
    }
}

/// One problem found in a dataset (the same type as ``InputError``).
public typealias DatasetProblem = InputError
