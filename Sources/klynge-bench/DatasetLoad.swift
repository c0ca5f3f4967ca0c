import Foundation
import KlyngeEcosystem

/// `klynge-bench load-dataset FOLDER`: times `DatasetLoader(fillsDefaultTopics: false)
/// .validate(folder:)` (read, decode, parse and check every file, build the ecosystem: what
/// `klynge validate` does, less process start-up and printing), then the reading alone (every CSV file decoded and parsed into a
/// `CSVTable`, nothing checked), then the checking alone (those tables checked and built into
/// the ecosystem: `DatasetLoader.validate(tables:)`), and prints one JSON line: {"task", "file",
/// "members", "projects", "participations", "load_seconds", "compute_seconds", "read_seconds",
/// "check_seconds", "rows", "load_cpu_seconds", "read_cpu_seconds", "check_cpu_seconds",
/// "peak_rss_bytes"} (the CPU times of the process,
/// steadier than wall-clock time on a busy machine). A dataset with
/// errors fails (exit 2) with its first problems. The `load-dataset` row of `make bench` runs
/// it beside Python's csv.reader on the same files (Scripts/bench/dataset_load.py).
///
/// ```swift
/// timeDatasetLoad(folder: ".bench-data/cordis-h2020-all")  // prints the JSON line, exits 0
/// ```
///
/// - Complexity: that of the loader: O(total bytes + participations · log).
func timeDatasetLoad(folder: String, readOnly: Bool = false) -> Never {
    let (t0, c0) = (now(), cpuSeconds())
    let loader = DatasetLoader(fillsDefaultTopics: false)  // as `klynge validate` loads
    let (eco, problems) = readOnly ? (nil, []) : loader.validate(folder: folder)
    let (t1, c1) = (now(), cpuSeconds())
    guard let eco = eco ?? (readOnly ? Ecosystem(name: "", members: [], projects: [], participations: []) : nil) else {
        fail("\(folder) does not load: " + problems.prefix(3).map(\.description).joined(separator: "; "))
    }
    // The reading alone (decode and parse every CSV file into a CSVTable), timed again apart.
    let (t2, c2) = (now(), cpuSeconds())
    var rows = 0
    var tables: [String: CSVTable] = [:]
    for name in ["members.csv", "projects.csv", "participations.csv", "relations.csv"] {
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { continue }
        var readProblems: [DatasetProblem] = []
        tables[name] = CSVTable.read(path: path, file: path, problems: &readProblems)
        rows += tables[name]?.rowCount ?? 0
    }
    let (t3, c3) = (now(), cpuSeconds())
    // The peak memory of the loading (the timing below adds a second ecosystem).
    let peakBytes: String
    do { peakBytes = "\(try peakRSS())" } catch {
        FileHandle.standardError.write(Data("klynge-bench: peak memory: unavailable (\(error.reason))\n".utf8))
        peakBytes = "null"
    }
    // The checking alone: the tables just read, checked and built into the ecosystem.
    let (t4, c4) = (now(), cpuSeconds())
    if !readOnly {
        let read = DatasetTables(
            name: folder,
            readme: "",
            members: tables["members.csv"],
            projects: tables["projects.csv"],
            participations: tables["participations.csv"],
            relations: tables["relations.csv"]
        )
        _ = loader.validate(tables: read)
    }
    let (t5, c5) = (now(), cpuSeconds())
    let escaped = folder.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    let fields: [(String, String)] = [
        ("task", readOnly ? "\"read-dataset\"" : "\"load-dataset\""), ("file", "\"\(escaped)\""),
        ("members", "\(eco.members.count)"), ("projects", "\(eco.projects.count)"),
        ("participations", "\(eco.participations.count)"),
        ("load_seconds", String(format: "%.4f", t1 - t0)), ("compute_seconds", "0.0"),
        ("read_seconds", String(format: "%.4f", t3 - t2)), ("check_seconds", String(format: "%.4f", t5 - t4)),
        ("rows", "\(rows)"),
        ("load_cpu_seconds", String(format: "%.4f", c1 - c0)), ("read_cpu_seconds", String(format: "%.4f", c3 - c2)),
        ("check_cpu_seconds", String(format: "%.4f", c5 - c4)),
        ("peak_rss_bytes", peakBytes),
    ]
    print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    exit(0)
}

/// CPU time used by the process so far (user + system, every thread), in seconds.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
