import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports

/// `klynge consortium DATASET --topics … --roles …`: propose a team for a funding call.
struct ConsortiumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consortium",
        abstract:
            "Propose a team for a funding call: every role covered, topic fit, cohesion, a new tie, public/private balance.",
        discussion: """
            A team T of N members scores F + λ·C + μ·B: F the mean topic fit (TF-IDF cosine of \
            each member's topics and project titles with the call's topics) relative to the best \
            candidate's; C the share of member pairs that have shared a project (cohesion); B = \
            1 − |public − private| / N (balance). λ = --cohesion-weight (0.5), μ = \
            --balance-weight (0.25).

            Every role is covered (a member kind; listed twice, two members of it), the lead (if \
            given) is in, and at least one pair has not worked together yet (a new tie). N is \
            --size, by default the number of roles (plus one when the lead's kind is not a role).

            Candidates are the --candidates members of each role kind with the best topic fit. \
            The search is greedy, then swaps one member (two when no single swap helps) while the \
            score improves; ties go to the smaller member id, so the output is always the same. Each alternative \
            differs from every earlier team in at least half of its members besides the lead. \
            Each member's 'why' names the call topics it shares, who in the team it has worked \
            with and in which project, the new ties it brings and, for members beyond the \
            roles, the public/private mix.
            """
    )

    @Argument(help: "Dataset folder.")
    var dataset: String

    @Option(help: ArgumentHelp("The call's topics, comma-separated.", valueName: "TOPICS"))
    var topics: String

    @Option(
        help: ArgumentHelp(
            "Required member kinds, comma-separated (repeat a kind to need more than one).",
            valueName: "KINDS"
        )
    )
    var roles: String

    @Option(help: ArgumentHelp("A member that must be in the team: an id or an unambiguous name.", valueName: "MEMBER"))
    var lead: String?

    @Option(help: "Team size (default: the number of roles, plus one when the lead's kind is not a role).")
    var size: Int?

    @Option(help: "How many teams to propose: the best and its alternatives.")
    var alternatives = 2

    @Option(help: "Candidates kept per role kind, best topic fit first.")
    var candidates = 30

    @Option(help: "λ: weight of cohesion (share of pairs that have worked together).")
    var cohesionWeight = 0.5

    @Option(help: "μ: weight of the public/private balance.")
    var balanceWeight = 0.25

    @Option(help: "Output format: table, csv, json or md.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if alternatives < 1 { throw ValidationError("--alternatives must be at least 1") }
        if candidates < 1 { throw ValidationError("--candidates must be at least 1") }
        if !(cohesionWeight >= 0 && cohesionWeight.isFinite) {
            throw ValidationError("--cohesion-weight must be a number ≥ 0")
        }
        if !(balanceWeight >= 0 && balanceWeight.isFinite) {
            throw ValidationError("--balance-weight must be a number ≥ 0")
        }
    }

    func run() async throws {
        try await runReportingErrors {
            do {
                let eco = try DatasetLoader().load(folder: dataset)
                var call = ConsortiumCall(
                    topics: ConsortiumCall.parseTopics(topics),
                    roles: try ConsortiumCall.parseRoles(roles)
                )
                if call.topics.isEmpty { throw ConsortiumError.noTopics }
                call.lead = try lead.map { try eco.member(matching: $0) }
                call.size = size
                call.alternatives = alternatives
                call.candidatesPerRole = candidates
                call.weights = ConsortiumWeights(cohesion: cohesionWeight, balance: balanceWeight)
                let started = Date()
                let context = try MatchingContext(eco)
                let prepared = Date()
                let proposal = try ConsortiumPlanner(context, call: call).propose()
                let done = Date()
                if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
                for note in proposal.notes { Diagnostics.note(note) }
                let teams = proposal.teams.count
                Diagnostics.note(
                    "\(teams) team\(teams == 1 ? "" : "s") of \(proposal.size) in \(milliseconds(done.timeIntervalSince(prepared))) ms"
                        + " (index built in \(milliseconds(prepared.timeIntervalSince(started))) ms)"
                )
                try Output.write(render(proposal, call: call, eco: eco), to: output, protecting: [dataset])
            } catch let e as ConsortiumError {
                throw ReportError(e.description)
            }
        }
    }

    func milliseconds(_ t: TimeInterval) -> Int { Int((t * 1000).rounded()) }

    static let columns = ["member", "name", "role", "sector", "clusters", "topic_fit", "ties", "new_ties", "why"]

    /// One row per member: id, name, role (its kind; lead or extra marked), sector, clusters,
    /// topic fit, teammates it has worked with, new ties, why.
    static func rows(_ team: ConsortiumTeam, eco: Ecosystem) -> [[Table.Cell]] {
        team.members.map { t in
            let m = eco.members[t.member]
            let role = m.kind.rawValue + (t.role == .lead ? " (lead)" : t.role == .extra ? " (extra)" : "")
            return [
                .text(m.id), .text(m.name), .text(role), .text(m.kind.sector),
                .text(m.clusters.joined(separator: "; ")),
                .number(t.topicFit), .integer(t.tiedTo.count), .integer(t.newTiesTo.count), .text(t.why),
            ]
        }
    }

    /// "score 0.751: topic fit 0.293 (0.29 of the best candidate's), cohesion 0.67 (4 of 6 pairs already tied), …"
    static func summary(_ s: TeamScore) -> String {
        func f(_ x: Double, _ d: Int = 3) -> String { String(format: "%.\(d)f", x) }
        return "score \(f(s.score)): topic fit \(f(s.meanFit)) (\(f(s.relativeFit, 2)) of the best candidate's), "
            + "cohesion \(f(s.cohesion, 2)) (\(s.tiedPairs) of \(s.pairs) pair\(s.pairs == 1 ? "" : "s") already tied), "
            + "\(s.newTies) new tie\(s.newTies == 1 ? "" : "s"), \(s.publicCount) public / \(s.privateCount) private (balance \(f(s.balance, 2)))"
    }

    static func title(_ call: ConsortiumCall, size: Int, eco: Ecosystem) -> String {
        "Consortium for " + call.topics.map { "'\($0)'" }.joined(separator: ", ") + " in \(eco.name): "
            + call.roles.map(\.rawValue).joined(separator: ", ") + "; \(size) members"
            + (call.lead.map { ", led by \(eco.members[$0].name)" } ?? "")
    }

    func render(_ proposal: ConsortiumProposal, call: ConsortiumCall, eco: Ecosystem) -> String {
        let objective =
            "score = topic fit (relative to the best candidate) + \(short(call.weights.cohesion)) × cohesion + "
            + "\(short(call.weights.balance)) × balance; every role covered, at least one new tie"
        switch format {
        case .table, .md:
            let title = Self.title(call, size: proposal.size, eco: eco)
            let md = format == .md
            var out =
                md
                ? "# \(title)\n\n\(objective)\n"
                : "\(title)\n\(String(repeating: "=", count: title.count))\n\(objective)\n"
            for (k, team) in proposal.teams.enumerated() {
                let heading = k == 0 ? "Best team" : "Alternative \(k)"
                out +=
                    md
                    ? "\n## \(heading)\n\n\(Self.summary(team.score))\n\n"
                    : "\n\(heading)\n\(String(repeating: "-", count: heading.count))\n\(Self.summary(team.score))\n"
                out += Table(columns: Self.columns, rows: Self.rows(team, eco: eco)).render(format)
            }
            return out
        case .csv:
            var rows: [[Table.Cell]] = []
            for (k, team) in proposal.teams.enumerated() {
                rows += Self.rows(team, eco: eco).map { [.integer(k + 1), .number(team.score.score)] + $0 }
            }
            return Table(columns: ["team", "team_score"] + Self.columns, rows: rows).render(.csv)
        case .json:
            return json(proposal, call: call, eco: eco)
        }
    }

    /// `{"call": {…}, "teams": [{"team": 1, "score": …, …, "members": [rows]}]}`
    func json(_ proposal: ConsortiumProposal, call: ConsortiumCall, eco: Ecosystem) -> String {
        func list(_ xs: [String]) -> String { "[" + xs.map(jsonString).joined(separator: ", ") + "]" }
        var out = "{\n  \"dataset\": \(jsonString(eco.name)),\n  \"call\": {"
        out += "\"topics\": \(list(call.topics)), \"roles\": \(list(call.roles.map(\.rawValue))), "
        out += "\"lead\": \(call.lead.map { jsonString(eco.members[$0].id) } ?? "null"), \"size\": \(proposal.size), "
        out +=
            "\"cohesion_weight\": \(exact(call.weights.cohesion)), \"balance_weight\": \(exact(call.weights.balance))},\n"
        out += "  \"notes\": \(list(proposal.notes)),\n  \"teams\": ["
        for (k, team) in proposal.teams.enumerated() {
            let s = team.score
            out += k == 0 ? "\n" : ",\n"
            out += "    {\"team\": \(k + 1), \"score\": \(exact(s.score)), \"topic_fit\": \(exact(s.meanFit)), "
            out += "\"relative_topic_fit\": \(exact(s.relativeFit)), \"cohesion\": \(exact(s.cohesion)), "
            out += "\"tied_pairs\": \(s.tiedPairs), \"new_ties\": \(s.newTies), \"pairs\": \(s.pairs), "
            out += "\"balance\": \(exact(s.balance)), \"public\": \(s.publicCount), \"private\": \(s.privateCount),\n"
            out += "     \"summary\": \(jsonString(Self.summary(s))),\n     \"members\": "
            let rows = Table(columns: Self.columns, rows: Self.rows(team, eco: eco)).render(.json)
                .split(separator: "\n").map { "     " + $0 }.joined(separator: "\n")
            out += rows.dropFirst(5) + "}"
        }
        return out + "\n  ]\n}\n"
    }

    /// A JSON number: the shortest text that reads back to `x` (scores are finite).
    func exact(_ x: Double) -> String { "\(x)" }

    func short(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : "\(x)" }
}
