/// The years before a given year against the years from it on, measure by measure, with a
/// test of whether the difference is beyond the series' usual year-to-year movement.
///
/// For a measure with yearly values x₁ … x_n (undefined years left out):
/// - *before* is the mean of the years before ``year``, *after* the mean of the years from
///   ``year`` on, and *difference* = after − before;
/// - the year-to-year changes are x_t − x_{t−1} for each pair of consecutive years with both
///   values defined, and *s* is their sample standard deviation (n − 1 in the denominator);
/// - the difference is **beyond year-to-year variation** when |difference| > 2 · s, i.e. the
///   shift between the two periods is larger than about 95 % of single-year moves would be
///   if those were normal with mean 0. With fewer than two changes there is no *s*, and no
///   verdict.
///
/// It is a rule of thumb for a board, not a significance test: yearly values are not
/// independent (windows share projects; members stay for years).
///
/// ```swift
/// let c = TrendComparison(trends.years, at: 2020)
/// for row in c.rows where row.isBeyondVariation == true { print(row.measure, row.difference!) }
/// ```
public struct TrendComparison: Sendable, Equatable {
    /// One measure before and after.
    public struct Row: Sendable, Equatable {
        public var measure: TrendMeasure
        /// Mean over the years before ``TrendComparison/year`` with the measure defined; nil if none.
        public var before: Double?
        /// Mean over the years from ``TrendComparison/year`` on; nil if none.
        public var after: Double?
        /// Year-to-year changes counted, and their sample standard deviation (nil below two).
        public var changeCount: Int
        public var changeSD: Double?

        /// `after − before`, nil when either is.
        public var difference: Double? {
            guard let before, let after else { return nil }
            return after - before
        }
        /// `|difference| > 2 · changeSD`; nil when either is undefined.
        public var isBeyondVariation: Bool? {
            guard let difference, let changeSD else { return nil }
            return abs(difference) > 2 * changeSD
        }
    }

    /// The first year of the "after" period.
    public var year: Int
    /// One row per ``TrendMeasure``, in its order.
    public var rows: [Row]

    /// Compares the rows before `year` with those from `year` on (see the type's definition).
    /// - Complexity: O(measures · rows).
    public init(_ trends: [YearTrend], at year: Int) {
        self.year = year
        rows = TrendMeasure.allCases.map { m in
            let values = trends.map { (year: $0.year, value: m.value(in: $0)) }
            func mean(_ xs: [Double]) -> Double? { xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count) }
            let before = mean(values.filter { $0.year < year }.compactMap(\.value))
            let after = mean(values.filter { $0.year >= year }.compactMap(\.value))
            var changes: [Double] = []
            for (a, b) in zip(values, values.dropFirst()) where b.year == a.year + 1 {
                if let x = a.value, let y = b.value { changes.append(y - x) }
            }
            var sd: Double?
            if changes.count >= 2, let m = mean(changes) {
                sd = (changes.reduce(0.0) { $0 + ($1 - m) * ($1 - m) } / Double(changes.count - 1)).squareRoot()
            }
            return Row(measure: m, before: before, after: after, changeCount: changes.count, changeSD: sd)
        }
    }
}
