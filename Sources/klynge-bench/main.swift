// klynge-bench TASK FILE [--threads N] [--k K] [--seed S] [--epsilon E] [--delta D] [--directed] [--weighted] [--fixed]
// klynge-bench betweenness-batched|betweenness-single|betweenness-auto FILE [--k K] [--seed S]
//                 (exact-betweenness kernels compared on the first K nodes of a seeded shuffle;
//                  adds the probe's "level_spread" and the kernel "automatic_kernel" picks)
// klynge-bench load-dataset FOLDER   (DatasetLoad.swift: times loading a dataset folder;
//                                     read-dataset: only its reading, for profiles)
//
// Times one task of KlyngeGraph on one edge-list file and prints one JSON line:
// {"task", "file", "nodes", "edges", "load_seconds", "compute_seconds", "load_cpu_seconds",
//  "compute_cpu_seconds", "peak_rss_bytes", "csr_bytes", "checksum"} (CPU seconds: user + system
// of all threads, which a loaded machine does not inflate as it does wall time). Loading (parse + CSR build) is timed
// separately from computing; when the peak memory cannot be read, "peak_rss_bytes" is null
// and stderr says why ("peak memory: unavailable (…)"). Driven by Scripts/bench/run.sh
// (`make bench`), which runs NetworkX, igraph and NetworKit on the same files.
import Foundation
import KlyngeEcosystem
import KlyngeGraph

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("klynge-bench: \(message)\n".utf8))
    exit(2)
}

var args = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    let v = args[i + 1]
    args.removeSubrange(i...i + 1)
    return v
}
@MainActor func flag(_ name: String) -> Bool {
    guard let i = args.firstIndex(of: name) else { return false }
    args.remove(at: i)
    return true
}
let threads = option("--threads").flatMap(Int.init)
let k = option("--k").flatMap(Int.init) ?? 1000
let seed = option("--seed").flatMap(UInt64.init) ?? 42
let epsilon = option("--epsilon").flatMap(Double.init) ?? 0.01
let delta = option("--delta").flatMap(Double.init) ?? 0.1
let directed = flag("--directed")
let weighted = flag("--weighted")
let fixedSampleSize = flag("--fixed")  // eps-betweenness: Riondato–Kornaropoulos' fixed r, not KADABRA's rule
let contiguous = flag("--contiguous")  // kernel comparison: sources 0..<k, as exact betweenness batches them
guard args.count == 2 else {
    fail(
        "usage: klynge-bench TASK FILE [--threads N] [--k K] [--seed S] [--epsilon E] [--delta D] [--directed] [--weighted] [--fixed]"
    )
}
let (task, file) = (args[0], args[1])

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Why the peak memory could not be read.
struct PeakMemoryUnavailable: Error {
    var reason: String
}

/// The peak resident set size in bytes: VmHWM in /proc/self/status (kB; Linux only).
func peakRSS() throws(PeakMemoryUnavailable) -> Int {
    let path = "/proc/self/status"
    let status: String
    do { status = try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw PeakMemoryUnavailable(reason: "cannot read \(path): \(error.localizedDescription)")
    }
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else {
        throw PeakMemoryUnavailable(reason: "no VmHWM line in \(path)")
    }
    guard let kb = line.split(whereSeparator: \.isWhitespace).compactMap({ Int($0) }).first else {
        throw PeakMemoryUnavailable(reason: "no number in '\(line)'")
    }
    return kb * 1024
}

if task == "load-dataset" || task == "read-dataset" {  // FILE is a dataset folder
    timeDatasetLoad(folder: file, readOnly: task == "read-dataset")
}
let t0 = now()
let c0 = cpuSeconds()
let graph: CSRGraph
do { graph = try EdgeListReader(directed: directed, weighted: weighted, threads: threads).read(path: file) } catch {
    fail(error.description)
}
let t1 = now()
let c1 = cpuSeconds()
var checksum = 0.0
var extra: [(String, String)] = []  // task-specific fields of the JSON line
do {
    switch task {
    case "load": break
    case "betweenness": checksum = try graph.betweenness(weighted: weighted, threads: threads).reduce(0, +)
    case "betweenness-batched", "betweenness-single", "betweenness-auto", "betweenness-lanes":
        // Kernel comparison: dependency sums from the first --k of a seeded shuffle of the
        // nodes (all nodes when --k ≥ node count), by the kernel the task names.
        let kernel: BrandesKernel =
            task.hasSuffix("batched")
            ? .batched
            : task.hasSuffix("single") ? .singleSource : task.hasSuffix("lanes") ? .lanes : .automatic
        var rng = SplitMix64(seed: seed)
        let sources =
            contiguous
            ? Array(0..<Int32(min(k, graph.nodeCount)))
            : Array((0..<Int32(graph.nodeCount)).shuffled(using: &rng).prefix(k)).sorted()
        let spreadStart = now()
        let spread = graph.batchLevelSpread()
        extra.append(("level_spread", String(format: "%.3f", spread)))
        extra.append(("probe_seconds", String(format: "%.4f", now() - spreadStart)))
        extra.append(("sources", "\(sources.count)"))
        let lane = graph.laneProbe()
        extra.append(("lane_entries", String(format: "%.0f", lane.entries)))
        extra.append(("lane_arcs", String(format: "%.0f", lane.arcs)))
        extra.append(("lane_rounds", String(format: "%.1f", lane.rounds)))
        extra.append(
            (
                "automatic_kernel",
                graph.prefersLaneBrandes()
                    ? "\"lanes\"" : graph.prefersSingleSourceBrandes() ? "\"single\"" : "\"batched\""
            )
        )
        checksum = try graph.betweennessSums(
            sources: sources,
            endpoints: false,
            weighted: false,
            kernel: kernel,
            threads: threads,
            control: nil
        ).reduce(0, +)
    case "closeness": checksum = try graph.closeness(weighted: weighted, threads: threads).reduce(0, +)
    case "harmonic": checksum = try graph.harmonic(weighted: weighted, threads: threads).reduce(0, +)
    case "pagerank": checksum = try graph.pagerank(weighted: weighted, threads: threads).reduce(0, +)
    case "components": checksum = Double(graph.weaklyConnectedComponents().count)
    case "core": checksum = Double(graph.coreNumbers().max() ?? 0)
    case "approx-betweenness":
        checksum = try graph.betweenness(sampledSources: k, seed: seed, weighted: weighted, threads: threads).reduce(
            0,
            +
        )
    case "eps-betweenness":
        let estimate = try graph.approximateBetweenness(
            epsilon: epsilon,
            delta: delta,
            seed: seed,
            weighted: weighted,
            stopping: fixedSampleSize ? .fixed : .adaptive,
            threads: threads
        )
        checksum = estimate.scores.reduce(0, +)
        extra.append(("samples", "\(estimate.samples)"))
        extra.append(("calibration_samples", "\(estimate.calibrationSamples)"))
        extra.append(("sample_cap", "\(estimate.sampleCap)"))
        extra.append(("vertex_diameter_bound", "\(estimate.vertexDiameterBound)"))
    case "clustering": checksum = graph.clustering(weighted: weighted, threads: threads).reduce(0, +)
    case "eigenvector": checksum = try graph.eigenvector(weighted: weighted).reduce(0, +)
    case "structural-holes":
        let h = graph.structuralHoles(weighted: weighted, threads: threads)
        checksum = h.constraint.filter { !$0.isNaN }.reduce(0, +) + h.effectiveSize.filter { !$0.isNaN }.reduce(0, +)
    case "constraint":
        checksum = graph.structuralHoles(weighted: weighted, threads: threads).constraint.filter { !$0.isNaN }.reduce(
            0,
            +
        )
    case "brokerage":
        // Three groups by node index, as the sna fixtures use.
        let roles = graph.brokerageRoles(group: (0..<graph.nodeCount).map { $0 % 3 }, threads: threads)
        checksum = roles.raw.reduce(0) { $0 + $1[5] }
    case "louvain": checksum = try graph.louvain(seed: seed).modularity
    case "leiden": checksum = try graph.leiden(seed: seed, iterations: 2).modularity  // igraph's default n_iterations
    case "match-query":
        // What one `klynge match` query computes on the graph, for the 20 seekers labelled
        // i·n/20: personalised PageRank (α 0.85, ε 10⁻⁶) and Adamic–Adar to every node.
        let all = Array(0..<graph.nodeCount)
        for i in 0..<20 {
            guard let s = graph.nodes.index(of: String(i * graph.nodeCount / 20)) else {
                fail("no node \(i * graph.nodeCount / 20)")
            }
            checksum += graph.personalizedPageRank(from: s).reduce(0, +)
            checksum += graph.linkScores(.adamicAdar, from: s, to: all).reduce(0, +)
        }
    default: fail("unknown task '\(task)'")
    }
} catch { fail("\(error)") }
let t2 = now()
let c2 = cpuSeconds()
let peakBytes: String
do { peakBytes = "\(try peakRSS())" } catch {
    FileHandle.standardError.write(Data("klynge-bench: peak memory: unavailable (\(error.reason))\n".utf8))
    peakBytes = "null"
}
let fields: [(String, String)] =
    [
        ("task", "\"\(task)\""), ("file", "\"\(file)\""),
        ("nodes", "\(graph.nodeCount)"), ("edges", "\(graph.edgeCount)"),
        ("load_seconds", String(format: "%.4f", t1 - t0)), ("compute_seconds", String(format: "%.4f", t2 - t1)),
        ("load_cpu_seconds", String(format: "%.3f", c1 - c0)), ("compute_cpu_seconds", String(format: "%.3f", c2 - c1)),
        ("peak_rss_bytes", peakBytes), ("csr_bytes", "\(graph.storageBytes)"),
        ("threads", "\(threads ?? defaultThreadCount)"), ("checksum", "\(checksum)"),
    ] + extra
print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
