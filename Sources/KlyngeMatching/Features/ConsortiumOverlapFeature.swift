import KlyngeGraph

extension MatchFeature {
    /// The largest share of one of the seeker's past consortia that has worked with the candidate
    /// (see `MatchingContext.consortiumOverlap`).
    public static let consortiumOverlap = MatchFeature(ConsortiumOverlapFeature.self)
}

/// ``MatchingContext/consortiumOverlap(of:among:)`` of the seeker and the candidate; already in 0…1.
enum ConsortiumOverlapFeature: MatchFeatureDefinition {
    static let name = "consortium_overlap"
    static let summary =
        "The largest share of one of the seeker's past consortia that has worked with the candidate."
    static let scaling = FeatureScaling.absolute
    static let readsSeekerNetwork = true

    static func rawValue(at i: Int, in input: FeatureInput) -> Double { input.evidence.consortium[i] }

    /// The seeker's team that knows the candidate best.
    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        let c = s.candidate
        guard let s0 = e.seeker.index, let b = e.context.consortiumOverlapEvidence(of: s0, for: c) else { return nil }
        let eco = e.context.ecosystem
        let name = eco.members[c].name
        let p = eco.projects[b.project]
        let team = "'\(p.title ?? p.id)'"
        if b.others == 1 { return "the other partner in \(team) has worked with \(name)" }
        if b.know == b.others { return "all \(b.others) other partners in \(team) have worked with \(name)" }
        return "\(b.know) of the \(b.others) other partners in \(team) have worked with \(name)"
    }
}

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
    ///
    /// Works from the candidates' side: each candidate's partners z add one to every team of
    /// the seeker that z is in, so the cost is the candidates' degrees times the number of
    /// the seeker's teams each partner shares, not the teams' whole neighbourhoods.
    /// - Complexity: O(Σ_{P ∋ s} |P| + Σ_c Σ_{z ∈ N(c)} t_z + n) for t_z teams of s that
    ///   contain z; O(n) scratch for n members.
    public func consortiumOverlap(of s: Int, among candidates: [Int]) -> [Double] {
        let teams = projectsOf[s].filter { membersOf[$0].count > 1 }
        guard !teams.isEmpty else { return [Double](repeating: 0, count: candidates.count) }
        // For each partner z of s: the seeker's teams z is in (local indices), as a CSR list.
        var slot = [Int32](repeating: -1, count: graph.nodeCount)
        var lists: [[Int32]] = []
        for (t, p) in teams.enumerated() {
            for z in membersOf[p] where z != s {
                if slot[z] < 0 {
                    slot[z] = Int32(lists.count)
                    lists.append([])
                }
                lists[Int(slot[z])].append(Int32(t))
            }
        }
        let others = teams.map { Double(membersOf[$0].count - 1) }
        var count = [Int32](repeating: 0, count: teams.count)
        var touched: [Int32] = []
        return candidates.map { c in
            // The graph is simple (GraphBuilder merges duplicate ties): each z counts once.
            for a in graph.arcRange(c) {
                let z = graph.target(ofArc: a)
                guard z != c, slot[z] >= 0 else { continue }
                for t in lists[Int(slot[z])] {
                    if count[Int(t)] == 0 { touched.append(t) }
                    count[Int(t)] += 1
                }
            }
            var best = 0.0
            for t in touched {
                // c itself never counts: its own arcs do not lead to it (loops skipped above).
                best = max(best, Double(count[Int(t)]) / others[Int(t)])
                count[Int(t)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            return best
        }
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
            let know = team.filter { z in
                z != s && z != c && graph.arcRange(z).contains { graph.target(ofArc: $0) == c }
            }.count
            guard know > 0 else { continue }
            let others = team.count - 1
            if let o = out, know * o.others < o.know * others { continue }
            out = (p, know, others)
        }
        return out
    }
}
