/// A problem with an input file, reported as `file:line: message` (or
/// `file: message` when it concerns the whole file).
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as the user gave it.
    public let file: String
    /// 1-based line number, or nil when the problem is the whole file.
    public let line: Int?
    /// The field concerned (a column name or "weight"), if any.
    public let field: String?
    /// What is wrong, in one sentence without a trailing period.
    public let message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file; self.line = line; self.field = field; self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let field { s += "\(field): " }
        return s + message
    }
}
