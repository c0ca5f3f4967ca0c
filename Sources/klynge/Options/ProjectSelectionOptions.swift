import ArgumentParser
import KlyngeEcosystem
import KlyngeReports

/// Which projects and ties of a dataset make the collaboration graph.
struct ProjectSelectionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Dataset input: only projects active in these years, e.g. 2018-2022 or 2020.",
            valueName: "FROM-TO"
        )
    )
    var years: YearRange?

    @Flag(help: "Dataset input: add the explicit ties of relations.csv to the project ties (each adds its weight).")
    var relations = false

    /// Checks that some project of `eco` runs in `--years` (when given).
    /// - Throws: ``NoProjectInYears`` naming the years the data spans.
    func checkYears(in eco: Ecosystem) throws {
        if let years { try eco.checkProjects(in: years.range) }
    }
}

/// The dataset options of the commands that build a weighted collaboration graph: the
/// project selection and the tie weighting.
struct CollaborationOptions: ParsableArguments {
    @OptionGroup var selection: ProjectSelectionOptions

    @Option(help: "Dataset input: tie weight, shared-projects or newman (Σ 1/(k−1) over shared projects of k members).")
    var weighting: CollaborationWeighting = .sharedProjects

    var years: ClosedRange<Int>? { selection.years?.range }
    var relations: Bool { selection.relations }

    /// Loads `input` (a dataset folder or an edge list) with these dataset options.
    /// - Throws: also ``NoProjectInYears`` when no project of a dataset runs in `--years`.
    /// A dataset's warnings and notes go to standard error, once. `threads` parse an edge list.
    func load(_ input: String, directed: Bool, weighted: Bool, threads: Int?) throws -> AnalysisInput {
        let loaded = try AnalysisInput.load(
            input,
            directed: directed,
            weighted: weighted,
            weighting: weighting,
            years: years,
            includeRelations: relations,
            threads: threads
        )
        if let eco = loaded.ecosystem {
            Diagnostics.loadNotices(of: eco)
            try selection.checkYears(in: eco)
        }
        return loaded
    }
}
