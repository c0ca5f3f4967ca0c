import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeRender
import KlyngeReports

/// `klynge match DATASET --for MEMBER`: ranked, explained partner suggestions.
struct Match: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest partners for a member or a newcomer, ranked and explained.",
        discussion: """
            The score adds up weighted evidence, each feature normalised to 0–1 (the names are \
            those of --weights and of the output columns):

            """ + MatchFeature.helpLines.joined(separator: "\n") + """


                The default weights depend on the query: tuned for members seeking universities, tuned \
                for members seeking other kinds, and tuned on the cold-start test for a newcomer's \
                --profile (one set for universities, one for other kinds). --weights FILE \
                sets them ('feature = weight' lines; features not named keep their default). Members \
                the seeker already works with are left out unless --include-partners. Ties are broken \
                by member id.

                Text, Markdown and HTML say once what every suggestion shares (a company seeking \
                municipalities is a private seeker for every public partner) and how many partners \
                were left out, and leave out the network columns (proximity, shared_partners, \
                consortium_overlap) when the seeker has no collaborations, since they are then 0 for \
                everyone; CSV, JSON and XLSX keep every column and each suggestion's full reasons.
                """
    )

    @OptionGroup var data: DatasetArgument

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp("The seeker: a member id or an unambiguous name.", valueName: "MEMBER")
    )
    var seeker: String?

    @Option(
        help: ArgumentHelp(
            "A newcomer instead: \"kind=company;topics=fall detection,welfare technology;county=Vestland\" (county and country=NO optional).",
            valueName: "PROFILE"
        )
    )
    var profile: String?

    @OptionGroup var filters: CandidateFilterOptions

    @Option(help: "How many suggestions.")
    var top = 10

    @Flag(help: "Explain each suggestion: the strongest evidence in words.")
    var explain = false

    @Option(help: ArgumentHelp("Feature weights: 'feature = weight' lines.", valueName: "FILE"))
    var weights: String?

    @OptionGroup var io: TableOutputOptions

    @Option(
        help: ArgumentHelp(
            "Also draw the seeker, the suggestions and their evidence paths (.svg, .png, .pdf or .dot).",
            valueName: "FILE"
        )
    )
    var map: String?

    func validate() throws {
        if (seeker == nil) == (profile == nil) {
            throw ValidationError("give either --for MEMBER or --profile \"kind=…;topics=…;county=…\"")
        }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if let map { _ = try Self.mapFormat(map) }
    }

    /// The format of the `--map` file, told by its extension (.svg, .png, .pdf or .dot).
    static func mapFormat(_ path: String) throws -> RenderFormat {
        try FileFormat.chosen(path: path, explicit: nil, allowed: FileFormat.maps, default: nil, option: "").render
    }

    func run() async throws {
        try await runReportingErrors {
            let eco = try data.load()
            let started = Date()
            let context = try MatchingContext(eco)
            let typed: Seeker =
                try seeker.map { s in .member(try withOption("--for") { try eco.member(matching: s) }) }
                ?? usageChecked(Self.self, dataset: data.dataset) {
                    try withOption("--profile") { try Seeker.parseProfile(profile ?? "") }
                }
            var query = try filters.query(for: typed, in: eco, dataset: data.dataset)
            let who = query.seeker
            query.top = top
            query.threads = io.threads
            if let weights {
                query.weights = try withOption("--weights") {
                    try MatchWeights.read(path: weights, base: query.weights)
                }
            }
            let prepared = Date()
            let matcher = Matcher(context)
            let ranked = matcher.rank(query)
            let matched = Date()
            guard !ranked.isEmpty else { throw matcher.noCandidates(for: query) }
            let shown = Array(ranked.prefix(top))
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            Diagnostics.note(
                "\(ranked.count) candidates ranked in \(milliseconds(matched.timeIntervalSince(prepared))) ms "
                    + "(index built in \(milliseconds(prepared.timeIntervalSince(started))) ms)"
            )
            let summary = matcher.summary(of: shown, for: query)
            let report = MatchReport(shown, seeker: who, in: eco, explain: explain, summary: summary)
            let inputs = [data.dataset] + (weights.map { [$0] } ?? [])
            try io.write(report, generator: "klynge match", protecting: inputs)
            if let map {
                let drawing = try context.matchMap(shown, for: who)
                try Output.write(drawing, to: map, as: try Self.mapFormat(map), protecting: [data.dataset])
                Diagnostics.note("match map → \(map)")
            }
        }
    }
}

func milliseconds(_ t: TimeInterval) -> Int { Int((t * 1000).rounded()) }
