import ArgumentParser
import KlyngeGraph

/// A library error about the value of one option, with the option the user typed in front of
/// each message: `--for: no member 'Bergn' in …`. The library's messages never name a flag
/// (they do not know the CLI); the CLI adds it here. Reported like the error it wraps: its
/// lines and hint on stderr, exit code 1.
struct OptionError: KlyngeError {
    /// The option as typed on the command line, e.g. `--for`.
    let option: String
    /// What the library threw for the option's value.
    let underlying: any KlyngeError

    var messages: [String] { underlying.messages.map { "\(option): \($0)" } }
    var hint: String? { underlying.hint }
    var description: String { messages.joined(separator: "\n") }
}

/// Runs `body`, a library call on the value of `option`, and re-throws an error it throws about
/// that value with the option's name in front, reported as before: a library error
/// (``KlyngeError``) stays one (exit 1, see `runReportingErrors`), a `ValidationError` stays a
/// usage error (exit 64). With `usage`, a library error becomes a usage error too: for
/// `validate()`, where ArgumentParser prints the usage line and exits 64 for a
/// `ValidationError` only. Other errors (cancellation, exit codes) pass through unchanged;
/// `where` limits the prefix to the errors that come from the option's value.
///
/// ```swift
/// let seeker = try withOption("--for") { try eco.member(matching: name) }
/// // klynge: error: --for: no member 'Bergn' in norwegian-health-supercluster; closest: …
/// let kinds = try withOption("--kind", usage: true) { try MemberKind.parseList(text) }
/// ```
///
/// - Complexity: that of `body`.
func withOption<T>(
    _ option: String,
    usage: Bool = false,
    where isAboutValue: (any Error) -> Bool = { _ in true },
    _ body: () throws -> T
) throws -> T {
    do {
        return try body()
    } catch let error as ValidationError where isAboutValue(error) {
        throw ValidationError("\(option): \(error.message)")
    } catch let error as any KlyngeError where isAboutValue(error) {
        if usage { throw ValidationError(error.messages.map { "\(option): \($0)" }.joined(separator: "\n")) }
        throw OptionError(option: option, underlying: error)
    }
}
