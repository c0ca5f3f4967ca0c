import KlyngeGraph

/// Shortest collaboration paths from one member (BFS tree; ties by smaller index).
struct PathFinder {
    let parent: [Int32]

    init(_ g: CSRGraph, from s: Int) {
        var parent = [Int32](repeating: -2, count: g.nodeCount)
        parent[s] = -1
        var queue = [s]
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for a in g.arcRange(u) where parent[g.target(ofArc: a)] == -2 {
                parent[g.target(ofArc: a)] = Int32(u)
                queue.append(g.target(ofArc: a))
            }
        }
        self.parent = parent
    }

    /// Member indices from the seeker to `v`, or empty when unreachable.
    func path(to v: Int) -> [Int] {
        guard parent[v] != -2 else { return [] }
        var out = [v]
        var x = v
        while parent[x] >= 0 {
            x = Int(parent[x])
            out.append(x)
        }
        return out.reversed()
    }
}
