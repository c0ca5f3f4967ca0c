import Foundation
import KlyngeGraph
import KlyngeTestSupport

/// One graph of `Fixtures/communities/community_fixtures.json` (made by
/// `make_community_fixtures.py` with NetworkX, igraph and leidenalg).
struct CommunityFixture: Sendable, CustomStringConvertible {
    /// The modularity that the searches reached over the script's seeds.
    struct SearchReference: Sendable {
        let resolution: Double
        /// Library name → (best, mean, worst) over the seeds.
        let reached: [String: (best: Double, mean: Double, worst: Double)]
    }

    let name: String
    let nodeIDs: [String]
    let labelings: [String: [Int]]
    let modularity: [(labeling: String, resolution: Double, value: Double)]
    let search: [SearchReference]
    /// Exact maximum modularity at resolution 1 (igraph `community_optimal_modularity`), small graphs only.
    let optimum: Double?

    var description: String { name }

    /// The graph read from the fixture's edge list (as the NetworkX fixtures read it).
    func graph() throws -> CSRGraph { try Fixtures.load(name).graph() }

    /// Labeling `key` in `g`'s node index order.
    func labels(_ key: String, for g: CSRGraph) -> [Int] {
        guard let byPosition = labelings[key] else { fatalError("\(name): no labeling \(key)") }
        var out = [Int](repeating: 0, count: g.nodeCount)
        for (i, id) in nodeIDs.enumerated() {
            guard let v = g.nodes.index(of: id) else { fatalError("\(name): unknown node \(id)") }
            out[v] = byPosition[i]
        }
        return out
    }
}

/// The agreement cases of the fixture file: two labelings and sklearn's scores.
struct AgreementCase: Sendable, CustomStringConvertible {
    let a: [Int]
    let b: [Int]
    let nmi: Double
    let ari: Double
    var description: String { "n=\(a.count)" }
}

enum CommunityFixtures {
    static let url = Fixtures.folder.appendingPathComponent("communities/community_fixtures.json")

    private static func root() -> [String: Any] {
        guard let data = try? Data(contentsOf: url),
            let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            fatalError("cannot read \(url.path)")
        }
        return obj
    }

    /// The undirected graphs, with modularity values and search references.
    static let graphs: [CommunityFixture] = (root()["graphs"] as? [[String: Any]] ?? []).map(parse)

    /// The directed graphs, with (Leicht–Newman) modularity values only.
    static let directed: [CommunityFixture] = (root()["directed"] as? [[String: Any]] ?? []).map(parse)

    private static func parse(_ g: [String: Any]) -> CommunityFixture {
        let stats: ([String: Any]) -> [String: (best: Double, mean: Double, worst: Double)] = { entry in
            var out: [String: (best: Double, mean: Double, worst: Double)] = [:]
            for (lib, v) in entry {
                guard let s = v as? [String: Any] else { continue }
                out[lib] = (double(s["best"]), double(s["mean"]), double(s["worst"]))
            }
            return out
        }
        return CommunityFixture(
            name: g["name"] as? String ?? "?",
            nodeIDs: g["node_ids"] as? [String] ?? [],
            labelings: (g["labelings"] as? [String: [Any]] ?? [:]).mapValues { $0.map(int) },
            modularity: (g["modularity"] as? [[String: Any]] ?? []).map {
                ($0["labeling"] as? String ?? "?", double($0["resolution"]), double($0["value"]))
            },
            search: (g["search"] as? [[String: Any]] ?? []).map {
                CommunityFixture.SearchReference(resolution: double($0["resolution"]), reached: stats($0))
            },
            optimum: (g["optimum"] as? [String: Any]).map { double($0["modularity"]) }
        )
    }

    static let agreement: [AgreementCase] = (root()["agreement"] as? [[String: Any]] ?? []).map {
        AgreementCase(
            a: ($0["a"] as? [Any] ?? []).map(int),
            b: ($0["b"] as? [Any] ?? []).map(int),
            nmi: double($0["nmi"]),
            ari: double($0["ari"])
        )
    }

    static func graph(named name: String) -> CommunityFixture {
        guard let f = graphs.first(where: { $0.name == name }) else { fatalError("no community fixture \(name)") }
        return f
    }

    private static func double(_ x: Any?) -> Double { (x as? NSNumber)?.doubleValue ?? .nan }
    private static func int(_ x: Any?) -> Int { (x as? NSNumber)?.intValue ?? Int.min }
}

/// `true` when every community of `labels` induces a connected subgraph of `g`.
func communitiesAreConnected(_ g: CSRGraph, _ labels: [Int]) -> Bool {
    var seen = [Bool](repeating: false, count: g.nodeCount)
    var started = Set<Int>()
    for s in 0..<g.nodeCount where !seen[s] {
        // The first node met of each community starts one search; meeting a community twice = split.
        if !started.insert(labels[s]).inserted { return false }
        seen[s] = true
        var stack = [s]
        while let v = stack.popLast() {
            for u in g.neighbors(v).map(Int.init) where !seen[u] && labels[u] == labels[s] {
                seen[u] = true
                stack.append(u)
            }
        }
    }
    return true
}

/// `true` when the labels are `0, 1, 2, …` in order of first occurrence.
func isCanonicalLabeling(_ labels: [Int]) -> Bool {
    var next = 0
    for l in labels {
        if l == next { next += 1 } else if l > next || l < 0 { return false }
    }
    return true
}

/// A small undirected graph from index pairs (ids "0", "1", …).
func smallGraph(nodes n: Int, _ edges: [(Int, Int)], weights: [Double]? = nil) -> CSRGraph {
    var b = GraphBuilder(directed: false, weighted: weights != nil)
    for i in 0..<n { b.addNode("\(i)") }
    for (k, (u, v)) in edges.enumerated() { try! b.addEdge(index: u, index: v, weight: weights?[k] ?? 1) }
    return try! b.build()
}
