import KlyngeEcosystem
import KlyngeGraph

/// A request the server cannot answer as asked: the parameter at fault, what is wrong with it in
/// the CLI's words, and the HTTP status it is answered with (400; 404 for a member that does
/// not exist, with the closest ones).
///
/// ```swift
/// let e = ParameterError("top", "must be at most 1000")
/// e.description  // "top: must be at most 1000"
/// e.status       // 400
/// ```
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The query parameter (or path part) at fault, as the request names it; nil when the
    /// request as a whole cannot be answered (no candidate passes the filters).
    public var parameter: String?
    /// The library's message, without the parameter in front.
    public var message: String
    /// 400, or 404 for an unknown member.
    public var status: Int
    /// For an unknown member: the ids of the closest members, nearest first.
    public var closest: [String]

    public init(_ parameter: String?, _ message: String, status: Int = 400, closest: [String] = []) {
        self.parameter = parameter
        self.message = message
        self.status = status
        self.closest = closest
    }

    /// `parameter: message`, as the CLI prefixes an option's error (`--for: no member …`).
    public var description: String { parameter.map { "\($0): \(message)" } ?? message }
}

/// Runs `body`, a library call on the value of `parameter`, and re-throws a library error as a
/// ``ParameterError`` naming the parameter: the CLI's `withOption` for the web. A member that
/// does not exist is a 404 with the closest members; an ambiguous name a 400 listing them.
///
/// ```swift
/// let seeker = try parameter("for") { try eco.member(matching: text) }
/// // ParameterError: for: no member 'Bergn' in norwegian-health-supercluster; closest: …
/// ```
///
/// - Complexity: that of `body`.
public func parameter<T>(_ name: String, _ body: () throws -> T) throws(ParameterError) -> T {
    do {
        return try body()
    } catch let error as ParameterError {
        throw error
    } catch let error as MemberLookupError {
        throw ParameterError(
            name,
            error.description,
            status: error.isAmbiguous ? 400 : 404,
            closest: error.suggestions
        )
    } catch let error as any KlyngeError {
        throw ParameterError(name, error.messages.joined(separator: "; "))
    } catch {
        throw ParameterError(name, String(describing: error))
    }
}
