import Foundation
import KlyngeEcosystem

extension ConsortiumPlanner {
    /// The best team and up to `call.alternatives − 1` alternatives, each explained.
    /// See ``ConsortiumPlanner`` for the objective, the constraints and the search.
    ///
    /// ```swift
    /// let proposal = try ConsortiumPlanner(context, call: call).propose()
    /// let best = proposal.teams[0]
    /// print(best.score.score, best.members.map { context.ecosystem.members[$0.member].name })
    /// ```
    ///
    /// - Throws: ``ConsortiumError/noNewTie`` when the search finds no team with a new tie;
    ///   ``ConsortiumError/cancelled`` when ``control`` was cancelled during the search.
    /// - Complexity: see ``ConsortiumPlanner``: P greedy starts and local searches per team, for
    ///   P candidates, and once more for each alternative.
    public func propose() throws(ConsortiumError) -> ConsortiumProposal {
        var notes = [poolNote()] + filterNotes() + topicNotes()
        var first = search(avoiding: [])
        if isCancelled { throw .cancelled }
        if violations(first, []) > 0 { throw .noNewTie }
        var teams: [[Int]] = []
        var shortfall: String?
        while true {
            (teams, shortfall) = alternatives(after: first)
            if isCancelled { throw .cancelled }
            // The search is heuristic: an alternative may beat the first team. Then search again
            // from it (each restart raises the first team's score, so this ends).
            guard let better = teams.dropFirst().max(by: { score($0).score < score($1).score }),
                score(better).score > score(first).score + 1e-12
            else { break }
            first = improve(better, avoiding: [], doubleSwaps: true)
        }
        if isCancelled { throw .cancelled }
        // Teams differ pairwise (the overlap rule is symmetric), so any order keeps the rule: best first.
        let ordered = teams.enumerated().sorted { a, b in
            let sa = score(a.element).score
            let sb = score(b.element).score
            return abs(sa - sb) > 1e-12 ? sa > sb : a.offset < b.offset
        }.map(\.element)
        if let shortfall { notes.append(shortfall) }
        return ConsortiumProposal(
            teams: ordered.map(describe),
            size: size,
            notes: notes,
            unnamedLeftOut: unnamedLeftOut.count
        )
    }

    /// `first` and up to `call.alternatives − 1` more teams, each differing from every earlier
    /// one in at least half of its non-lead members; a note when fewer were found.
    func alternatives(after first: [Int]) -> (teams: [[Int]], note: String?) {
        var teams = [first]
        for k in 1..<max(1, call.alternatives) {
            let avoid = teams.map { t in Set(t.filter { $0 != leadSlot }) }
            let team = search(avoiding: avoid)
            if violations(team, avoid) > 0 {
                return (
                    teams,
                    "only \(k) team\(k == 1 ? "" : "s"): no other team covers the roles, brings a new tie and "
                        + "differs from \(k == 1 ? "the first" : "each earlier one") in at least half of its members"
                        + (leadSlot == nil ? "" : " besides the lead")
                )
            }
            teams.append(team)
        }
        return (teams, nil)
    }

    /// Whether ``control`` asks the search to stop (it then returns what it has; ``propose()`` throws).
    var isCancelled: Bool { control?.isCancelled ?? false }

    /// Constraints a team breaks: 1 when every pair is already tied, plus for each earlier
    /// team A how many more of A's non-lead members it keeps than ⌊|A|/2⌋.
    func violations(_ team: [Int], _ avoid: [Set<Int>]) -> Int {
        var v = hasNewTie(team) ? 0 : 1
        for a in avoid { v += max(0, team.filter(a.contains).count - a.count / 2) }
        return v
    }

    /// The best team the search reaches under `avoid` (earlier teams): local search with single
    /// swaps from the greedy start and from a greedy start seeded with each candidate in turn;
    /// the best of these local optima (fewest violations, then highest score, then first
    /// start) is improved further with double swaps.
    func search(avoiding avoid: [Set<Int>]) -> [Int] {
        var starts = [greedy(avoiding: avoid, seed: nil) ?? []]
        let forbidden = avoid.reduce(into: Set<Int>()) { $0.formUnion($1) }
        for c in pool.indices where c != leadSlot && kindOf[c] >= 0 && !forbidden.contains(c) {
            if let t = greedy(avoiding: avoid, seed: c) { starts.append(t) }
        }
        var seen = Set<[Int]>()
        var best: (team: [Int], v: Int, s: Double)?
        for start in starts where seen.insert(start).inserted {
            if isCancelled { break }
            let t = improve(start, avoiding: avoid, doubleSwaps: false)
            let v = violations(t, avoid)
            let s = score(t).score
            if let b = best, v > b.v || (v == b.v && s <= b.s + 1e-12) { continue }
            best = (t, v, s)
        }
        return improve(best?.team ?? starts[0], avoiding: avoid, doubleSwaps: true)
    }

    /// Greedy start: the lead (and `seed`), then one candidate at a time, the one giving the
    /// partial team the best score (first by id among equals), only from kinds still missing
    /// once the open seats are just enough for them. Candidates in `avoid` are taken only when
    /// nothing else fits. Nil when the seed leaves too few seats for the roles.
    func greedy(avoiding avoid: [Set<Int>], seed: Int?) -> [Int]? {
        var team: [Int] = leadSlot.map { [$0] } ?? []
        var have = [Int](repeating: 0, count: kinds.count)
        if let l = leadSlot, kindOf[l] >= 0 { have[kindOf[l]] += 1 }
        let forbidden = avoid.reduce(into: Set<Int>()) { $0.formUnion($1) }
        if let seed {
            team.append(seed)
            have[kindOf[seed]] += 1
            if size - team.count < zip(have, required).reduce(0, { $0 + max(0, $1.1 - $1.0) }) { return nil }
        }
        while team.count < size {
            let deficit = zip(have, required).reduce(0) { $0 + max(0, $1.1 - $1.0) }
            let mustFill = size - team.count <= deficit
            var best: Int?
            var bestScore = -Double.infinity
            for pass in 0..<2 where best == nil {
                for i in pool.indices where i != leadSlot && !team.contains(i) && kindOf[i] >= 0 {
                    if mustFill && have[kindOf[i]] >= required[kindOf[i]] { continue }
                    if pass == 0 && forbidden.contains(i) { continue }
                    let s = score(team + [i]).score
                    if s > bestScore + 1e-12 {
                        best = i
                        bestScore = s
                    }
                }
            }
            // The pools hold at least the open seats and every kind's need, so a candidate exists.
            guard let pick = best else { break }
            team.append(pick)
            have[kindOf[pick]] += 1
        }
        return team.sorted()
    }

    /// Local search: the best single swap (one non-lead member out, one candidate in, the roles
    /// still covered) while one improves; when none does and `doubleSwaps`, the best double swap
    /// (two out, two in), back to single swaps after each move. A move improves with fewer
    /// violations, or as many and a score higher by more than 1e-12; among equal moves the first
    /// in (out ids, in ids) order wins.
    func improve(_ start: [Int], avoiding avoid: [Set<Int>], doubleSwaps: Bool) -> [Int] {
        var team = start.sorted()
        var current = (v: violations(team, avoid), s: score(team).score)
        let p = pool.count
        let n = team.count
        let pairs = n * (n - 1) / 2
        let w = call.weights
        // Membership of the earlier teams, and how many of each a team may keep.
        let inAvoid = avoid.map { a in pool.indices.map(a.contains) }
        let allowed = avoid.map { $0.count / 2 }
        while !isCancelled {
            // The team's counts; a move's score follows from them in O(1) per earlier team.
            var inTeam = [Bool](repeating: false, count: p)
            for i in team { inTeam[i] = true }
            var tiesTo = [Int](repeating: 0, count: p)  // teammates each pool entry is tied to
            for i in team { for c in 0..<p where c != i && tied(i, c) { tiesTo[c] += 1 } }
            let tiedPairs = team.reduce(0) { $0 + tiesTo[$1] } / 2
            var have = [Int](repeating: 0, count: kinds.count)
            for i in team where kindOf[i] >= 0 { have[kindOf[i]] += 1 }
            let rel = team.reduce(0) { $0 + relativeFit[$1] }
            let pub = team.filter { isPublic[$0] }.count
            let overlap = inAvoid.map { a in team.filter { a[$0] }.count }
            let open = team.indices.filter { team[$0] != leadSlot }
            let outside = pool.indices.filter { $0 != leadSlot && !inTeam[$0] && kindOf[$0] >= 0 }

            /// (violations, score) after swapping `o1` (and `o2`) out for `i1` (and `i2`); −1: none.
            /// nil when a role is left uncovered.
            func evaluate(_ o1: Int, _ o2: Int, _ i1: Int, _ i2: Int) -> (v: Int, s: Double)? {
                let k1 = kindOf[o1]
                let k2 = o2 >= 0 ? kindOf[o2] : -1
                for k in [k1, k2] where k >= 0 {
                    var h = have[k]
                    if k1 == k { h -= 1 }
                    if k2 == k { h -= 1 }
                    if kindOf[i1] == k { h += 1 }
                    if i2 >= 0 && kindOf[i2] == k { h += 1 }
                    if h < required[k] { return nil }
                }
                var t = tiedPairs - tiesTo[o1] + tiesTo[i1] - (tied(i1, o1) ? 1 : 0)
                var r = rel - relativeFit[o1] + relativeFit[i1]
                var pb = pub - (isPublic[o1] ? 1 : 0) + (isPublic[i1] ? 1 : 0)
                if o2 >= 0 {
                    t += -tiesTo[o2] + tiesTo[i2] + (tied(o1, o2) ? 1 : 0) + (tied(i1, i2) ? 1 : 0)
                    t -= (tied(i1, o2) ? 1 : 0) + (tied(i2, o1) ? 1 : 0) + (tied(i2, o2) ? 1 : 0)
                    r += relativeFit[i2] - relativeFit[o2]
                    pb += (isPublic[i2] ? 1 : 0) - (isPublic[o2] ? 1 : 0)
                }
                var v = t < pairs ? 0 : 1
                for (a, member) in inAvoid.enumerated() {
                    var o = overlap[a] - (member[o1] ? 1 : 0) + (member[i1] ? 1 : 0)
                    if o2 >= 0 { o += (member[i2] ? 1 : 0) - (member[o2] ? 1 : 0) }
                    v += max(0, o - allowed[a])
                }
                let c = pairs > 0 ? Double(t) / Double(pairs) : 0
                let b = 1 - Double(abs(pb - (n - pb))) / Double(n)
                return (v, r / Double(n) + w.cohesion * c + w.balance * b)
            }

            var best: (outs: [Int], ins: [Int], v: Int, s: Double)?
            func consider(_ o1: Int, _ o2: Int, _ i1: Int, _ i2: Int) {
                guard let e = evaluate(o1, o2, i1, i2) else { return }
                let bar = best.map { ($0.v, $0.s) } ?? current
                if e.v < bar.0 || (e.v == bar.0 && e.s > bar.1 + 1e-12) {
                    best = (o2 >= 0 ? [o1, o2] : [o1], i2 >= 0 ? [i1, i2] : [i1], e.v, e.s)
                }
            }
            for x in open {
                for c in outside { consider(team[x], -1, c, -1) }
            }
            if best == nil && doubleSwaps {
                for (k, x) in open.enumerated() {
                    for y in open[(k + 1)...] {
                        for (l, c) in outside.enumerated() {
                            for d in outside[(l + 1)...] { consider(team[x], team[y], c, d) }
                        }
                    }
                }
            }
            guard let move = best else { return team }
            team = (team.filter { !move.outs.contains($0) } + move.ins).sorted()
            current = (violations(team, avoid), score(team).score)
        }
        return team
    }

    /// The team as members in display order (lead, roles in the call's order, extras), explained.
    func describe(_ team: [Int]) -> ConsortiumTeam {
        let eco = context.ecosystem
        let byFit: (Int, Int) -> Bool = { a, b in fit[a] != fit[b] ? fit[a] > fit[b] : a < b }
        var order: [(slot: Int, role: TeamRole)] = []
        if let l = leadSlot { order.append((l, .lead)) }
        var extras: [Int] = []
        for (k, kind) in kinds.enumerated() {
            let ofKind = team.filter { $0 != leadSlot && kindOf[$0] == k }.sorted(by: byFit)
            let need = max(0, required[k] - (leadSlot.map { eco.members[pool[$0]].kind == kind } == true ? 1 : 0))
            order += ofKind.prefix(need).map { ($0, .required) }
            extras += ofKind.dropFirst(need)
        }
        order += extras.sorted(by: byFit).map { ($0, .extra) }
        let s = score(team)
        let members = order.map { slot, role in
            let others = team.filter { $0 != slot }
            return TeamMember(
                member: pool[slot],
                role: role,
                topicFit: fit[slot],
                tiedTo: others.filter { tied(slot, $0) }.map { pool[$0] },
                newTiesTo: others.filter { !tied(slot, $0) }.map { pool[$0] },
                why: why(slot, role: role, team: team)
            )
        }
        return ConsortiumTeam(members: members, score: s)
    }

    /// Why a member is in the team: the call topics it shares, who in the team it has worked
    /// with (the strongest tie and its latest shared project), the new ties it brings and,
    /// for a member beyond the roles, the public/private mix it evens.
    func why(_ slot: Int, role: TeamRole, team: [Int]) -> String {
        let eco = context.ecosystem
        let m = pool[slot]
        var parts: [String] = []
        let shared = callVector.sharedTerms(context.vectors[m])
        if shared.isEmpty {
            parts.append(
                "no call topic in its record"
                    + (role == .required ? "; fills the \(eco.members[m].kind.rawValue) role" : "")
            )
        } else {
            parts.append(
                "shares call topics: " + shared.prefix(3).joined(separator: ", ")
                    + (shared.count > 3 ? " (+\(shared.count - 3))" : "")
            )
        }
        let others = team.filter { $0 != slot }
        // The strongest tie first: most shared projects, then the smaller id.
        let together = Dictionary(
            uniqueKeysWithValues: others.filter { tied(slot, $0) }.map { ($0, sharedProjects(m, pool[$0])) }
        )
        let tiedTo = together.keys.sorted { a, b in
            together[a]!.count != together[b]!.count ? together[a]!.count > together[b]!.count : a < b
        }
        if let first = tiedTo.first {
            let projects = together[first]!
            var text = "already worked with \(eco.members[pool[first]].name)"
            if let latest = projects.last {
                let title = eco.projects[latest].title.map { "'\($0)'" } ?? "project \(eco.projects[latest].id)"
                text += projects.count == 1 ? " in \(title)" : " (\(projects.count) projects, latest \(title))"
            }
            if tiedTo.count > 1 { text += " and with \(tiedTo.count - 1) more teammate\(tiedTo.count == 2 ? "" : "s")" }
            parts.append(text)
        }
        let newTo = others.filter { !tied(slot, $0) }
        if !newTo.isEmpty {
            let names = newTo.prefix(2).map { eco.members[pool[$0]].name }
            let more = newTo.count > 2 ? " and \(newTo.count - 2) more" : ""
            let list = newTo.count == 2 ? names.joined(separator: " and ") : names.joined(separator: ", ") + more
            parts.append("new tie\(newTo.count == 1 ? "" : "s") to \(list)")
        }
        if role == .extra {
            let same = others.filter { isPublic[$0] == isPublic[slot] }.count
            if same <= others.count - same {
                let pub = team.filter { isPublic[$0] }.count
                parts.append("evens the public/private mix (\(pub) public, \(team.count - pub) private)")
            }
        }
        return parts.joined(separator: "; ")
    }

    /// Projects two members share (usable in the context), oldest start first (ties by index).
    func sharedProjects(_ a: Int, _ b: Int) -> [Int] {
        let projects = context.ecosystem.projects
        return context.memberProjects.shared(a, b).sorted { x, y in
            let sx = projects[x].start
            let sy = projects[y].start
            if sx != sy { return (sx.map { s in sy.map { s < $0 } ?? false }) ?? true }
            return x < y
        }
    }

    /// "candidates by topic fit: 30 of 72 municipalities, 16 hospitals, …"
    func poolNote() -> String {
        "candidates by topic fit: "
            + poolCounts.map { c in
                let kind = c.total == 1 ? c.kind.rawValue : plural(c.kind)
                return c.kept < c.total ? "\(c.kept) of \(c.total) \(kind)" : "\(c.total) \(kind)"
            }.joined(separator: ", ")
    }

    /// The call's filters, and how many unnamed members were left out.
    func filterNotes() -> [String] {
        var notes: [String] = []
        let phrases = call.filterPhrases()
        if !phrases.isEmpty { notes.append("candidates only " + phrases.joined(separator: "; ")) }
        let (count, example) = unnamedLeftOut
        if count > 0 {
            notes.append(
                "\(count) unnamed member\(count == 1 ? "" : "s") left out (a name that is only an identifier"
                    + (example.map { ", like '\($0)'" } ?? "") + "); they are proposed only when asked for"
            )
        }
        return notes
    }

    /// Topics no member has, and a warning when no candidate matches any topic.
    func topicNotes() -> [String] {
        var notes: [String] = []
        let unknown = call.topics.filter {
            context.topics.idf[$0.lowercased().trimmingCharacters(in: .whitespaces)] == nil
        }
        if !unknown.isEmpty {
            notes.append(
                "no member's topics or project titles mention " + unknown.map { "'\($0)'" }.joined(separator: ", ")
            )
        }
        if fit.allSatisfy({ $0 == 0 }) {
            notes.append("no candidate shares a call topic: teams are chosen by cohesion and balance only")
        }
        return notes
    }
}

/// "municipalities", "companies", "hospitals", "others".
func plural(_ kind: MemberKind) -> String {
    let word = kind.rawValue
    if kind == .other { return "others" }
    return word.hasSuffix("y") ? word.dropLast() + "ies" : word + "s"
}
