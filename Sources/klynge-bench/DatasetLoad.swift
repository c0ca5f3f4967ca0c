import Foundation
import KlyngeEcosystem

/// `klynge-bench load-dataset FOLDER`: times `DatasetLoader().validate(folder:)` (read, decode,
/// parse and check every file, build the ecosystem: what `klynge validate` does, less process
/// start-up and printing) and prints one JSON line: {"task", "file", "members", "projects",
/// "participations", "load_seconds", "compute_seconds", "peak_rss_bytes"}. A dataset with
/// errors fails (exit 2) with its first problems. The `load-dataset` row of `make bench` runs
/// it beside Python's csv.reader on the same files (Scripts/bench/dataset_load.py).
///
/// ```swift
/// timeDatasetLoad(folder: ".bench-data/cordis-h2020-all")  // prints the JSON line, exits 0
/// ```
///
/// - Complexity: that of the loader: O(total bytes + participations · log).
func timeDatasetLoad(folder: String) -> Never {
    let t0 = now()
    let (eco, problems) = DatasetLoader().validate(folder: folder)
    let t1 = now()
    guard let eco else {
        fail("\(folder) does not load: " + problems.prefix(3).map(\.description).joined(separator: "; "))
    }
    let peakBytes: String
    do { peakBytes = "\(try peakRSS())" } catch {
        FileHandle.standardError.write(Data("klynge-bench: peak memory: unavailable (\(error.reason))\n".utf8))
        peakBytes = "null"
    }
    let escaped = folder.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    let fields: [(String, String)] = [
        ("task", "\"load-dataset\""), ("file", "\"\(escaped)\""),
        ("members", "\(eco.members.count)"), ("projects", "\(eco.projects.count)"),
        ("participations", "\(eco.participations.count)"),
        ("load_seconds", String(format: "%.4f", t1 - t0)), ("compute_seconds", "0.0"),
        ("peak_rss_bytes", peakBytes),
    ]
    print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    exit(0)
}
