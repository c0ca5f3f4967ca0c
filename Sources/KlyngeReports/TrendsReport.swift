import KlyngeEcosystem
import KlyngeGraph

/// `klynge trends`: the collaboration network year by year as a report.
///
/// Sections: the year table (one row per year: active members, members in their first
/// project, ties, new ties, the cross-cluster share of new ties — cross-kind without clusters —,
/// the public–private share of ties, the largest connected share, the mean distance), with one
/// line chart per column in the HTML page; the betweenness risers and fallers of each year;
/// and, when asked, the before/after comparison (``TrendComparison``). Shares are percentages
/// (full precision in CSV and JSON); an undefined value says why in words.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let report = trendsReport(try eco.trends(TrendOptions(compareYear: 2020)), ecosystem: eco)
/// print(report.render(.table))
/// ```
/// - Complexity: O(years · (measures + movers)).
public func trendsReport(_ trends: EcosystemTrends, ecosystem eco: Ecosystem) -> Report {
    let text = TrendsText(grouping: trends.grouping)
    var report = Report(title: "Trends of \(trends.dataset)")
    report.lead = text.lead(trends, synthetic: eco.syntheticNotice)
    report.sections.append(yearSection(trends, text))
    report.sections.append(moverSection(trends, eco))
    if let comparison = trends.comparison { report.sections.append(comparisonSection(comparison, trends, text)) }
    return report
}

/// The strings of the trends report, in one place (English).
struct TrendsText {
    let grouping: TrendGrouping

    /// The column heading of each measure (shares in %).
    func column(_ m: TrendMeasure) -> String {
        switch m {
        case .activeMembers: "active members"
        case .firstProjectMembers: "first-project members"
        case .ties: "ties"
        case .newTies: "new ties"
        case .crossGroupShare:
            grouping == .clusters ? "new ties across clusters (%)" : "new ties across kinds (%)"
        case .publicPrivateShare: "public–private ties (%)"
        case .largestComponentShare: "largest connected (%)"
        case .meanDistance: "mean distance (steps)"
        }
    }

    /// A chart's title and unit.
    func chart(_ m: TrendMeasure) -> (title: String, unit: String) {
        switch m {
        case .activeMembers: ("Active members", "members")
        case .firstProjectMembers: ("Members in their first project", "members")
        case .ties: ("Collaboration ties", "ties")
        case .newTies: ("New ties", "ties")
        case .crossGroupShare:
            (grouping == .clusters ? "New ties across clusters" : "New ties across kinds", "% of new ties")
        case .publicPrivateShare: ("Public–private ties", "% of ties")
        case .largestComponentShare: ("Members in the largest connected group", "% of active members")
        case .meanDistance: ("Mean distance in the largest group", "steps")
        }
    }

    /// Why a measure has no value in `row`.
    func undefined(_ m: TrendMeasure, _ row: YearTrend) -> String {
        switch m {
        case .crossGroupShare:
            row.newTies == 0 ? "no new tie" : (grouping == .clusters ? "no new tie with clusters" : "no new tie")
        case .publicPrivateShare: "no tie"
        case .largestComponentShare: "no member"
        case .meanDistance: "no tie"
        default: "undefined"
        }
    }

    func lead(_ t: EcosystemTrends, synthetic: String) -> String {
        var parts: [String] = []
        if !synthetic.isEmpty { parts.append(synthetic + ".") }
        parts.append(
            t.window == 1
                ? "Each year counts the projects running in it: from their start year to their end year, or in their start year alone when they have no end."
                : "Each year counts the projects running in any of the \(t.window) years up to it (from their start year to their end year, or in their start year alone when they have no end)."
        )
        parts.append(
            "New ties and first-project members are new in the year itself: never in a running project before."
        )
        switch grouping {
        case .clusters:
            parts.append(
                "A new tie crosses clusters when its two members have no cluster in common; ties with a member without clusters are left out of the share."
            )
        case .kinds:
            parts.append(
                "The dataset names no cluster, so the share counts new ties between members of different kinds."
            )
        }
        if t.undatedProjects > 0 {
            parts.append(
                "\(NumberText.grouped(t.undatedProjects)) project\(t.undatedProjects == 1 ? " has an unknown start and is" : "s have an unknown start and are") left out."
            )
        }
        if let sampled = t.years.first(where: { $0.meanDistance?.isExact == false })?.meanDistance?.sampledSources {
            parts.append(
                "Mean distances over 20,000 members are estimated from \(NumberText.grouped(sampled)) sampled members, ± the 95 % margin shown."
            )
        }
        return parts.joined(separator: " ")
    }
}

private func yearSection(_ t: EcosystemTrends, _ text: TrendsText) -> Report.Section {
    let sampled = t.years.contains { $0.meanDistance?.isExact == false }
    var columns = ["year"]
    if t.window > 1 { columns.append("years counted") }
    columns += TrendMeasure.allCases.map(text.column)
    if sampled { columns.append("mean distance ± (95 %)") }
    let rows: [[Table.Cell]] = t.years.map { row in
        var cells: [Table.Cell] = [.integer(row.year)]
        if t.window > 1 { cells.append(.text("\(row.window.lowerBound)–\(row.window.upperBound)")) }
        for m in TrendMeasure.allCases {
            guard let v = m.value(in: row) else {
                cells.append(.text(text.undefined(m, row)))
                continue
            }
            switch m {
            case .activeMembers, .firstProjectMembers, .ties, .newTies: cells.append(.integer(Int(v)))
            default: cells.append(.number(m.isShare ? v * 100 : v))
            }
        }
        if sampled {
            cells.append(
                row.meanDistance.map { .number(1.96 * $0.standardError) } ?? .text(text.undefined(.meanDistance, row))
            )
        }
        return cells
    }
    var section = Report.Section(
        key: "years",
        title: "Year by year",
        note:
            "Ties are pairs of members sharing a running project; the largest connected share is the part of the active members who can reach each other through ties; the mean distance counts the steps between two members of that group.",
        table: Table(columns: columns, rows: rows)
    )
    section.figures = TrendMeasure.allCases.map { m in
        let (title, unit) = text.chart(m)
        let style: LineChart.Style =
            m.isShare ? .share : (m == .meanDistance ? .decimal : .count)
        return LineChart(title: title, unit: unit, style: style, points: t.years.map { ($0.year, m.value(in: $0)) })
            .svg()
    }
    return section
}

private func moverSection(_ t: EcosystemTrends, _ eco: Ecosystem) -> Report.Section {
    var rows: [[Table.Cell]] = []
    for year in t.years {
        for (direction, list) in [("rose", year.risers), ("fell", year.fallers)] {
            for (rank, c) in list.enumerated() {
                let m = eco.members[c.node]
                rows.append([
                    .integer(year.year), .text(direction), .integer(rank + 1), .text(m.id), .text(m.name),
                    .number(c.before), .number(c.after), .number(c.change),
                ])
            }
        }
    }
    return Report.Section(
        key: "betweenness_movers",
        title: "Biggest changes in betweenness",
        note:
            "The members whose betweenness (the share of shortest paths between other members through them, normalised as NetworkX does) rose and fell most since the year before; 0 in a year without a running project.",
        table: Table(
            columns: ["year", "change", "rank", "member", "name", "betweenness before", "betweenness", "difference"],
            rows: rows
        )
    )
}

private func comparisonSection(_ c: TrendComparison, _ t: EcosystemTrends, _ text: TrendsText) -> Report.Section {
    let first = t.years.first?.year ?? c.year
    let last = t.years.last?.year ?? c.year
    func span(_ a: Int, _ b: Int) -> String { a == b ? "\(a)" : "\(a)–\(b)" }
    let rows: [[Table.Cell]] = c.rows.map { r in
        let scale = r.measure.isShare ? 100.0 : 1
        func cell(_ x: Double?) -> Table.Cell { x.map { .number($0 * scale) } ?? .text("no value") }
        let verdict: String =
            switch r.isBeyondVariation {
            case true?: "yes"
            case false?: "no"
            case nil: r.changeSD == nil ? "too few years" : "no value"
            }
        return [
            .text(text.column(r.measure)), cell(r.before), cell(r.after), cell(r.difference), cell(r.changeSD),
            .text(verdict),
        ]
    }
    return Report.Section(
        key: "comparison",
        title: "Before and after \(c.year)",
        note:
            "Means of the years \(span(first, c.year - 1)) against \(span(c.year, last)). A difference is beyond year-to-year variation when it is larger than twice the standard deviation of the changes from one year to the next: a rule of thumb, not a significance test.",
        table: Table(
            columns: [
                "measure", "before \(c.year) (mean)", "from \(c.year) on (mean)", "difference",
                "s.d. of year-to-year changes", "beyond year-to-year variation",
            ],
            rows: rows
        )
    )
}
