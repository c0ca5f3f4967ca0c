import Foundation
import KlyngeTestSupport

/// The registers `klynge import` is tested on (Registers/, see its README) and the files it writes.
enum RegisterFiles {
    static let folder = "Tests/klyngeTests/Registers"

    /// The text of `path`, relative to the package root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: Klynge.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The text of a written file.
    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The CSV files of the dataset written at `out` that differ from `CASE/expected/` (empty when
    /// members, projects and participations all match byte for byte).
    static func differences(_ out: URL, expected folderCase: String) throws -> [String] {
        try ["members.csv", "projects.csv", "participations.csv"].filter { file in
            try read(out.appendingPathComponent(file)) != text(folder + "/" + folderCase + "/expected/" + file)
        }
    }

    /// Runs `klynge import ARGUMENTS -o OUT` with OUT a new folder's `register` (not yet there).
    static func runImport(_ arguments: [String]) throws -> (result: CommandResult, out: URL) {
        let out = try Klynge.temporaryFolder().appendingPathComponent("register")
        return (try Klynge.run(["import"] + arguments + ["-o", out.path]), out)
    }
}
