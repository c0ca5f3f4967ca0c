import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeMatching

/// Runs `body`, turning a name the dataset does not know (``UnknownName``: a topic, county,
/// cluster) or a value Klynge does not (``MatchError/unknownValue(_:)``: a profile's kind) into
/// a usage error of `command`: the message, the command's usage line and exit code 64 — what
/// ArgumentParser prints for an option that `validate()` rejects. An unknown topic also points
/// to `klynge topics DATASET`. Such an error about one option's value (``OptionError``, from
/// `withOption`) keeps the option in front.
func usageChecked<Command: ParsableCommand, T>(
    _ command: Command.Type,
    dataset: String,
    _ body: () throws -> T
) throws -> T {
    do {
        return try body()
    } catch {
        guard let message = usageMessage(for: error, dataset: dataset) else { throw error }
        throw usageError(message, of: command)
    }
}

/// The usage-error text for `error`, or nil when it is not a usage error.
private func usageMessage(for error: any Error, dataset: String) -> String? {
    switch error {
    case let error as OptionError:
        return usageMessage(for: error.underlying, dataset: dataset).map { "\(error.option): \($0)" }
    case let error as UnknownName:
        var message = error.description
        if error.field == "topic" {
            message += "\n'klynge topics \(dataset)' lists the topics and the other words understood for each"
        }
        return message
    case MatchError.unknownValue(let message):
        return message
    default:
        return nil
    }
}

/// Writes `message` as ArgumentParser writes a usage error of `command` and returns the exit
/// code to throw (64).
private func usageError(_ message: String, of command: any ParsableCommand.Type) -> ExitCode {
    let name = command.configuration.commandName ?? String(describing: command).lowercased()
    let text =
        "Error: \(message)\nUsage: \(Klynge.usageString(for: command))\n  See 'klynge \(name) --help' for more information.\n"
    FileHandle.standardError.write(Data(text.utf8))
    return ExitCode(64)
}
