import Foundation
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// Structural holes against NetworkX, brokerage roles against R sna, cut vertices and
/// bridges against NetworkX, sole bridges against hand-worked examples.
@Suite("structural holes and brokerage")
struct BrokerageTests {
    static let graphs = [
        "florentine", "karate", "lesmis", "davis", "directed", "directed_weighted", "gnp250_directed",
        "gnp300", "disconnected", "star8", "path10", "ba400",
    ]
    static let folder = Fixtures.folder.appendingPathComponent("brokerage")

    static func holes(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".holes.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func reference(_ obj: [String: Any], _ measure: String, ids: [String]) throws -> [Double] {
        let measures = try #require(obj["measures"] as? [String: Any])
        let table = try #require(measures[measure] as? [String: Any], "no \(measure)")
        return ids.map { (table[$0] as? NSNumber)?.doubleValue ?? .nan }
    }

    @Test("constraint, effective size and hierarchy equal NetworkX's", arguments: graphs)
    func structuralHoles(_ name: String) throws {
        let fixture = Fixtures.load(name)
        let obj = try Self.holes(name)
        for weighted in fixture.weighted ? [false, true] : [false] {
            let g = try fixture.graph(weighted: weighted)
            let ids = g.nodes.ids
            let suffix = weighted ? "_weighted" : ""
            for threads in [1, 3] {
                let h = g.structuralHoles(weighted: weighted, threads: threads)
                for (measure, ours) in [
                    ("constraint", h.constraint), ("effective_size", h.effectiveSize), ("hierarchy", h.hierarchy),
                ] {
                    let err = maxRelativeError(ours, try Self.reference(obj, measure + suffix, ids: ids), floor: 1e-12)
                    #expect(
                        err.error < 1e-9,
                        "\(name) \(measure)\(suffix): \(err.error) at \(err.index >= 0 ? ids[err.index] : "-")"
                    )
                }
                let eff = try Self.reference(obj, "effective_size" + suffix, ids: ids)
                let ratio = (0..<g.nodeCount).map { eff[$0] / Double(g.undirected().degree($0)) }
                #expect(maxRelativeError(h.efficiency, ratio).error < 1e-9)
            }
        }
    }

    @Test("articulation points and bridges equal NetworkX's", arguments: graphs)
    func cutVertices(_ name: String) throws {
        let g = try Fixtures.load(name).graph()
        let obj = try Self.holes(name)
        let (points, bridges) = g.cutVerticesAndBridges()
        #expect(Set(points.map { g.nodes[$0] }) == Set(try #require(obj["articulation_points"] as? [String])))
        let want = try #require(obj["bridges"] as? [[String]]).map { Set($0) }
        #expect(Set(bridges.map { Set([g.nodes[$0.0], g.nodes[$0.1]]) }) == Set(want))
        #expect(bridges.count == want.count)
    }

    /// `NAME.sna.csv` as node id → column → value (R prints NaN, Inf, -Inf).
    static func sna(_ name: String) throws -> [String: [String: Double]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".sna.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
        }
        let header = rows[0]
        var out: [String: [String: Double]] = [:]
        for r in rows.dropFirst() {
            var m: [String: Double] = [:]
            for (i, col) in header.enumerated().dropFirst() {
                m[col] =
                    switch r[i] {
                    case "NaN", "NA": .nan
                    case "Inf": .infinity
                    case "-Inf": -.infinity
                    default: Double(r[i])
                    }
            }
            out[r[0]] = m
        }
        return out
    }

    @Test("Gould–Fernandez roles, expectations and z-scores equal R sna::brokerage", arguments: graphs)
    func brokerage(_ name: String) throws {
        let g = try Fixtures.load(name).graph(weighted: false)
        let groupText = try String(
            contentsOf: Self.folder.appendingPathComponent(name + ".groups.tsv"),
            encoding: .utf8
        )
        var groupOf: [String: Int] = [:]
        for line in groupText.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t")
            groupOf[String(f[0])] = Int(f[1])
        }
        let groups = g.nodes.ids.map { groupOf[$0]! }
        let reference = try Self.sna(name)
        #expect(reference.count == g.nodeCount)
        for threads in [1, 2] {
            let roles = g.brokerageRoles(group: groups, threads: threads)
            for v in 0..<g.nodeCount {
                let ref = try #require(reference[g.nodes[v]])
                for role in BrokerageRoles.Role.allCases {
                    let col = role.snaName
                    #expect(roles.raw[v][role.rawValue] == ref["raw_" + col], "\(name) \(g.nodes[v]) raw \(col)")
                    for (part, ours) in [("exp_", roles.expected[v]), ("sd_", roles.sd[v]), ("z_", roles.z[v])] {
                        let want = ref[part + col]!
                        let have = ours[role.rawValue]
                        let same =
                            want.isNaN
                            ? have.isNaN
                            : (want.isInfinite ? have == want : abs(have - want) <= 1e-9 * max(1, abs(want)))
                        #expect(same, "\(name) \(g.nodes[v]) \(part)\(col): \(have) vs sna \(want)")
                    }
                }
            }
        }
    }

    /// Hand-worked: a – b – c – d path plus e hanging off c; groups {a}, {d, e}.
    /// Every a–{d,e} connection runs a–b–c, so a, b and c are sole bridges (distance 3 to
    /// d, 3 to e: the pair's shortest distance is 3 and both paths pass a, b, c).
    @Test("sole bridges: hand-worked path, shared member, disconnection")
    func soleBridges() throws {
        var b = GraphBuilder(directed: false, weighted: false)
        for (u, v) in [("a", "b"), ("b", "c"), ("c", "d"), ("c", "e")] { try b.addEdge(u, v) }
        let g = try b.build()
        let i = { (s: String) in g.nodes.index(of: s)! }
        var groupsOf = [[Int]](repeating: [], count: g.nodeCount)
        groupsOf[i("a")] = [0]
        groupsOf[i("d")] = [1]
        groupsOf[i("e")] = [1]
        let r = g.groupBridges(groupsOf: groupsOf, groupCount: 2)
        #expect(r.pairs.count == 1)
        #expect(r.pairs[0].distance == 3)
        #expect(Set(r.pairs[0].soleBridges) == [i("a"), i("b"), i("c")])
        // A second route a – x – c makes b optional (two shortest paths), c still sole.
        try b.addEdge("a", "x")
        try b.addEdge("x", "c")
        let g2 = try b.build()
        var groups2 = [[Int]](repeating: [], count: g2.nodeCount)
        groups2[g2.nodes.index(of: "a")!] = [0]
        groups2[g2.nodes.index(of: "d")!] = [1]
        groups2[g2.nodes.index(of: "e")!] = [1]
        let r2 = g2.groupBridges(groupsOf: groups2, groupCount: 2)
        #expect(Set(r2.pairs[0].soleBridges.map { g2.nodes[$0] }) == ["a", "c"])
        // Shared member: groups 0 and 1 both contain c → distance 0, c the sole bridge;
        // group 2 = {z} on its own component: no connection, nothing to lose.
        _ = b.addNode("z")
        let g3 = try b.build()
        var groups3 = [[Int]](repeating: [], count: g3.nodeCount)
        groups3[g3.nodes.index(of: "c")!] = [0, 1]
        groups3[g3.nodes.index(of: "a")!] = [0]
        groups3[g3.nodes.index(of: "z")!] = [2]
        let r3 = g3.groupBridges(groupsOf: groups3, groupCount: 3)
        #expect(r3.pairs.map(\.a) == [0, 0, 1] && r3.pairs.map(\.b) == [1, 2, 2])
        #expect(r3.pairs[0].distance == 0 && r3.pairs[0].soleBridges.map { g3.nodes[$0] } == ["c"])
        #expect(r3.pairs[1].distance == nil && r3.pairs[1].soleBridges.isEmpty)
        #expect(r3.counts(nodeCount: g3.nodeCount)[g3.nodes.index(of: "c")!] == 1)
    }

    /// Hand-worked hierarchy: a star's centre has all constraint spread evenly (0); a node
    /// with one strong and one weak tie concentrates it.
    @Test("hierarchy: even spread is 0, concentration is positive, one contact is NaN")
    func hierarchyByHand() throws {
        var b = GraphBuilder(directed: false, weighted: true)
        for leaf in ["x", "y", "z"] { try b.addEdge("hub", leaf, weight: 1) }
        try b.addEdge("p", "q", weight: 9)
        try b.addEdge("p", "r", weight: 1)
        let g = try b.build()
        let h = g.structuralHoles(weighted: true)
        #expect(abs(h.hierarchy[g.nodes.index(of: "hub")!]) < 1e-15)
        #expect(h.hierarchy[g.nodes.index(of: "x")!].isNaN)
        // p: p_pq = 0.9, p_pr = 0.1, no indirect paths: c = 0.81 and 0.01, C = 0.82, N = 2,
        // r = (1.97561…, 0.02439…); H = Σ r ln r / (2 ln 2).
        let c = [0.81, 0.01]
        let total = 0.82
        let want = c.map { $0 / (total / 2) }.reduce(0) { $0 + $1 * log($1) } / (2 * log(2.0))
        #expect(abs(h.hierarchy[g.nodes.index(of: "p")!] - want) < 1e-12)
        #expect(abs(h.constraint[g.nodes.index(of: "p")!] - 0.82) < 1e-12)
    }
}
