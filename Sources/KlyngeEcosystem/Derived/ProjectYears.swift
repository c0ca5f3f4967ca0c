import KlyngeGraph

/// A year window in which no project of the dataset runs.
public struct NoProjectInYears: KlyngeError, Equatable {
    public let years: ClosedRange<Int>
    /// The years the dataset's dated projects span, or nil when none is dated.
    public let span: ClosedRange<Int>?
    /// Projects with an unknown start (in no year window).
    public let undated: Int

    public init(years: ClosedRange<Int>, span: ClosedRange<Int>?, undated: Int = 0) {
        self.years = years
        self.span = span
        self.undated = undated
    }

    /// `no project runs in 2030–2031; the data spans 2014–2024`, and how many projects have
    /// an unknown start when some do.
    public var description: String {
        "no project runs in \(Self.text(years)); "
            + (span.map { "the data spans \(Self.text($0))" } ?? "the data has no dated project")
            + (undated == 0
                ? ""
                : " (\(undated) project\(undated == 1 ? " has" : "s have") an unknown start and \(undated == 1 ? "is" : "are") in no year window)")
    }

    static func text(_ r: ClosedRange<Int>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)–\(r.upperBound)"
    }
}

extension Ecosystem {
    /// The years the dated projects run: the earliest start to the latest end (a project
    /// without an end runs in its start year), or nil when no project is dated.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// eco.projectYears  // 2014...2024 (say)
    /// ```
    /// - Complexity: O(projects).
    public var projectYears: ClosedRange<Int>? {
        var low: Int?
        var high: Int?
        for p in projects {
            guard let s = p.start?.year else { continue }
            let e = max(p.end?.year ?? s, s)
            low = min(low ?? s, s)
            high = max(high ?? e, e)
        }
        guard let low, let high else { return nil }
        return low...high
    }

    /// Checks that some project runs in `years` (``projects(activeIn:)``), so that an analysis
    /// of the window is not a table of zeros.
    /// - Throws: ``NoProjectInYears`` with the years the data spans.
    ///
    /// ```swift
    /// try eco.checkProjects(in: 2018...2020)  // fine
    /// try eco.checkProjects(in: 2030...2031)  // throws: no project runs in 2030–2031; the data spans …
    /// ```
    /// - Complexity: O(projects).
    public func checkProjects(in years: ClosedRange<Int>) throws(NoProjectInYears) {
        guard projects(activeIn: years).isEmpty else { return }
        throw NoProjectInYears(years: years, span: projectYears, undated: projects.filter { $0.start == nil }.count)
    }
}
