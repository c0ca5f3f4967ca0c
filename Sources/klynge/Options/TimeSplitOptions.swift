import ArgumentParser
import KlyngeEcosystem
import KlyngeMatching
import KlyngeReports

/// The time split `klynge evaluate` tests on: the split year, who seeks, who is sought.
struct TimeSplitOptions: ParsableArguments {
    @Option(help: "Train on projects starting before this year; test on those starting in it or later.")
    var splitYear: Int

    @Option(help: ArgumentHelp("Seeker kinds, comma-separated.", valueName: "KINDS"))
    var seekerKind: String

    @Option(
        help: ArgumentHelp(
            "Target (candidate) kinds, comma-separated. With --tune it may be repeated: each set is its own split and counts the same.",
            valueName: "KINDS"
        )
    )
    var targetKind: [String]

    @Option(
        help: ArgumentHelp("Only test projects starting before this year (default: all later ones).", valueName: "YEAR")
    )
    var testBefore: Int?

    func validate() throws {
        if let b = testBefore, b <= splitYear { throw ValidationError("--test-before must be after --split-year") }
        _ = try seekers()
        if targetKind.isEmpty { throw ValidationError("give the target kinds: --target-kind KINDS") }
        _ = try targetSets()
    }

    func seekers() throws -> Set<MemberKind> { try Self.kinds(seekerKind, option: "--seeker-kind") }

    func targetSets() throws -> [Set<MemberKind>] { try targetKind.map { try Self.kinds($0, option: "--target-kind") } }

    /// One split per target-kind set, on one training context.
    /// - Throws: ``ReportError`` when a split has no test pair.
    func splits(of eco: Ecosystem) throws -> [TimeSplit] {
        try splits(of: eco) { (s: TimeSplit) in
            "no test pairs: no \(s.seekerKinds.listed) member of the training graph (projects before "
                + "\(s.splitYear)) partnered a \(s.targetKinds.listed) member it was not tied to in a project "
                + "starting in \(s.window)"
        }
    }

    /// One cold-start split per target-kind set, on one training context.
    /// - Throws: ``ReportError`` when a split has no newcomer with a true partner.
    func coldStartSplits(of eco: Ecosystem) throws -> [ColdStartSplit] {
        try splits(of: eco) { (s: ColdStartSplit) in
            "no cold-start queries: no \(s.seekerKinds.listed) member without a project before \(s.splitYear) "
                + "has a first project starting in \(s.window) with a \(s.targetKinds.listed) member of the "
                + "training graph"
        }
    }

    /// One split of either protocol per target-kind set, on one training context.
    /// - Throws: ``ReportError`` with `noQueries` of the first split without a query.
    func splits<Split: EvaluationSplit>(of eco: Ecosystem, noQueries: (Split) -> String) throws -> [Split] {
        let context = try MatchingContext(eco, before: splitYear)
        let seekers = try seekers()
        let splits = try targetSets().map {
            Split(context: context, seekerKinds: seekers, targetKinds: $0, testBefore: testBefore)
        }
        if let s = splits.first(where: { $0.queryCount == 0 }) { throw ReportError(noQueries(s)) }
        return splits
    }

    /// Kinds from a comma-separated list; an unknown kind or none is a usage error.
    static func kinds(_ text: String, option: String) throws -> Set<MemberKind> {
        let kinds = try withOption(option, usage: true) { try MemberKind.parseList(text) }
        if kinds.isEmpty { throw ValidationError("\(option) needs at least one kind") }
        return Set(kinds)
    }
}
