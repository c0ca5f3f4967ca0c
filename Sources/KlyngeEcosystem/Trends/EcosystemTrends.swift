import KlyngeGraph

/// What ``Ecosystem/trends(_:control:)`` computes.
public struct TrendOptions: Sendable, Equatable {
    /// The years to report (one row each); nil: the years the dated projects span.
    public var years: ClosedRange<Int>?
    /// K: each year counts the projects running in any of the K years up to it.
    public var window: Int
    /// Gives a before/after comparison at this year (``TrendComparison``) when set.
    public var compareYear: Int?
    /// How many members rose and fell most in betweenness, per year.
    public var movers: Int
    /// The largest component whose mean distance is exact; larger ones are sampled.
    public var exactDistanceLimit: Int
    /// Sources sampled for a larger component's mean distance, and the seed drawing them.
    public var distanceSamples: Int
    public var seed: UInt64
    /// Worker threads (nil: every core); the result is the same for any value.
    public var threads: Int?

    public init(
        years: ClosedRange<Int>? = nil,
        window: Int = 1,
        compareYear: Int? = nil,
        movers: Int = 5,
        exactDistanceLimit: Int = 20_000,
        distanceSamples: Int = 1_000,
        seed: UInt64 = 42,
        threads: Int? = nil
    ) {
        self.years = years
        self.window = window
        self.compareYear = compareYear
        self.movers = movers
        self.exactDistanceLimit = exactDistanceLimit
        self.distanceSamples = distanceSamples
        self.seed = seed
        self.threads = threads
    }
}

/// The ecosystem's collaboration network year by year (``Ecosystem/trends(_:control:)``).
public struct EcosystemTrends: Sendable {
    /// The dataset's name.
    public var dataset: String
    /// One row per year, ascending.
    public var years: [YearTrend]
    /// K, the window's length in years.
    public var window: Int
    /// What "cross-group" ties cross: clusters, or kinds when the dataset has none.
    public var grouping: TrendGrouping
    /// Projects left out because their start is unknown.
    public var undatedProjects: Int
    /// The before/after comparison, when asked for.
    public var comparison: TrendComparison?
}

/// A trends request the data cannot answer. Messages name years, never a flag.
public enum TrendError: KlyngeError, Equatable {
    /// A window of fewer than one year.
    case window(Int)
    /// No project of the dataset has a known start.
    case noDatedProject
    /// A comparison year leaving no year before it or none from it on, in `years`.
    case compareYear(Int, years: ClosedRange<Int>)

    public var description: String {
        switch self {
        case let .window(k): return "a window of \(k) years: it must be 1 year or more"
        case .noDatedProject: return "no project has a known start, so none can be placed in a year"
        case let .compareYear(y, years):
            return years.count < 2
                ? "\(y): comparing needs at least two years, and the trends cover \(NoProjectInYears.text(years)) only"
                : "\(y): give a year from \(years.lowerBound + 1) to \(years.upperBound), so that some years of "
                    + "\(NoProjectInYears.text(years)) come before it and some from it on"
        }
    }
}

extension Ecosystem {
    /// The collaboration network year by year: for each year Y of `options.years`, the
    /// projects running in any of the K years up to Y (`options.window`; a project runs from
    /// its start year to its end year, or in its start year alone without an end) give
    /// a ``YearTrend``: active members, members in their first project, ties, new ties,
    /// the share of new ties crossing clusters (by kind when the dataset has no clusters;
    /// both members must have clusters; "crossing" means none in common), the public–private
    /// share of ties, the largest connected share, the mean distance within the largest
    /// component, and the members whose betweenness (`networkx.betweenness_centrality`,
    /// normalised, on the year's graph over active members) rose and fell most since the
    /// window ending the year before. Projects with an unknown start are left out and counted.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let trends = try eco.trends(TrendOptions(years: 2016...2022, compareYear: 2020))
    /// trends.years.map(\.newTies)        // one count per year
    /// trends.comparison?.rows.first      // active members before 2020 against 2020 on
    /// ```
    ///
    /// - Parameters:
    ///   - options: the years, window, comparison and sampling.
    ///   - control: progress (years done of total) and cancellation.
    /// - Throws: ``TrendError`` for a bad window or comparison year or data without a dated
    ///   project; ``NoProjectInYears`` when no project runs in the years asked;
    ///   `CancellationError` when cancelled; `GraphError` past 2³¹ ties.
    /// - Complexity: O(Σ_p k_p² log + Y · (V + n · m)) for Y years of at most n active
    ///   members and m ties (betweenness dominates).
    public func trends(_ options: TrendOptions, control: ComputeControl? = nil) throws -> EcosystemTrends {
        guard options.window >= 1 else { throw TrendError.window(options.window) }
        guard let span = projectYears else { throw TrendError.noDatedProject }
        let years = options.years ?? span
        try checkProjects(in: (years.lowerBound - options.window + 1)...years.upperBound)
        if let y = options.compareYear, !(years.lowerBound < y && y <= years.upperBound) {
            throw TrendError.compareYear(y, years: years)
        }
        let timeline = try collaborationTimeline()
        let grouping: TrendGrouping = clusters.isEmpty ? .kinds : .clusters
        let clusterSets = members.map { Set($0.clusters) }
        let ids = members.map(\.id)
        func summary(_ slice: TimeSlice) throws -> SliceSummary {
            try timeline.summary(
                of: slice,
                exactLimit: options.exactDistanceLimit,
                samples: options.distanceSamples,
                seed: options.seed,
                threads: options.threads
            )
        }
        func slice(_ y: Int) -> TimeSlice { timeline.slice((y - options.window + 1)...y) }
        var previous = try summary(slice(years.lowerBound - 1)).betweenness
        var rows: [YearTrend] = []
        for (done, y) in years.enumerated() {
            try control?.check()
            let yearSlice = slice(y)
            let s = try summary(yearSlice)
            var grouped = 0
            var cross = 0
            var publicPrivate = 0
            for e in yearSlice.edgeIDs.lazy.map(Int.init) {
                let (u, v) = timeline.ends(ofEdge: e)
                if members[u].kind.isPublic != members[v].kind.isPublic { publicPrivate += 1 }
                guard timeline.firstStep(ofEdge: e) == y else { continue }
                switch grouping {
                case .kinds:
                    grouped += 1
                    if members[u].kind != members[v].kind { cross += 1 }
                case .clusters:
                    guard !clusterSets[u].isEmpty, !clusterSets[v].isEmpty else { continue }
                    grouped += 1
                    if clusterSets[u].isDisjoint(with: clusterSets[v]) { cross += 1 }
                }
            }
            let movers = ScoreMovers(before: previous, after: s.betweenness, ids: ids, count: options.movers)
            rows.append(
                YearTrend(
                    year: y,
                    window: s.window,
                    activeMembers: s.nodeCount,
                    firstProjectMembers: s.newNodeCount,
                    ties: s.edgeCount,
                    newTies: s.newEdgeCount,
                    groupedNewTies: grouped,
                    crossGroupNewTies: cross,
                    publicPrivateTies: publicPrivate,
                    components: s.componentCount,
                    largestComponent: s.largestComponentSize,
                    meanDistance: s.meanDistance,
                    risers: movers.risers,
                    fallers: movers.fallers
                )
            )
            previous = s.betweenness
            control?.progress?(done + 1, years.count)
        }
        return EcosystemTrends(
            dataset: name,
            years: rows,
            window: options.window,
            grouping: grouping,
            undatedProjects: projects.count { $0.start == nil },
            comparison: options.compareYear.map { TrendComparison(rows, at: $0) }
        )
    }
}
