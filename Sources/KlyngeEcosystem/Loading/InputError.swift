import KlyngeGraph

/// A problem with an input file, reported as `file:line: column: message`
/// (line and column left out when they do not apply). Thrown by the edge-list
/// reader; collected, as ``DatasetProblem``, by the dataset validator, where it may
/// also be a warning or a note (see ``Severity``).
public struct InputError: KlyngeError, Equatable, Sendable, CustomStringConvertible {
    /// How serious a problem is: an error refuses the dataset; a warning (a likely duplicate,
    /// a wrong check digit) and a note (a conversion made, a county taken from the
    /// municipality, no README) are told and never refuse.
    public enum Severity: String, Sendable, Equatable, CaseIterable {
        case error
        case warning
        case note
    }

    /// The path as the user gave it (`DATASET/members.csv` for a dataset file).
    public let file: String
    /// 1-based physical line (a quoted CSV field with line breaks spans several),
    /// or nil when the problem is the whole file.
    public let line: Int?
    /// Further lines the problem concerns (the other rows of a likely duplicate).
    public let otherLines: [Int]
    /// The column or field concerned (a CSV column name, or "weight"), if any.
    public let column: String?
    /// What is wrong, in one sentence without a trailing period.
    public let message: String
    /// ``Severity/error`` unless said otherwise.
    public let severity: Severity

    public init(
        file: String,
        line: Int? = nil,
        column: String? = nil,
        message: String,
        severity: Severity = .error,
        otherLines: [Int] = []
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
        self.otherLines = otherLines
    }

    /// `true` for an error (a problem that refuses the dataset).
    public var isError: Bool { severity == .error }

    /// `file:line: column: message`; a warning or note says so after the place
    /// (`members.csv:5 and :17: warning: likely the same organisation …`).
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        for other in otherLines { s += " and :\(other)" }
        s += ": "
        if severity != .error { s += "\(severity.rawValue): " }
        if let column { s += "\(column): " }
        return s + message
    }
}

/// One problem found in a dataset (the same type as ``InputError``).
public typealias DatasetProblem = InputError
