import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// A NetworkX reference fixture: an edge list and the values NetworkX computed on it
/// (made by `Tests/KlyngeGraphTests/Fixtures/make_fixtures.py`).
public struct ReferenceFixture: Sendable, CustomStringConvertible {
    public let name: String
    public let directed: Bool
    public let weighted: Bool
    /// Measure name → (node id → value), or nil where NetworkX raised (e.g. no convergence).
    public let measures: [String: [String: Double]?]
    public let edgesPath: String
    /// Whether NetworkX's default stopping rule converges, by measure (converged fixtures only).
    public var defaultConverges: [String: Bool] = [:]

    public var description: String { name }

    /// The graph read from the fixture's edge list.
    public func graph(weighted useWeights: Bool? = nil) throws -> CSRGraph {
        try EdgeListReader(directed: directed, weighted: useWeights ?? weighted).read(path: edgesPath)
    }

    /// Reference values in the graph's index order, or nil when NetworkX raised.
    /// Returns nil also when the fixture lacks the measure (`present` tells).
    public func values(_ measure: String, for g: CSRGraph) -> [Double]? {
        guard let entry = measures[measure], let map = entry else { return nil }
        return g.nodes.ids.map { id in
            guard let v = map[id] else { fatalError("fixture \(name): no \(measure) value for node \(id)") }
            return v
        }
    }

    /// `true` when the fixture has an entry (a value table or null) for `measure`.
    public func has(_ measure: String) -> Bool { measures[measure] != nil }
}

public enum Fixtures {
    /// The folder holding the fixture files.
    public static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("KlyngeGraphTests/Fixtures")
    }

    /// Every fixture, sorted by name.
    public static let all: [ReferenceFixture] = {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return names.map { load(String($0.dropLast(5))) }
    }()

    /// The converged PageRank and eigenvector references (Fixtures/converged, made by
    /// make_converged_fixtures.py), sorted by name.
    public static let converged: [ReferenceFixture] = {
        let dir = folder.appendingPathComponent("converged")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return names.map { load(String($0.dropLast(5)), in: dir) }
    }()

    /// Loads fixture `name` (`name.json` + `name.edges`, or the edge list its `edges_file` names).
    public static func load(_ name: String, in folder: URL = Fixtures.folder) -> ReferenceFixture {
        let url = folder.appendingPathComponent(name + ".json")
        guard let data = try? Data(contentsOf: url),
            let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            fatalError("cannot read fixture \(url.path)")
        }
        var measures: [String: [String: Double]?] = [:]
        for (k, v) in (obj["measures"] as? [String: Any]) ?? [:] {
            if let table = v as? [String: Any] {
                var m: [String: Double] = [:]
                for (node, x) in table { m[node] = (x as? NSNumber)?.doubleValue ?? .nan }
                measures[k] = .some(m)
            } else {
                measures[k] = .some(nil)
            }
        }
        return ReferenceFixture(
            name: name,
            directed: obj["directed"] as? Bool ?? false,
            weighted: obj["weighted"] as? Bool ?? false,
            measures: measures,
            edgesPath: folder.appendingPathComponent(obj["edges_file"] as? String ?? name + ".edges").standardized.path,
            defaultConverges: obj["networkx_default_converges"] as? [String: Bool] ?? [:]
        )
    }
}

/// The largest relative difference between two vectors (differences below
/// `floor` count as 0), with the index where it occurs; a NaN in only one of
/// them counts as an infinite error.
public func maxRelativeError(_ a: [Double], _ b: [Double], floor: Double = 1e-12) -> (error: Double, index: Int) {
    precondition(a.count == b.count, "length \(a.count) vs \(b.count)")
    var worst = (error: 0.0, index: -1)
    for i in a.indices {
        if a[i].isNaN || b[i].isNaN {
            if a[i].isNaN != b[i].isNaN { return (.infinity, i) }
            continue
        }
        let diff = abs(a[i] - b[i])
        let e = diff <= floor ? 0 : diff / max(abs(b[i]), floor)
        if e > worst.error { worst = (e, i) }
    }
    return worst
}
