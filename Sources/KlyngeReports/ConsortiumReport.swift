import Foundation
import KlyngeEcosystem
import KlyngeMatching

/// A consortium proposal as a report: the call, then each team (the best, then its
/// alternatives) with its score summary and one row per member.
///
/// `table` and `md` give a titled section per team; `csv` one table with a `team` and
/// `team_score` column in front; `json` an object with the call, the notes and the teams.
///
/// ```swift
/// let call = ConsortiumCall(topics: ["fall detection"], roles: [.municipality, .company])
/// let proposal = try ConsortiumPlanner(context, call: call).propose()
/// print(ConsortiumReport(proposal, call: call, in: eco).render(.md))
/// ```
public struct ConsortiumReport: Sendable {
    public var proposal: ConsortiumProposal
    public var call: ConsortiumCall
    public var ecosystem: Ecosystem

    public init(_ proposal: ConsortiumProposal, call: ConsortiumCall, in ecosystem: Ecosystem) {
        self.proposal = proposal
        self.call = call
        self.ecosystem = ecosystem
    }

    /// The columns of a team's table.
    public static let columns = [
        "member", "name", "role", "sector", "clusters", "topic_fit", "ties", "new_ties", "why",
    ]

    /// One row per member: id, name, role (its kind; lead or extra marked), sector, clusters,
    /// topic fit, teammates it has worked with, new ties, why.
    /// - Complexity: O(team size).
    public func rows(_ team: ConsortiumTeam) -> [[Table.Cell]] {
        team.members.map { t in
            let m = ecosystem.members[t.member]
            let role = m.kind.rawValue + (t.role == .lead ? " (lead)" : t.role == .extra ? " (extra)" : "")
            return [
                .text(m.id), .text(m.name), .text(role), .text(m.kind.sector),
                .text(m.clusters.joined(separator: "; ")),
                .number(t.topicFit), .integer(t.tiedTo.count), .integer(t.newTiesTo.count), .text(t.why),
            ]
        }
    }

    /// "score 0.751: topic fit 0.293 (0.29 of the best candidate's), cohesion 0.67 (4 of 6 pairs
    /// already tied), 1 new tie, 2 public / 2 private (balance 1.00)".
    public static func summary(_ s: TeamScore) -> String {
        func f(_ x: Double, _ d: Int = 3) -> String { String(format: "%.\(d)f", x) }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "score \(f(s.score)): topic fit \(f(s.meanFit)) (\(f(s.relativeFit, 2)) of the best candidate's), "
            + "cohesion \(f(s.cohesion, 2)) (\(s.tiedPairs) of \(plural(s.pairs, "pair")) already tied), "
            + "\(plural(s.newTies, "new tie")), \(s.publicCount) public / \(s.privateCount) private "
            + "(balance \(f(s.balance, 2)))"
    }

    /// "Consortium for 'a', 'b' in DATASET: kind, kind; N members[, led by NAME]".
    public var title: String {
        "Consortium for " + call.topics.map { "'\($0)'" }.joined(separator: ", ") + " in \(ecosystem.name): "
            + call.roles.map(\.rawValue).joined(separator: ", ") + "; \(proposal.size) members"
            + (call.lead.map { ", led by \(ecosystem.members[$0].name)" } ?? "")
    }

    /// The objective in words, with the call's weights.
    public var objective: String {
        func short(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : "\(x)" }
        return "score = topic fit (relative to the best candidate) + \(short(call.weights.cohesion)) × cohesion + "
            + "\(short(call.weights.balance)) × balance; every role covered, at least one new tie"
    }

    /// The teams as a ``Report``: the objective as its lead, one section per team.
    public var report: Report {
        var report = Report(
            title: title,
            sections: proposal.teams.enumerated().map { k, team in
                Report.Section(
                    key: "team_\(k + 1)",
                    title: k == 0 ? "Best team" : "Alternative \(k)",
                    note: Self.summary(team.score),
                    table: Table(columns: Self.columns, rows: rows(team))
                )
            }
        )
        report.lead = objective
        return report
    }

    /// The report in `format`, ending with a newline.
    /// - Complexity: O(teams × team size).
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table, .md: return report.render(format)
        case .csv: return teamRows.render(.csv)
        case .json: return json()
        }
    }

    /// Every team's members in one table, with the team number and score in front (the `csv` form).
    /// - Complexity: O(teams × team size).
    public var teamRows: Table {
        var rows: [[Table.Cell]] = []
        for (k, team) in proposal.teams.enumerated() {
            rows += self.rows(team).map { [.integer(k + 1), .number(team.score.score)] + $0 }
        }
        return Table(columns: ["team", "team_score"] + Self.columns, rows: rows)
    }

    /// `{"dataset": …, "call": {…}, "notes": […], "teams": [{"team": 1, "score": …, …, "members": [rows]}]}`
    func json() -> String {
        func list(_ xs: [String]) -> String { "[" + xs.map(Escape.json).joined(separator: ", ") + "]" }
        func exact(_ x: Double) -> String { "\(x)" }
        let lead = call.lead.map { Escape.json(ecosystem.members[$0].id) } ?? "null"
        var out = "{\n  \"dataset\": \(Escape.json(ecosystem.name)),\n  \"call\": {"
        out += "\"topics\": \(list(call.topics)), \"roles\": \(list(call.roles.map(\.rawValue))), "
        out += "\"lead\": \(lead), \"size\": \(proposal.size), "
        out += "\"cohesion_weight\": \(exact(call.weights.cohesion)), "
        out += "\"balance_weight\": \(exact(call.weights.balance))},\n"
        out += "  \"notes\": \(list(proposal.notes)),\n  \"teams\": ["
        for (k, team) in proposal.teams.enumerated() {
            let s = team.score
            out += k == 0 ? "\n" : ",\n"
            out += "    {\"team\": \(k + 1), \"score\": \(exact(s.score)), \"topic_fit\": \(exact(s.meanFit)), "
            out += "\"relative_topic_fit\": \(exact(s.relativeFit)), \"cohesion\": \(exact(s.cohesion)), "
            out += "\"tied_pairs\": \(s.tiedPairs), \"new_ties\": \(s.newTies), \"pairs\": \(s.pairs), "
            out += "\"balance\": \(exact(s.balance)), \"public\": \(s.publicCount), \"private\": \(s.privateCount),\n"
            out += "     \"summary\": \(Escape.json(Self.summary(s))),\n     \"members\": "
            let rows = Table(columns: Self.columns, rows: rows(team)).render(.json)
                .split(separator: "\n").map { "     " + $0 }.joined(separator: "\n")
            out += rows.dropFirst(5) + "}"
        }
        return out + "\n  ]\n}\n"
    }
}
