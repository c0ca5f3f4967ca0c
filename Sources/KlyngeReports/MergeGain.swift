import KlyngeEcosystem
import KlyngeGraph

/// What joining the clusters into one supercluster gains, measured on the collaboration
/// graph: "before", each cluster is a network of its own (a pair of members is connected
/// only through members of a cluster both belong to); "after", every member can reach
/// every other through anyone.
public struct MergeGain: Sendable, Equatable {
    /// Unordered member pairs (members with at least one cluster).
    public var pairs: Int
    /// Pairs joined by some path, before and after.
    public var reachableBefore: Int, reachableAfter: Int
    /// Pairs at most two steps apart, before and after.
    public var withinTwoBefore: Int, withinTwoAfter: Int
    /// Mean distance over the pairs reachable before, before and after the merger.
    public var meanDistanceBefore: Double, meanDistanceAfterSamePairs: Double
    /// Mean distance over every pair reachable after.
    public var meanDistanceAfter: Double

    /// Pairs newly within two steps.
    public var newlyWithinTwo: Int { withinTwoAfter - withinTwoBefore }
}

extension Ecosystem {
    /// ``MergeGain`` on `graph` (the collaboration graph, nodes = members in order).
    /// Members without a cluster are left out of the pairs but still carry paths after
    /// the merger; before it, paths stay inside one cluster.
    /// - Returns: nil when fewer than two clusters exist.
    /// - Complexity: O(Σ_C |C| · (|C| + E_C) + M · (V + E)) for M clustered members.
    public func mergeGain(on graph: CSRGraph) -> MergeGain? {
        guard clusters.count >= 2 else { return nil }
        let clustered = members.indices.filter { !members[$0].clusters.isEmpty }
        let m = clustered.count
        guard m >= 2 else { return nil }
        let slot = Dictionary(uniqueKeysWithValues: clustered.enumerated().map { ($1, $0) })
        // before[i * m + j]: shortest distance inside a shared cluster (0 = unreachable).
        var before = [UInt16](repeating: 0, count: m * m)
        for cluster in clusters {
            let inside = clustered.filter { members[$0].clusters.contains(cluster) }
            let local = Dictionary(uniqueKeysWithValues: inside.enumerated().map { ($1, $0) })
            for (s, source) in inside.enumerated() {
                var dist = [Int32](repeating: -1, count: inside.count)
                dist[s] = 0
                var queue = [source]
                var head = 0
                while head < queue.count {
                    let u = queue[head]
                    head += 1
                    let du = dist[local[u]!]
                    for a in graph.arcRange(u) {
                        let v = graph.target(ofArc: a)
                        guard let lv = local[v], dist[lv] < 0 else { continue }
                        dist[lv] = du + 1
                        queue.append(v)
                    }
                }
                let i = slot[source]!
                for (t, target) in inside.enumerated() where dist[t] > 0 {
                    let j = slot[target]!
                    let d = UInt16(min(Int(dist[t]), Int(UInt16.max)))
                    if before[i * m + j] == 0 || d < before[i * m + j] { before[i * m + j] = d }
                }
            }
        }
        var gain = MergeGain(
            pairs: m * (m - 1) / 2,
            reachableBefore: 0,
            reachableAfter: 0,
            withinTwoBefore: 0,
            withinTwoAfter: 0,
            meanDistanceBefore: 0,
            meanDistanceAfterSamePairs: 0,
            meanDistanceAfter: 0
        )
        var sumBefore = 0.0
        var sumAfterSame = 0.0
        var sumAfter = 0.0
        for (i, source) in clustered.enumerated() {
            let after = graph.breadthFirstDistances(from: source)
            for j in (i + 1)..<m {
                let da = after[clustered[j]]
                let db = before[i * m + j]
                if da > 0 {
                    gain.reachableAfter += 1
                    sumAfter += Double(da)
                    if da <= 2 { gain.withinTwoAfter += 1 }
                }
                if db > 0 {
                    gain.reachableBefore += 1
                    sumBefore += Double(db)
                    sumAfterSame += Double(da)
                    if db <= 2 { gain.withinTwoBefore += 1 }
                }
            }
        }
        gain.meanDistanceBefore = gain.reachableBefore > 0 ? sumBefore / Double(gain.reachableBefore) : .nan
        gain.meanDistanceAfterSamePairs = gain.reachableBefore > 0 ? sumAfterSame / Double(gain.reachableBefore) : .nan
        gain.meanDistanceAfter = gain.reachableAfter > 0 ? sumAfter / Double(gain.reachableAfter) : .nan
        return gain
    }
}
