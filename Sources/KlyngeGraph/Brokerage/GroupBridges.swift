import DequeModule

/// For each pair of node groups, how close the groups come and which nodes every
/// shortest connection between them runs through.
public struct GroupBridges: Sendable, Equatable {
    /// One pair of groups (`a < b`).
    public struct Pair: Sendable, Equatable {
        public let a: Int, b: Int
        /// Hops between the closest members of the two groups (0 when they share a
        /// member); nil when no path joins them.
        public let distance: Int?
        /// The nodes on every shortest connection (the shared member itself when the
        /// groups share exactly one): without any of them the groups drift apart or lose
        /// touch. Ascending.
        public let soleBridges: [Int]
    }

    /// Every pair of groups, ordered (0,1), (0,2), …, (1,2), …
    public let pairs: [Pair]

    /// For each node, the number of group pairs it is a sole bridge for.
    public func counts(nodeCount: Int) -> [Int] {
        var c = [Int](repeating: 0, count: nodeCount)
        for p in pairs { for v in p.soleBridges { c[v] += 1 } }
        return c
    }
}

extension CSRGraph {
    /// The sole bridges between every pair of groups. Groups may overlap (`groupsOf[v]`
    /// lists node v's groups); a node in no group still carries paths.
    ///
    /// A node x is a sole bridge for groups A and B when every shortest path between a
    /// member of A and a member of B (distance d_AB, the minimum over all such pairs,
    /// 0 for a shared member) passes through x, endpoints included: removing x lengthens
    /// or cuts the groups' closest connection. Found from path counts in the
    /// multi-source BFS DAG from A: x qualifies when σ_A(x) · τ_B(x) equals the number of
    /// shortest A–B paths. Counts are kept modulo the prime 2⁶¹ − 1, so the test is exact
    /// unless two different counts collide modulo it (about one chance in 2·10¹⁸).
    /// Arc directions are ignored.
    ///
    /// ```swift
    /// var builder = GraphBuilder(directed: false, weighted: false)
    /// for (u, v) in [("a", "b"), ("b", "c")] { try builder.addEdge(u, v) }
    /// let graph = try builder.build()
    /// let bridges = graph.groupBridges(groupsOf: [[0], [], [1]], groupCount: 2)
    /// // bridges.pairs[0]: distance 2, soleBridges [0, 1, 2]
    /// ```
    ///
    /// - Complexity: O(g² · (V + E)) time for g groups, pairs run on `threads` workers
    ///   (each pair is independent, so the result does not depend on the count).
    public func groupBridges(groupsOf: [[Int]], groupCount: Int, threads: Int? = nil) -> GroupBridges {
        precondition(groupsOf.count == nodeCount, "groupsOf needs one entry per node")
        let g = isDirected ? undirected() : self
        var members = [[Int]](repeating: [], count: groupCount)
        for (v, gs) in groupsOf.enumerated() {
            for x in Set(gs) where x >= 0 && x < groupCount { members[x].append(v) }
        }
        var pairIndex: [(Int, Int)] = []
        for a in 0..<groupCount { for b in a + 1..<groupCount { pairIndex.append((a, b)) } }
        let groups = members
        let pairsList = pairIndex
        var out = [GroupBridges.Pair?](repeating: nil, count: pairsList.count)
        out.parallelFill(threads: threads, minChunk: 1, scratch: { BridgeScratch(n: g.nodeCount) }) { i, scratch in
            let (a, b) = pairsList[i]
            return scratch.solve(g, from: groups[a], to: groups[b], a: a, b: b)
        }
        return GroupBridges(pairs: out.map { $0! })
    }
}

/// Reusable buffers for one A–B pair.
private struct BridgeScratch {
    static let prime: UInt64 = (1 << 61) - 1
    var dist: [Int32]
    var sigma: [UInt64]
    var tau: [UInt64]
    var inTarget: [Bool]
    var order: [Int] = []

    init(n: Int) {
        dist = [Int32](repeating: -1, count: n)
        sigma = [UInt64](repeating: 0, count: n)
        tau = [UInt64](repeating: 0, count: n)
        inTarget = [Bool](repeating: false, count: n)
    }

    static func add(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let s = x + y
        return s >= prime ? s - prime : s
    }
    static func mul(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let (hi, lo) = x.multipliedFullWidth(by: y)
        // 2^64 ≡ 2^3 (mod 2^61 − 1): fold the 128-bit product.
        let folded = (lo & prime) + (lo >> 61) + (hi << 3)
        return folded % prime
    }

    mutating func solve(_ g: CSRGraph, from a: [Int], to b: [Int], a ga: Int, b gb: Int) -> GroupBridges.Pair {
        defer {
            for v in order {
                dist[v] = -1
                sigma[v] = 0
                tau[v] = 0
            }
            for v in b { inTarget[v] = false }
            order.removeAll(keepingCapacity: true)
        }
        for v in b { inTarget[v] = true }
        var queue = Deque<Int>()
        for v in a where dist[v] < 0 {
            dist[v] = 0
            sigma[v] = 1
            queue.append(v)
            order.append(v)
        }
        // BFS until the layer holding the first target is complete.
        var reach: Int32 = -1
        while let u = queue.popFirst() {
            if reach >= 0 && dist[u] >= reach { break }
            if inTarget[u] {
                reach = dist[u]
                continue
            }
            for arc in g.arcRange(u) {
                let v = g.target(ofArc: arc)
                if dist[v] < 0 {
                    dist[v] = dist[u] + 1
                    queue.append(v)
                    order.append(v)
                }
                if dist[v] == dist[u] + 1 { sigma[v] = Self.add(sigma[v], sigma[u]) }
            }
        }
        if reach < 0 {
            // A target may have been dequeued last; check the targets directly.
            let hit = b.filter { dist[$0] >= 0 }.map { dist[$0] }.min()
            guard let h = hit else { return .init(a: ga, b: gb, distance: nil, soleBridges: []) }
            reach = h
        }
        // Backward: τ(v) = number of shortest continuations from v to a target at distance `reach`.
        var total: UInt64 = 0
        for v in order.reversed() where dist[v] >= 0 && dist[v] <= reach {
            if dist[v] == reach {
                tau[v] = inTarget[v] ? 1 : 0
            } else if !inTarget[v] {
                var t: UInt64 = 0
                for arc in g.arcRange(v) {
                    let w = g.target(ofArc: arc)
                    if dist[w] == dist[v] + 1 { t = Self.add(t, tau[w]) }
                }
                tau[v] = t
            }
            if dist[v] == 0 { total = Self.add(total, tau[v]) }
        }
        var sole: [Int] = []
        for v in order where dist[v] >= 0 && dist[v] <= reach && tau[v] != 0 {
            if Self.mul(sigma[v], tau[v]) == total { sole.append(v) }
        }
        return .init(a: ga, b: gb, distance: Int(reach), soleBridges: sole.sorted())
    }
}
