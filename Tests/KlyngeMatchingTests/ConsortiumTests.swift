import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching
import KlyngeTestSupport
import Testing

/// Consortium proposals: hand-built ecosystems whose best team is known by hand, the
/// constraints on random and real data, the search against exhaustive search, determinism.
///
/// The hand-built ecosystems give projects no topics and no titles (so the explanations name
/// them by id), so a member's topic vector
/// is its declared topics only: a member whose only topic is the call's ("fall detection") has
/// topic fit 1, one with the call's topic and k other (rarer) topics less than 1 (falling with
/// k), one without it 0. Relative fit is then the cosine itself (the best candidate has 1).
@Suite("consortium proposals")
struct ConsortiumTests {
    static let fd = "fall detection"

    /// An ecosystem of `(id, kind, topics)` members and projects given as lists of member ids.
    static func ecosystem(_ members: [(String, MemberKind, [String])], projects: [[String]] = []) -> Ecosystem {
        let ms = members.map { Member(id: $0.0, name: "Name " + $0.0, kind: $0.1, topics: $0.2) }
        let index = Dictionary(uniqueKeysWithValues: ms.enumerated().map { ($1.id, $0) })
        let ps = projects.indices.map { Project(id: "p\($0 + 1)", start: PartialDate(year: 2020 + $0)) }
        let parts = projects.enumerated().flatMap { p, ids in ids.map { Participation(project: p, member: index[$0]!) }
        }
        return Ecosystem(name: "hand-built", members: ms, projects: ps, participations: parts)
    }

    static func propose(
        _ eco: Ecosystem,
        roles: [MemberKind],
        topics: [String] = [fd],
        lead: String? = nil,
        size: Int? = nil,
        weights: ConsortiumWeights = ConsortiumWeights(),
        alternatives: Int = 2
    ) throws -> ConsortiumProposal {
        var call = ConsortiumCall(topics: topics, roles: roles, lead: lead.map { eco.memberIndex(of: $0)! }, size: size)
        call.weights = weights
        call.alternatives = alternatives
        return try ConsortiumPlanner(try MatchingContext(eco), call: call).propose()
    }

    static func ids(_ team: ConsortiumTeam, _ eco: Ecosystem) -> [String] {
        team.members.map { eco.members[$0.member].id }
    }

    // MARK: - Best teams known by hand

    @Test("no earlier ties: the best topic fit of each role wins; the alternative keeps at most one of them")
    func fitDecides() throws {
        // Nobody has worked together, so C = 0 for every team, and the balance is fixed by the
        // roles (2 public, 1 private): the score is the fit alone. k1, h1, c1 carry the call's
        // topic; k2 and h1 also carry one other topic (fit < 1), c2 and h2 none (fit 0).
        // Best: k1 (1) + h1 (<1, the only hospital with the topic) + c1 (1).
        // Alternative: at most ⌊3/2⌋ = 1 of k1, h1, c1. Keeping c1 (1) with k2 (>0) and h2 (0)
        // beats keeping k1 (1 + 0 + 0) or h1 (<1 + k2 + 0 < 1 + k2).
        let eco = Self.ecosystem([
            ("k1", .municipality, [Self.fd]), ("k2", .municipality, [Self.fd, "opera"]),
            ("h1", .hospital, [Self.fd, "sailing"]), ("h2", .hospital, ["knitting"]),
            ("c1", .company, [Self.fd]), ("c2", .company, ["cooking"]),
        ])
        let p = try Self.propose(eco, roles: [.municipality, .hospital, .company])
        #expect(p.teams.count == 2)
        #expect(Self.ids(p.teams[0], eco) == ["k1", "h1", "c1"])
        #expect(Self.ids(p.teams[1], eco) == ["k2", "h2", "c1"])
        #expect(p.teams[0].score.cohesion == 0 && p.teams[0].score.newTies == 3)
        #expect(p.teams[0].members.allSatisfy { $0.role == .required })
        #expect(p.teams[0].score.publicCount == 2 && p.teams[0].score.privateCount == 1)
        #expect(abs(p.teams[0].score.balance - (1 - 1.0 / 3)) < 1e-12)
    }

    @Test("cohesion: a municipality that has worked with both partners beats a slightly better-fitting stranger")
    func cohesionDecides() throws {
        // k2 shared project 1 with h1 and project 2 with c1; h1 and c1 never met (the new tie).
        // {k2, h1, c1}: F = (f + 1 + 1)/3 with f = fit(k2) < 1, C = 2/3.
        // {k1, h1, c1}: F = 1, C = 0.  Difference: (f − 1)/3 + λ·2/3 = f/3 > 0 at λ = 0.5.
        // With λ = 0 the stranger k1 wins on fit alone.
        let eco = Self.ecosystem(
            [
                ("k1", .municipality, [Self.fd]), ("k2", .municipality, [Self.fd, "opera"]),
                ("h1", .hospital, [Self.fd]), ("c1", .company, [Self.fd]), ("c2", .company, ["cooking"]),
            ],
            projects: [["k2", "h1"], ["k2", "c1"]]
        )
        let p = try Self.propose(eco, roles: [.municipality, .hospital, .company])
        let best = p.teams[0]
        #expect(Self.ids(best, eco) == ["k2", "h1", "c1"])
        #expect(best.score.tiedPairs == 2 && best.score.newTies == 1 && abs(best.score.cohesion - 2.0 / 3) < 1e-12)
        let k2 = best.members[0]
        let h1 = best.members[1]
        #expect(k2.tiedTo.count == 2 && k2.newTiesTo.isEmpty)
        #expect(h1.newTiesTo == [eco.memberIndex(of: "c1")!])
        #expect(k2.why.contains("already worked with Name c1 in project p2 and with 1 more teammate"))  // equal ties: smaller id
        #expect(
            h1.why
                == "shares call topics: fall detection; already worked with Name k2 in project p1; new tie to Name c1"
        )
        let fitOnly = try Self.propose(
            eco,
            roles: [.municipality, .hospital, .company],
            weights: ConsortiumWeights(cohesion: 0)
        )
        #expect(Self.ids(fitOnly.teams[0], eco) == ["k1", "h1", "c1"])
    }

    @Test("a new tie is required: the best pair has already worked together, so it is not proposed")
    func newTieRequired() throws {
        // k1 and h1 fit best (1 each) and share project 1: C({k1, h1}) = 1, no new tie.
        // The feasible teams have C = 0 and B = 0 (both public), so the best is the fittest
        // untied pair: h2 (one extra topic) fits better than k2 (two extra topics), so {k1, h2}.
        let eco = Self.ecosystem(
            [
                ("k1", .municipality, [Self.fd]), ("k2", .municipality, [Self.fd, "opera", "ballet"]),
                ("h1", .hospital, [Self.fd]), ("h2", .hospital, [Self.fd, "knitting"]),
            ],
            projects: [["k1", "h1"]]
        )
        let p = try Self.propose(eco, roles: [.municipality, .hospital], alternatives: 3)
        #expect(Self.ids(p.teams[0], eco) == ["k1", "h2"])
        #expect(p.teams.allSatisfy { $0.score.newTies >= 1 })
        // Alternatives keep at most ⌊2/2⌋ = 1 member of each earlier team: {k2, h1} next; a third
        // would have to differ from both and be untied, and {k2, h2} differs from each in one: ok.
        #expect(p.teams.map { Self.ids($0, eco) } == [["k1", "h2"], ["k2", "h1"], ["k2", "h2"]])
        // Only k1 and h1 exist: no team with a new tie.
        let tied = Self.ecosystem(
            [("k1", .municipality, [Self.fd]), ("h1", .hospital, [Self.fd])],
            projects: [["k1", "h1"]]
        )
        #expect(throws: ConsortiumError.noNewTie) { try Self.propose(tied, roles: [.municipality, .hospital]) }
    }

    @Test("a cancelled control stops the search: propose() throws .cancelled, and runs as before without one")
    func cancelled() throws {
        let eco = Self.ecosystem(
            [
                ("k1", .municipality, [Self.fd]), ("k2", .municipality, [Self.fd]), ("h1", .hospital, [Self.fd]),
                ("h2", .hospital, [Self.fd]),
            ],
            projects: [["k1", "h1"]]
        )
        let call = ConsortiumCall(topics: [Self.fd], roles: [.municipality, .hospital])
        var planner = try ConsortiumPlanner(try MatchingContext(eco), call: call)
        let control = ComputeControl()
        control.cancel()
        planner.control = control
        #expect(throws: ConsortiumError.cancelled) { try planner.propose() }
        planner.control = ComputeControl()
        #expect(try planner.propose().teams.count >= 1)
    }

    @Test("the lead is always in: it fills its own kind's role, or takes an extra seat")
    func lead() throws {
        let eco = Self.ecosystem([
            ("k1", .municipality, [Self.fd]), ("k2", .municipality, ["opera"]),
            ("c1", .company, [Self.fd]), ("c2", .company, [Self.fd, "cooking"]),
            ("r1", .researchInstitute, ["astronomy"]),
        ])
        // k2 has no call topic but leads: it is the municipality, k1 is left out (one municipality).
        let p = try Self.propose(eco, roles: [.municipality, .company], lead: "k2")
        #expect(p.size == 2)
        for t in p.teams {
            #expect(t.members[0].member == eco.memberIndex(of: "k2")! && t.members[0].role == .lead)
            #expect(!Self.ids(t, eco).contains("k1"))
        }
        #expect(Self.ids(p.teams[0], eco) == ["k2", "c1"])
        #expect(p.teams[0].members[0].why.hasPrefix("no call topic in its record; new tie to Name c1"))
        // A research-institute lead is not a role: the team grows by one seat for it.
        let r = try Self.propose(eco, roles: [.municipality, .company], lead: "r1")
        #expect(r.size == 3)
        #expect(Self.ids(r.teams[0], eco) == ["r1", "k1", "c1"])
        #expect(throws: ConsortiumError.sizeTooSmall(2, needed: 3, leadKind: .researchInstitute)) {
            try Self.propose(eco, roles: [.municipality, .company], lead: "r1", size: 2)
        }
    }

    @Test("balance: beyond the roles, a private partner evens the mix when μ outweighs the fit it costs")
    func balance() throws {
        // Roles municipality + company, size 4, no ties. k1–k3 fit 1, c1 fits 1, c2 less (f < 1).
        // {k1, k2, k3, c1}: F = 1, B = 1 − 2/4 = 0.5.  {k1, k2, c1, c2}: F = (3 + f)/4, B = 1.
        // μ = 0: the first wins (F alone). μ = 1: the second, as (3 + f)/4 + 1 ≥ 1.75 > 1 + 0.5.
        // k1, k2 rather than k3: equal scores, ties go to the smaller id.
        let eco = Self.ecosystem([
            ("k1", .municipality, [Self.fd]), ("k2", .municipality, [Self.fd]), ("k3", .municipality, [Self.fd]),
            ("c1", .company, [Self.fd]), ("c2", .company, [Self.fd, "cooking"]),
        ])
        let fitOnly = try Self.propose(
            eco,
            roles: [.municipality, .company],
            size: 4,
            weights: ConsortiumWeights(balance: 0)
        )
        #expect(Set(Self.ids(fitOnly.teams[0], eco)) == ["k1", "k2", "k3", "c1"])
        let balanced = try Self.propose(
            eco,
            roles: [.municipality, .company],
            size: 4,
            weights: ConsortiumWeights(balance: 1)
        )
        let best = balanced.teams[0]
        #expect(Self.ids(best, eco) == ["k1", "c1", "k2", "c2"])
        #expect(best.members.map(\.role) == [.required, .required, .extra, .extra])
        #expect(best.score.balance == 1 && best.score.publicCount == 2)
        #expect(best.members[3].why.hasSuffix("evens the public/private mix (2 public, 2 private)"))
    }

    @Test("roles listed twice need two members of that kind")
    func repeatedRoles() throws {
        let eco = Self.ecosystem([
            ("k1", .municipality, [Self.fd]), ("c1", .company, [Self.fd]), ("c2", .company, [Self.fd, "cooking"]),
            ("c3", .company, ["opera"]),
        ])
        let p = try Self.propose(eco, roles: [.company, .municipality, .company])
        #expect(p.size == 3)
        #expect(Self.ids(p.teams[0], eco) == ["c1", "c2", "k1"])
        #expect(throws: ConsortiumError.noCandidate(.company, needed: 4, available: 3)) {
            try Self.propose(eco, roles: [.company, .company, .company, .company])
        }
    }

    // MARK: - Errors

    @Test("errors: unknown role, no roles, no topics, a role with no candidate, sizes too small")
    func errors() throws {
        #expect(
            try ConsortiumCall.parseRoles(" Municipality , hospital,,company") == [.municipality, .hospital, .company]
        )
        #expect(throws: ConsortiumError.unknownRole("hospitals")) {
            try ConsortiumCall.parseRoles("municipality,hospitals")
        }
        #expect(
            ConsortiumError.unknownRole("hospitals").description.hasPrefix(
                "unknown role 'hospitals' (roles are member kinds: company, municipality, county-authority, hospital"
            )
        )
        #expect(throws: ConsortiumError.noRoles) { try ConsortiumCall.parseRoles(" , ") }
        #expect(
            ConsortiumCall.parseTopics(" fall detection, ,welfare technology") == [
                "fall detection", "welfare technology",
            ]
        )
        let eco = Self.ecosystem([("k1", .municipality, [Self.fd]), ("c1", .company, [Self.fd])])
        #expect(throws: ConsortiumError.noCandidate(.hospital, needed: 1, available: 0)) {
            try Self.propose(eco, roles: [.municipality, .hospital])
        }
        #expect(
            ConsortiumError.noCandidate(.hospital, needed: 1, available: 0).description
                == "no candidate for the role 'hospital': the dataset has no hospital member besides the lead"
        )
        #expect(throws: ConsortiumError.noTopics) { try Self.propose(eco, roles: [.company], topics: []) }
        #expect(throws: ConsortiumError.sizeTooSmall(1, needed: 2, leadKind: nil)) {
            try Self.propose(eco, roles: [.municipality, .company], size: 1)
        }
        #expect(
            ConsortiumError.sizeTooSmall(1, needed: 2, leadKind: nil).description
                == "team size 1 is smaller than the number of roles (2)"
        )
        #expect(throws: ConsortiumError.sizeBelowTwo(1)) { try Self.propose(eco, roles: [.company], size: 1) }
        #expect(throws: ConsortiumError.tooFewCandidates(seats: 3, available: 1)) {
            try Self.propose(eco, roles: [.company], size: 3)
        }
    }

    // MARK: - Properties

    /// Checks every constraint of a proposal and that no single swap improves the first team.
    static func checkConstraints(_ p: ConsortiumProposal, planner: ConsortiumPlanner, label: String) {
        let call = planner.call
        let eco = planner.context.ecosystem
        let pools = planner.candidates
        for (k, team) in p.teams.enumerated() {
            let ms = team.members.map(\.member)
            #expect(ms.count == p.size && Set(ms).count == p.size, "\(label) team \(k): size")
            for kind in Set(call.roles) {
                #expect(
                    ms.filter { eco.members[$0].kind == kind }.count >= call.roles.filter { $0 == kind }.count,
                    "\(label) team \(k): \(kind) covered"
                )
            }
            if let lead = call.lead {
                #expect(ms.contains(lead) && team.members[0].role == .lead, "\(label) team \(k): lead")
            }
            #expect(team.score.newTies >= 1, "\(label) team \(k): a new tie")
            #expect(planner.isFeasible(ms) == true, "\(label) team \(k): feasible")
            #expect(planner.evaluate(ms) == team.score, "\(label) team \(k): score")
            #expect(team.members.allSatisfy { $0.tiedTo.count + $0.newTiesTo.count == p.size - 1 && !$0.why.isEmpty })
            // Pairwise: at most half of the non-lead members shared.
            for earlier in p.teams[..<k] {
                let a = Set(earlier.members.map(\.member)).subtracting(call.lead.map { [$0] } ?? [])
                let shared = ms.filter(a.contains).count
                #expect(shared <= a.count / 2, "\(label) team \(k) shares \(shared) of \(a.count)")
            }
            if k > 0 { #expect(team.score.score <= p.teams[k - 1].score.score + 1e-12, "\(label): best first") }
        }
        // Local optimality of the first team against single swaps.
        guard let first = p.teams.first else { return }
        let ms = first.members.map(\.member)
        for out in ms where out != call.lead {
            for c in pools where !ms.contains(c) {
                let t = ms.map { $0 == out ? c : $0 }
                guard planner.isFeasible(t) == true, let s = planner.evaluate(t) else { continue }
                #expect(
                    s.score <= first.score.score + 1e-12,
                    "\(label): swapping \(eco.members[out].id) for \(eco.members[c].id) improves"
                )
            }
        }
    }

    /// A random ecosystem: `n` members of kinds municipality, hospital, company, university,
    /// research-institute, topics from a small vocabulary, and random projects of 2–4 members.
    static func randomEcosystem(seed: UInt64, n: Int, projects: Int) -> Ecosystem {
        var rng = SplitMix64(seed: seed)
        let kinds: [MemberKind] = [.municipality, .hospital, .company, .university, .researchInstitute]
        let vocabulary = [fd, "welfare technology", "dementia care", "telemedicine", "genomics", "opera"]
        var members: [(String, MemberKind, [String])] = []
        for i in 0..<n {
            let kind = i < kinds.count ? kinds[i] : kinds[Int(rng.next(below: UInt64(kinds.count)))]
            let topics = vocabulary.filter { _ in rng.nextUnit() < 0.35 }
            members.append((String(format: "m%02d", i), kind, topics))
        }
        var ps: [[String]] = []
        for _ in 0..<projects {
            let k = 2 + Int(rng.next(below: 3))
            var ids = Set<String>()
            while ids.count < k { ids.insert(members[Int(rng.next(below: UInt64(n)))].0) }
            ps.append(ids.sorted())
        }
        return ecosystem(members, projects: ps)
    }

    @Test("random ecosystems: every constraint holds, the first team is a local optimum", arguments: 0..<40)
    func randomConstraints(seed: Int) throws {
        let eco = Self.randomEcosystem(seed: UInt64(seed), n: 10 + seed % 15, projects: 4 + seed % 20)
        let roles: [MemberKind] =
            seed % 3 == 0 ? [.municipality, .hospital, .company, .university] : [.municipality, .company]
        var call = ConsortiumCall(topics: [Self.fd, "welfare technology"], roles: roles)
        if seed % 2 == 1 { call.lead = seed % eco.members.count }
        if seed % 4 == 2 { call.size = roles.count + 2 }
        call.alternatives = 3
        // The first five members are one of each kind, so every role has a candidate.
        let planner = try ConsortiumPlanner(try MatchingContext(eco), call: call)
        let p = try planner.propose()
        #expect(!p.teams.isEmpty)
        Self.checkConstraints(p, planner: planner, label: "seed \(seed)")
    }

    @Test("small random ecosystems: the search finds the exhaustive optimum", arguments: 0..<30)
    func matchesExhaustiveSearch(seed: Int) throws {
        let eco = Self.randomEcosystem(seed: 1000 + UInt64(seed), n: 12, projects: 10)
        var call = ConsortiumCall(
            topics: [Self.fd, "welfare technology"],
            roles: [.municipality, .hospital, .company]
        )
        call.size = seed % 3 == 0 ? nil : 4 + seed % 2  // nil: 3, or 4 with a lead of another kind
        if seed % 2 == 1 { call.lead = seed % eco.members.count }
        let planner = try ConsortiumPlanner(try MatchingContext(eco), call: call)
        let pool = planner.candidates
        // Every subset of the pool of the right size (≤ C(12, 5) = 792).
        var best: Double?
        func walk(_ start: Int, _ chosen: [Int]) {
            if chosen.count == planner.size {
                if planner.isFeasible(chosen) == true, let s = planner.evaluate(chosen)?.score, s > (best ?? -1) {
                    best = s
                }
                return
            }
            guard start < pool.count else { return }
            for i in start..<pool.count { walk(i + 1, chosen + [pool[i]]) }
        }
        walk(0, [])
        let found = try? planner.propose()
        #expect(
            (found?.teams.first?.score.score).map { abs($0 - best!) < 1e-12 } ?? (best == nil),
            "seed \(seed): found \(String(describing: found?.teams.first?.score.score)), best \(String(describing: best))"
        )
    }

    @Test("topic fit is the TF-IDF cosine with the context's vectors; each role keeps its best-fitting members")
    func topicFitAndPools() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let context = try MatchingContext(eco)
        let kinds = MemberKind.allCases.filter { k in eco.members.contains { $0.kind == k } }
        var call = ConsortiumCall(topics: ["welfare technology", Self.fd], roles: kinds)
        call.candidatesPerRole = eco.members.count
        let everyone = try ConsortiumPlanner(context, call: call)
        let vector = context.topics.vector(TopicIndex.terms(topics: call.topics, titles: []))
        #expect(everyone.candidates.count == eco.members.count)
        for m in everyone.candidates {
            #expect(everyone.topicFit(of: m) == vector.cosine(context.vectors[m]), "\(eco.members[m].id)")
        }
        // Three per kind: the best fits, then the most projects, then the smaller id.
        call.candidatesPerRole = 3
        let three = try ConsortiumPlanner(context, call: call)
        for kind in kinds {
            let ranked = eco.members.indices.filter { eco.members[$0].kind == kind }.sorted { a, b in
                let fa = vector.cosine(context.vectors[a])
                let fb = vector.cosine(context.vectors[b])
                if fa != fb { return fa > fb }
                if context.projectsOf[a].count != context.projectsOf[b].count {
                    return context.projectsOf[a].count > context.projectsOf[b].count
                }
                return eco.members[a].id < eco.members[b].id
            }
            #expect(Set(three.candidates.filter { eco.members[$0].kind == kind }) == Set(ranked.prefix(3)), "\(kind)")
        }
    }

    @Test("the supercluster: constraints hold for several calls, and the proposal is the same every time")
    func supercluster() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norwegian-health-supercluster").path
        )
        let context = try MatchingContext(eco)
        let calls: [(topics: [String], roles: [MemberKind], lead: String?, size: Int?)] = [
            (["welfare technology", Self.fd], [.municipality, .hospital, .company, .university], nil, nil),
            (["welfare technology", Self.fd], [.municipality, .hospital, .company, .university], "Bergen", 6),
            (["genomics", "precision medicine"], [.hospital, .company, .company, .researchInstitute], nil, nil),
            (["dementia care"], [.municipality, .userOrganisation], "m0300", nil),
        ]
        for c in calls {
            var call = ConsortiumCall(
                topics: c.topics,
                roles: c.roles,
                lead: try c.lead.map { try eco.member(matching: $0) },
                size: c.size
            )
            call.alternatives = 3
            let planner = try ConsortiumPlanner(context, call: call)
            let p = try planner.propose()
            #expect(p.teams.count == 3)
            Self.checkConstraints(p, planner: planner, label: c.topics.joined(separator: ","))
            #expect(try ConsortiumPlanner(try MatchingContext(eco), call: call).propose() == p)  // a fresh index, the same bits
            // The best team does not depend on how many alternatives are asked for.
            var one = call
            one.alternatives = 1
            #expect(try ConsortiumPlanner(context, call: one).propose().teams == [p.teams[0]])
        }
    }
}
