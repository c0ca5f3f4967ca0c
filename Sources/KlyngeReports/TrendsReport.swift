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
public func trendsReport(_ trends: EcosystemTrends, ecosystem eco: Ecosystem, language: Language = .english) -> Report {
    let text = TrendsText(grouping: trends.grouping, text: .of(language))
    var report = Report(title: text.text("trends.title", trends.dataset))
    report.language = language
    report.lead = text.lead(trends, synthetic: eco.isSynthetic)
    report.sections.append(yearSection(trends, text))
    report.sections.append(moverSection(trends, eco, text.text))
    if let comparison = trends.comparison { report.sections.append(comparisonSection(comparison, trends, text)) }
    return report
}

/// The trends report's words, from the report's string table (``ReportText``) in one language.
struct TrendsText {
    let grouping: TrendGrouping
    let text: ReportText

    /// `key` with the grouping's suffix: `.clusters` or `.kinds`.
    private func grouped(_ key: String) -> String { text(key + (grouping == .clusters ? ".clusters" : ".kinds")) }

    /// The column heading of each measure (shares in %).
    func column(_ m: TrendMeasure) -> String {
        m == .crossGroupShare ? grouped("trends.col.crossGroupShare") : text("trends.col.\(m)")
    }

    /// A chart's title and unit.
    func chart(_ m: TrendMeasure) -> (title: String, unit: String) {
        let title = m == .crossGroupShare ? grouped("trends.chart.crossGroupShare") : text("trends.chart.\(m)")
        return (title, text("trends.unit.\(m)"))
    }

    /// Why a measure has no value in `row`.
    func undefined(_ m: TrendMeasure, _ row: YearTrend) -> String {
        switch m {
        case .crossGroupShare:
            text(row.newTies == 0 || grouping == .kinds ? "value.noNewTie" : "trends.undefined.noClusteredNewTie")
        case .publicPrivateShare, .meanDistance: text("trends.undefined.noTie")
        case .largestComponentShare: text("trends.undefined.noMember")
        default: text("value.undefined")
        }
    }

    func lead(_ t: EcosystemTrends, synthetic: Bool) -> String {
        var parts: [String] = []
        if synthetic { parts.append(text("lead.synthetic")) }
        parts.append(t.window == 1 ? text("trends.lead.year") : text("trends.lead.window", text.count(t.window)))
        parts.append(text("trends.lead.new"))
        parts.append(grouped("trends.lead.cross"))
        if t.undatedProjects > 0 {
            parts.append(
                t.undatedProjects == 1
                    ? text("trends.lead.undated.one") : text("trends.lead.undated", text.count(t.undatedProjects))
            )
        }
        if let sampled = t.years.first(where: { $0.meanDistance?.isExact == false })?.meanDistance?.sampledSources {
            parts.append(text("trends.lead.sampled", text.count(20_000), text.count(sampled)))
        }
        return parts.joined(separator: " ")
    }
}

private func yearSection(_ t: EcosystemTrends, _ text: TrendsText) -> Report.Section {
    let sampled = t.years.contains { $0.meanDistance?.isExact == false }
    var columns = [text.text("col.year")]
    if t.window > 1 { columns.append(text.text("trends.col.window")) }
    columns += TrendMeasure.allCases.map(text.column)
    if sampled { columns.append(text.text("trends.col.margin")) }
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
    // Counts grouped, percentages with one decimal, distances with two (full precision in CSV/JSON).
    var styles: [Table.ColumnStyle] = [.auto]
    if t.window > 1 { styles.append(.auto) }
    styles += TrendMeasure.allCases.map { m in m.isShare ? .decimals(1) : (m == .meanDistance ? .decimals(2) : .count) }
    if sampled { styles.append(.decimals(2)) }
    var section = Report.Section(
        key: "years",
        title: text.text("trends.years.title"),
        note: text.text("trends.years.note"),
        table: Table(columns: columns, rows: rows, styles: styles)
    )
    section.figures = TrendMeasure.allCases.map { m in
        let (title, unit) = text.chart(m)
        let style: LineChart.Style =
            m.isShare ? .share : (m == .meanDistance ? .decimal : .count)
        return LineChart(title: title, unit: unit, style: style, points: t.years.map { ($0.year, m.value(in: $0)) })
            .svg(text: text.text)
    }
    return section
}

private func moverSection(_ t: EcosystemTrends, _ eco: Ecosystem, _ text: ReportText) -> Report.Section {
    var rows: [[Table.Cell]] = []
    for year in t.years {
        for (direction, list) in [
            (text("trends.movers.rose"), year.risers), (text("trends.movers.fell"), year.fallers),
        ] {
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
        title: text("trends.movers.title"),
        note: text("trends.movers.note"),
        table: Table(
            columns: [
                text("col.year"), text("col.change"), text("col.rank"), text("col.member"), text("col.name"),
                text("trends.col.betweennessBefore"), text("col.betweenness"), text("trends.col.difference"),
            ],
            rows: rows,
            styles: [.auto, .auto, .auto, .auto, .auto, .significant(3), .significant(3), .significant(3)]
        )
    )
}

private func comparisonSection(_ c: TrendComparison, _ t: EcosystemTrends, _ text: TrendsText) -> Report.Section {
    let first = t.years.first?.year ?? c.year
    let last = t.years.last?.year ?? c.year
    func span(_ a: Int, _ b: Int) -> String { a == b ? "\(a)" : "\(a)–\(b)" }
    let rows: [[Table.Cell]] = c.rows.map { r in
        let scale = r.measure.isShare ? 100.0 : 1
        func cell(_ x: Double?) -> Table.Cell { x.map { .number($0 * scale) } ?? .text(text.text("trends.noValue")) }
        let verdict: String =
            switch r.isBeyondVariation {
            case true?: text.text("trends.yes")
            case false?: text.text("trends.no")
            case nil: text.text(r.changeSD == nil ? "trends.tooFewYears" : "trends.noValue")
            }
        return [
            .text(text.column(r.measure)), cell(r.before), cell(r.after), cell(r.difference), cell(r.changeSD),
            .text(verdict),
        ]
    }
    return Report.Section(
        key: "comparison",
        title: text.text("trends.compare.title", "\(c.year)"),
        note: text.text("trends.compare.note", span(first, c.year - 1), span(c.year, last)),
        table: Table(
            columns: [
                text.text("col.measure"), text.text("trends.compare.before", "\(c.year)"),
                text.text("trends.compare.after", "\(c.year)"), text.text("trends.col.difference"),
                text.text("trends.compare.sd"), text.text("trends.compare.beyond"),
            ],
            rows: rows
        )
    )
}
