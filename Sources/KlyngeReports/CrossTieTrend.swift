import KlyngeEcosystem
import KlyngeGraph

/// New collaboration ties year by year and how many cross clusters (kinds when the dataset
/// has none), as ``Ecosystem/trends(_:control:)`` defines them — a new tie of year Y is a
/// pair of members sharing a project running in Y and none in an earlier year; it crosses
/// when both members have clusters and none in common — counted straight from the
/// collaboration timeline, without the yearly betweenness and distances `klynge trends`
/// also computes.
///
/// ```swift
/// let trend = try CrossTieTrend(eco)
/// trend.years.first  // (year: 2014, newTies: 51, grouped: 40, across: 12)
/// ```
struct CrossTieTrend {
    /// One row per year from the first to the last year a dated project starts a tie.
    var years: [(year: Int, newTies: Int, grouped: Int, across: Int)]

    /// - Complexity: O(Σ_p k_p² log + E).
    init(_ eco: Ecosystem) throws {
        let timeline = try eco.collaborationTimeline()
        let byKind = eco.clusters.isEmpty
        let clusterSets = eco.members.map { Set($0.clusters) }
        var perYear: [Int: (newTies: Int, grouped: Int, across: Int)] = [:]
        for e in 0..<timeline.edgeCount {
            let (u, v) = timeline.ends(ofEdge: e)
            let y = timeline.firstStep(ofEdge: e)
            var row = perYear[y] ?? (0, 0, 0)
            row.newTies += 1
            if byKind {
                row.grouped += 1
                if eco.members[u].kind != eco.members[v].kind { row.across += 1 }
            } else if !clusterSets[u].isEmpty && !clusterSets[v].isEmpty {
                row.grouped += 1
                if clusterSets[u].isDisjoint(with: clusterSets[v]) { row.across += 1 }
            }
            perYear[y] = row
        }
        guard let low = perYear.keys.min(), let high = perYear.keys.max() else {
            years = []
            return
        }
        years = (low...high).map { y in
            let r = perYear[y] ?? (0, 0, 0)
            return (y, r.newTies, r.grouped, r.across)
        }
    }

    /// The pooled share of new ties across in the first and the last `k` years with such
    /// ties (k = 3, or a third of the years when fewer than 6), with those years; nil with
    /// fewer than two years.
    var firstAndLast: (first: ClosedRange<Int>, firstShare: Double, last: ClosedRange<Int>, lastShare: Double)? {
        let usable = years.filter { $0.grouped > 0 }
        guard usable.count >= 2 else { return nil }
        let k = min(3, usable.count / 2)
        let a = usable.prefix(k)
        let b = usable.suffix(k)
        func share(_ rows: ArraySlice<(year: Int, newTies: Int, grouped: Int, across: Int)>) -> Double {
            Double(rows.map(\.across).reduce(0, +)) / Double(rows.map(\.grouped).reduce(0, +))
        }
        return (a.first!.year...a.last!.year, share(a), b.first!.year...b.last!.year, share(b))
    }

    /// The year table.
    func section(_ text: ReportText, byKind: Bool) -> Report.Section {
        let g = byKind ? ".kinds" : ".clusters"
        return .init(
            key: "cross_trend",
            title: text("section.trend.title" + g),
            note: text("section.trend.note" + g),
            table: Table(
                columns: [
                    text("col.year"), text("col.newTies"), text("col.grouped" + g), text("col.across" + g),
                    text("col.acrossShare" + g),
                ],
                rows: years.map { r in
                    [
                        .integer(r.year), .integer(r.newTies), .integer(r.grouped), .integer(r.across),
                        r.grouped > 0
                            ? .number(Double(r.across) / Double(r.grouped)) : .text(text("value.noNewTie")),
                    ]
                },
                styles: [.auto, .count, .count, .count, .share]
            )
        )
    }

    /// The board page's chart of the yearly share across (nil without years).
    func chart(_ text: ReportText, byKind: Bool) -> String? {
        guard !years.isEmpty else { return nil }
        let g = byKind ? ".kinds" : ".clusters"
        return LineChart(
            title: text("chart.trend.title" + g),
            unit: text("chart.trend.unit"),
            style: .share,
            points: years.map { r in (r.year, r.grouped > 0 ? Double(r.across) / Double(r.grouped) : nil) }
        ).svg(width: 520, height: 220, text: text)
    }
}
