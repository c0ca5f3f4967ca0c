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
            The score adds up weighted evidence, each part normalised to 0–1: topic fit (TF-IDF \
            cosine of topics and project titles), proximity (personalised PageRank from the seeker \
            on the collaboration graph), shared partners (Adamic–Adar), consortium overlap (the \
            largest share of one of the seeker's past project teams that has worked with the \
            candidate), experience on the topics, activity (past projects), pilot-site experience, public–private complementarity, geography (same or nearby \
            county), capacity (inhabitants or employees) and recency. The default weights depend \
            on the query: tuned for members seeking universities, tuned for members seeking other \
            kinds, hand-set for a newcomer's --profile. --weights FILE sets them ('feature = weight' \
            lines; features not named keep their default). Members the seeker already works with are left out unless \
            --include-partners. Ties are broken by member id.
            """
    )

    @Argument(help: "Dataset folder.")
    var dataset: String

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp("The seeker: a member id or an unambiguous name.", valueName: "MEMBER")
    )
    var seeker: String?

    @Option(
        help: ArgumentHelp(
            "A newcomer instead: \"kind=company;topics=fall detection,welfare technology;county=Vestland\".",
            valueName: "PROFILE"
        )
    )
    var profile: String?

    @Option(help: ArgumentHelp("Candidate kinds, comma-separated (default: every kind).", valueName: "KINDS"))
    var kind: String?

    @Option(help: ArgumentHelp("Only candidates in these counties, comma-separated.", valueName: "COUNTIES"))
    var county: String?

    @Option(help: "Only candidates of this cluster.")
    var cluster: String?

    @Option(
        help: ArgumentHelp(
            "Only candidates of this size (inhabitants or employees), e.g. 5000-50000.",
            valueName: "MIN-MAX"
        )
    )
    var size: YearRange?

    @Flag(help: "Only candidates that have been a pilot site.")
    var piloted = false

    @Flag(help: "Keep candidates the seeker already works with.")
    var includePartners = false

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
    }

    func run() async throws {
        try await runReportingErrors {
            let eco = try DatasetLoader().load(folder: dataset)
            let started = Date()
            let context = try MatchingContext(eco)
            let who: Seeker =
                try seeker.map { .member(try eco.member(matching: $0)) } ?? Seeker.parseProfile(profile ?? "")
            var query = MatchQuery(seeker: who, kinds: Set(try parseKinds(kind)))
            query.counties = Set(
                (county ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            )
            query.cluster = cluster
            query.sizeRange = size?.range
            query.pilotedBefore = piloted
            query.includePartners = includePartners
            query.top = top
            query.threads = io.threads
            if let weights { query.weights = try MatchWeights.read(path: weights, base: query.weights) }
            let prepared = Date()
            let ranked = Matcher(context).rank(query)
            let matched = Date()
            guard !ranked.isEmpty else { throw MatchError.noCandidates("no candidate passes the filters") }
            let shown = Array(ranked.prefix(top))
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            Diagnostics.note(
                "\(ranked.count) candidates ranked in \(Int((matched.timeIntervalSince(prepared) * 1000).rounded())) ms (index built in \(Int((prepared.timeIntervalSince(started) * 1000).rounded())) ms)"
            )
            try Output.write(
                MatchReport(shown, seeker: who, in: eco, explain: explain).render(io.format),
                to: io.output,
                protecting: [dataset] + (weights.map { [$0] } ?? [])
            )
            if let map {
                let seekerOnMap: MatchSeeker
                switch who {
                case .member(let i): seekerOnMap = .member(i)
                case .profile(let k, let topics, let c):
                    seekerOnMap = .profile(
                        label: "New \(k.rawValue): " + topics.joined(separator: ", ") + (c.map { " (\($0))" } ?? ""),
                        kind: k
                    )
                }
                let pairs = shown.map {
                    SuggestedPair(
                        candidate: $0.candidate,
                        score: $0.score,
                        path: $0.path,
                        reason: $0.reasons.joined(separator: "\n")
                    )
                }
                let drawing = try eco.matchMap(seeker: seekerOnMap, suggestions: pairs)
                let ext = URL(fileURLWithPath: map).pathExtension.lowercased()
                if ext == "dot" {
                    try Output.write(drawing.dot, to: map, protecting: [dataset])
                } else {
                    let format = RenderFormat(rawValue: ext) ?? .svg
                    try Output.write(Data(try drawing.render(format)), to: map, protecting: [dataset])
                }
                Diagnostics.note("match map → \(map)")
            }
        }
    }

    func parseKinds(_ text: String?) throws -> [MemberKind] {
        do { return try MemberKind.parseList(text ?? "") } catch { throw ValidationError(error.description) }
    }

}
