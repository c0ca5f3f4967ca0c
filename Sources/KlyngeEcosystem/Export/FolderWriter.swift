import Foundation

/// Writes a folder of files atomically: into a temporary folder beside the target, then renamed
/// into place, so a failure leaves no partial folder. Used by `klynge import` (a dataset folder)
/// and the folder exports (``Ecosystem/writeBulkExport(_:to:weighting:years:includeRelations:)``).
///
/// ```swift
/// try FolderWriter.write([("a.csv", "x\n1\n")], to: "/tmp/out", replacing: false)  // "/tmp/out/a.csv"
/// ```
///
/// - Complexity: O(total size of the files).
enum FolderWriter {
    /// Writes `files` (name, text) into a new folder at `path`. An existing `path` is replaced
    /// when `replacing` (the old one removed only after the new one is in place), else an error
    /// saying `existing`. `what` names the folder in messages ("the dataset").
    /// - Throws: ``InputError`` naming the folder; nothing is written then.
    static func write(
        _ files: [(name: String, text: String)],
        to path: String,
        replacing: Bool,
        existing: String = "already exists; give --force to replace it",
        what: String = "the folder"
    ) throws(InputError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        if fm.fileExists(atPath: target.path) && !replacing {
            throw InputError(file: path, message: existing)
        }
        let temporary = parent.appendingPathComponent(".\(name).writing-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: temporary, withIntermediateDirectories: false)
            for (file, text) in files {
                try Data(text.utf8).write(to: temporary.appendingPathComponent(file), options: .atomic)
            }
            if fm.fileExists(atPath: target.path) {
                let old = parent.appendingPathComponent(".\(name).replaced-\(UUID().uuidString)")
                try fm.moveItem(at: target, to: old)
                do {
                    try fm.moveItem(at: temporary, to: target)
                } catch {
                    try? fm.moveItem(at: old, to: target)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: temporary, to: target)
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw InputError(
                file: path,
                message: "cannot write \(what) (\(error.localizedDescription)); nothing written"
            )
        }
    }
}
