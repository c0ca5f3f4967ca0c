import KlyngeGraph

/// How much of one of the seeker's past consortia already knows a candidate: the
/// `consortium_overlap` feature.
///
/// For seeker s and candidate c: the largest, over the usable projects P of s with at least
/// one other member, of |{z ∈ P, z ≠ s, z ≠ c : z tied to c}| / (|P| − 1). A consortium that
/// worked together tends to apply again as a group and to bring in the partners its members
/// know; common neighbours count the seeker's partners that know c across all projects,
/// this asks whether one team knows c. (A project-level refinement of common neighbours, in
/// the spirit of the consortium-continuity findings on Framework Programme networks,
/// e.g. Breschi & Cusmano 2004; measured in the README's `klynge evaluate` section.)
extension MatchingContext {
    /// The overlap of every candidate with the seeker's consortia, in candidate order; zeros
    /// when the seeker has no usable project with others.
    /// - Complexity: O(Σ_{P ∋ s} Σ_{z ∈ P} deg(z) + n) time, O(n) scratch, for n members.
    public func consortiumOverlap(of s: Int, among candidates: [Int]) -> [Double] {
        let n = graph.nodeCount
        var best = [Double](repeating: 0, count: n)
        var count = [Int32](repeating: 0, count: n)
        var touched: [Int] = []
        for p in projectsOf[s] {
            let team = membersOf[p]
            guard team.count > 1 else { continue }
            let others = Double(team.count - 1)
            for z in team where z != s {
                for a in graph.arcRange(z) {
                    let v = graph.target(ofArc: a)
                    // The graph is simple (GraphBuilder merges duplicate ties): each z counts v once.
                    if v == z { continue }
                    if count[v] == 0 { touched.append(v) }
                    count[v] += 1
                }
            }
            for v in touched {
                // z = v never counts: v's own arcs do not lead to itself (loops skipped above).
                best[v] = max(best[v], Double(count[v]) / others)
                count[v] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return candidates.map { best[$0] }
    }

    /// The seeker's project where the largest share of the team knows `c`, with that many
    /// members and the team's size less the seeker (for the explanation); nil when none does.
    /// Ties go to the later project.
    /// - Complexity: O(Σ_{P ∋ s} |P| · deg).
    public func consortiumOverlapEvidence(of s: Int, for c: Int) -> (project: Int, know: Int, others: Int)? {
        var out: (project: Int, know: Int, others: Int)?
        for p in projectsOf[s] {
            let team = membersOf[p]
            guard team.count > 1 else { continue }
            let know = team.filter { z in z != s && z != c && graph.arcRange(z).contains { graph.target(ofArc: $0) == c } }.count
            guard know > 0 else { continue }
            let others = team.count - 1
            if let o = out, know * o.others < o.know * others { continue }
            out = (p, know, others)
        }
        return out
    }
}
