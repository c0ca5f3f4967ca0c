/// The one protocol every Klynge library error adopts, so that a caller can report any of
/// them the same way: one line per problem, and perhaps a hint on what to do.
///
/// A message names the data (file, line, column, member, value) and never a command-line
/// flag: the library does not know how it was called. A command-line tool adds the flag
/// when it knows which one the value came from.
///
/// ```swift
/// var builder = GraphBuilder(directed: false, weighted: false)
/// do { try builder.addEdge(index: 0, index: 1) } catch let error as any KlyngeError {
///     for line in error.messages { print("error: \(line)") }  // error: node index 0 is out of range
/// }
/// ```
public protocol KlyngeError: Error, CustomStringConvertible, Sendable {
    /// The problems, one line each (by default the `description` alone).
    var messages: [String] { get }
    /// What to do about it, when there is more to say than the messages (by default nil).
    var hint: String? { get }
}

extension KlyngeError {
    public var messages: [String] { [description] }
    public var hint: String? { nil }
}
