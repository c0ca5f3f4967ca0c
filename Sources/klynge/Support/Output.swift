import Foundation
import KlyngeGraph

/// A failure writing the output file.
struct OutputError: KlyngeError {
    let description: String
}

enum Output {
    /// Writes `text` to `path` atomically (a temporary file in the same folder,
    /// then a rename), or to standard output when `path` is nil. Refuses to
    /// overwrite any of the `protecting` inputs: a file, or any file directly
    /// inside a protected folder (a dataset's CSV files and README).
    static func write(_ text: String, to path: String?, protecting inputs: [String]) throws {
        try write(Data(text.utf8), to: path, protecting: inputs)
    }

    /// Writes `data` as ``write(_:to:protecting:)`` writes text.
    static func write(_ data: Data, to path: String?, protecting inputs: [String]) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let url = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            var isDir: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
            let clobbers =
                url == target
                || (isFolder && target.deletingLastPathComponent() == url
                    && FileManager.default.fileExists(atPath: target.path))
            if clobbers { throw OutputError(description: "\(path): refusing to overwrite the input file") }
        }
        do {
            try data.write(to: target, options: .atomic)
        } catch {
            throw OutputError(description: "\(path): cannot write (\(error.localizedDescription))")
        }
    }
}
