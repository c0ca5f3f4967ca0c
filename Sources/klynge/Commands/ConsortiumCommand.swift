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

            Candidates are the --candidates members of each role kind with the best topic fit, \
            among those in --county, --country and --cluster (when given) and not in --exclude; \
            the lead is never filtered out. Members whose name is only an identifier ('PIC \
            918199964') are left out unless --include-unnamed; the notes say how many. \
            The search is greedy, then swaps one member (two when no single swap helps) while the \
            score improves; ties go to the smaller member id, so the output is always the same. Each alternative \
            differs from every earlier team in at least half of its members besides the lead. \
            Each member's 'why' names the call topics it shares, who in the team it has worked \
            with and in which project, the new ties it brings and, for members beyond the \
            roles, the public/private mix.
            """
    )

    @OptionGroup var data: DatasetArgument

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

    @OptionGroup var place: PlaceFilterOptions

    @Option(
        help: ArgumentHelp(
            "Members never proposed, comma-separated: ids or unambiguous names (not the lead).",
            valueName: "MEMBERS"
        )
    )
    var exclude: String?

    @Flag(help: "Also propose members whose name is only an identifier (e.g. 'PIC 918199964').")
    var includeUnnamed = false

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

    @OptionGroup var io: ReportOutputOptions

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
            let eco = try data.load()
            var call = ConsortiumCall(
                topics: ConsortiumCall.parseTopics(topics),
                roles: try withOption("--roles") { try ConsortiumCall.parseRoles(roles) }
            )
            if call.topics.isEmpty { throw ConsortiumError.noTopics }
            call.topics = try usageChecked(Self.self, dataset: data.dataset) { try eco.resolveTopics(call.topics) }
            call.lead = try lead.map { l in try withOption("--lead") { try eco.member(matching: l) } }
            call.counties = place.counties
            call.countries = place.countries
            call.cluster = place.cluster
            call = try usageChecked(Self.self, dataset: data.dataset) { try call.resolved(in: eco) }
            call.excluded =
                try exclude.map { e in
                    try withOption("--exclude") { try ConsortiumCall.parseMembers(e, in: eco) }
                } ?? []
            call.includeUnnamed = includeUnnamed
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
            if proposal.unnamedLeftOut > 0 { Diagnostics.note("--include-unnamed proposes them too") }
            let teams = proposal.teams.count
            Diagnostics.note(
                "\(teams) team\(teams == 1 ? "" : "s") of \(proposal.size) in \(milliseconds(done.timeIntervalSince(prepared))) ms"
                    + " (index built in \(milliseconds(prepared.timeIntervalSince(started))) ms)"
            )
            let report = ConsortiumReport(proposal, call: call, in: eco)
            try io.write(report, generator: "klynge consortium", protecting: [data.dataset])
        }
    }
}
