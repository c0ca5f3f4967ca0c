/// Gould–Fernandez brokerage roles of every node for a partition into groups
/// (Gould & Fernandez 1989, "Structures of mediation", Sociological Methodology 19:89–126).
///
/// Node b brokers the ordered pair (a, c) when a → b → c, a ≠ c and there is no arc
/// a → c. The role depends on the groups of a, b and c:
///
/// ```
///   coordinator     A → A → A     all three in b's group
///   itinerant       B → A → B     a and c share a group that is not b's (consultant)
///   representative  A → A → B     a in b's group, c outside: b speaks for its group
///   gatekeeper      B → A → A     a outside, c in b's group: b lets others in
///   liaison         B → A → C     three different groups
/// ```
///
/// Expected counts and standard deviations are those of R `sna::brokerage` (Butts,
/// sna 2.7): each arc present independently with the graph's density d = arcs / (N(N−1)),
/// groups as given; z = (raw − expected) / sd (NaN or ±∞ where sd is 0, as in R).
public struct BrokerageRoles: Sendable, Equatable {
    public enum Role: Int, CaseIterable, Sendable {
        case coordinator, itinerant, representative, gatekeeper, liaison, total

        /// The column name in `sna::brokerage` output.
        public var snaName: String { ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"][rawValue] }
        public var name: String {
            ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"][rawValue]
        }
    }

    /// raw[v][role]: how many ordered pairs node v brokers in each role (total last).
    public var raw: [[Double]]
    /// Expected counts under random arcs at the same density (same for nodes of one group size).
    public var expected: [[Double]]
    public var sd: [[Double]]
    public var z: [[Double]]
}

extension CSRGraph {
    /// Gould–Fernandez brokerage roles; `group[v]` is node v's group (any integers).
    /// An undirected graph counts each edge in both directions, so its arcs number 2E.
    ///
    /// Matches R `sna::brokerage(g, cl)` (`raw.nli`, `exp.nli`, `sd.nli`, `z.nli`).
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: true, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let roles = graph.brokerageRoles(group: [0, 0, 1])
    /// let count = roles.raw[1][BrokerageRoles.Role.representative.rawValue]  // 1: b speaks for a to c
    /// ```
    ///
    /// - Complexity: O(Σ_b Σ_{a → b} (d⁺(a) + d⁺(b))) time; O(threads · V) extra space.
    ///   Nodes are independent, so the result does not depend on `threads`.
    public func brokerageRoles(group: [Int], threads: Int? = nil) -> BrokerageRoles {
        precondition(group.count == nodeCount, "one group per node")
        let n = nodeCount
        let rev = isDirected ? reversed() : self
        var raw = [[Double]](repeating: [0, 0, 0, 0, 0, 0], count: n)
        raw.parallelFill(threads: threads, minChunk: 256, scratch: { [Int32](repeating: -1, count: n) }) { b, stamp in
            var counts = [Double](repeating: 0, count: 6)
            for inArc in rev.arcRange(b) {
                let a = rev.target(ofArc: inArc)
                if a == b { continue }
                for x in arcRange(a) { stamp[target(ofArc: x)] = Int32(a) }
                for outArc in arcRange(b) {
                    let c = target(ofArc: outArc)
                    if c == a || c == b || stamp[c] == Int32(a) { continue }
                    let ga = group[a]
                    let gb = group[b]
                    let gc = group[c]
                    let role: BrokerageRoles.Role =
                        ga == gb
                        ? (gc == gb ? .coordinator : .representative)
                        : (gc == gb ? .gatekeeper : (ga == gc ? .itinerant : .liaison))
                    counts[role.rawValue] += 1
                }
                for x in arcRange(a) { stamp[target(ofArc: x)] = -1 }
            }
            counts[5] = counts[0] + counts[1] + counts[2] + counts[3] + counts[4]
            return counts
        }
        // Expectations (sna::brokerage, individual level).
        let N = Double(n)
        let arcs = Double(arcCount)
        let d = n > 1 ? arcs / (N * (N - 1)) : 0
        var size: [Int: Double] = [:]
        for g in group { size[g, default: 0] += 1 }
        let p = d * d * (1 - d)
        let q = d * d * d * (1 - d) * (1 - d) * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        var byGroup: [Int: (e: [Double], v: [Double])] = [:]
        for (g, ni) in size {
            let others = size.filter { $0.key != g }.map(\.value)
            var e = [Double](repeating: 0, count: 6)
            var v = [Double](repeating: 0, count: 6)
            e[0] = p * (ni - 1) * (ni - 2)
            v[0] = e[0] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q
            e[1] = p * others.reduce(0.0) { (a: Double, x: Double) in a + x * (x - 1) }
            v[1] = e[1] * (1 - p) + 2 * others.reduce(0.0) { (a: Double, x: Double) in a + x * (x - 1) * (x - 2) } * q
            e[2] = p * (N - ni) * (ni - 1)
            v[2] = e[2] * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q
            e[3] = e[2]
            v[3] = v[2]
            let sumOthers = others.reduce(0.0, +)
            e[4] = p * (sumOthers * sumOthers - others.reduce(0.0) { (a: Double, x: Double) in a + x * x })
            v[4] = e[4] * (1 - p) + 4 * others.reduce(0.0) { (a: Double, x: Double) in a + x * choose2(N - x - ni) } * q
            e[5] = p * (N - 1) * (N - 2)
            v[5] = e[5] * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q
            byGroup[g] = (e, v.map { $0.squareRoot() })
        }
        let expected = group.map { byGroup[$0]!.e }
        let sd = group.map { byGroup[$0]!.v }
        var z = [[Double]](repeating: [], count: n)
        for i in 0..<n {
            let r = raw[i]
            let e = expected[i]
            let s = sd[i]
            z[i] = (0..<6).map { (k: Int) -> Double in (r[k] - e[k]) / s[k] }
        }
        return BrokerageRoles(raw: raw, expected: expected, sd: sd, z: z)
    }
}
