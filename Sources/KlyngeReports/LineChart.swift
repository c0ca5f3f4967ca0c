import KlyngeEcosystem

/// A small line chart of one yearly series as a self-contained SVG document, written by
/// Klynge itself (no chart library): a title, a y axis starting at 0 with 4–6 rounded ticks
/// and its unit, a year axis, a line broken where a value is undefined, and a dot per
/// defined year whose `<title>` shows the exact value on hover. Every text is escaped
/// (``Escape/xml(_:)``), so the SVG is valid on its own and inside an HTML page.
///
/// ```swift
/// let chart = LineChart(title: "New ties", unit: "ties", style: .count,
///                       points: [(2019, 12), (2020, nil), (2021, 30)])
/// let svg = chart.svg()  // "<svg xmlns=\"http://www.w3.org/2000/svg\" …"
/// ```
public struct LineChart: Sendable, Equatable {
    /// How the values read on the axis and on hover.
    public enum Style: Sendable, Equatable {
        /// Whole numbers with thousands separators: `1,200 members`.
        case count
        /// A share between 0 and 1, shown as a percentage (the unit then starts with `%`:
        /// `42.5 % of ties`).
        case share
        /// A number with two decimals: `2.84 steps`.
        case decimal
    }

    public var title: String
    /// The values' unit, on the y axis and after each hover value (e.g. "members", "% of ties").
    public var unit: String
    public var style: Style
    /// (year, value) in year order; a nil value is a gap.
    public var points: [(year: Int, value: Double?)]

    public init(title: String, unit: String, style: Style, points: [(year: Int, value: Double?)]) {
        self.title = title
        self.unit = unit
        self.style = style
        self.points = points
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.title == b.title && a.unit == b.unit && a.style == b.style
            && a.points.map(\.year) == b.points.map(\.year) && a.points.map(\.value) == b.points.map(\.value)
    }

    /// The chart as an SVG document of `width` × `height` pixels, its axis words and numbers
    /// in `text`'s language.
    /// - Complexity: O(points).
    public func svg(width: Int = 420, height: Int = 220, text: ReportText = .english) -> String {
        let (left, right, top, bottom) = (56.0, 14.0, 34.0, 40.0)
        let plotW = Double(width) - left - right
        let plotH = Double(height) - top - bottom
        let shown = points.map { p in p.value.map { style == .share ? $0 * 100 : $0 } }
        let high = shown.compactMap { $0 }.max() ?? 0
        let ticks = Self.ticks(upTo: high, whole: style == .count)
        let top0 = ticks.last ?? 1
        let years = points.map(\.year)
        let first = years.first ?? 0
        let span = Double(max(1, (years.last ?? first) - first))
        func x(_ year: Int) -> Double { left + (years.count == 1 ? plotW / 2 : Double(year - first) / span * plotW) }
        func y(_ v: Double) -> Double { top + plotH - (top0 > 0 ? v / top0 * plotH : 0) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" font-family=\"DejaVu Sans,Helvetica,Arial,sans-serif\">"
        out += "<title>\(Escape.xml(title))</title>"
        out +=
            "<text x=\"\(Self.n(left))\" y=\"18\" font-size=\"13\" font-weight=\"bold\" fill=\"#222\">\(Escape.xml(title))</text>"
        // Gridlines and the y axis's ticks.
        for t in ticks {
            let ty = Self.n(y(t))
            out +=
                "<line x1=\"\(Self.n(left))\" y1=\"\(ty)\" x2=\"\(Self.n(left + plotW))\" y2=\"\(ty)\" stroke=\"#e3e6ea\"/>"
            out += "<text x=\"\(Self.n(left - 6))\" y=\"\(ty)\" font-size=\"10\" fill=\"#555\" text-anchor=\"end\" "
            out += "dominant-baseline=\"middle\">\(Escape.xml(label(t, exact: false, text)))</text>"
        }
        out +=
            "<line x1=\"\(Self.n(left))\" y1=\"\(Self.n(top))\" x2=\"\(Self.n(left))\" y2=\"\(Self.n(top + plotH))\" stroke=\"#888\"/>"
        out += "<line x1=\"\(Self.n(left))\" y1=\"\(Self.n(top + plotH))\" x2=\"\(Self.n(left + plotW))\" "
        out += "y2=\"\(Self.n(top + plotH))\" stroke=\"#888\"/>"
        let unitY = Self.n(top + plotH / 2)
        out += "<text x=\"14\" y=\"\(unitY)\" font-size=\"10\" fill=\"#555\" text-anchor=\"middle\" "
        out += "transform=\"rotate(-90 14 \(unitY))\">\(Escape.xml(unit))</text>"
        // Year ticks: every year up to 12, else about 8 of them.
        let every = max(1, Int((Double(years.count) / 8).rounded(.up)))
        for (i, year) in years.enumerated() where i % every == 0 || i == years.count - 1 {
            let tx = Self.n(x(year))
            out +=
                "<line x1=\"\(tx)\" y1=\"\(Self.n(top + plotH))\" x2=\"\(tx)\" y2=\"\(Self.n(top + plotH + 4))\" stroke=\"#888\"/>"
            out += "<text x=\"\(tx)\" y=\"\(Self.n(top + plotH + 16))\" font-size=\"10\" fill=\"#555\" "
            out += "text-anchor=\"middle\">\(year)</text>"
        }
        out += "<text x=\"\(Self.n(left + plotW / 2))\" y=\"\(height - 6)\" font-size=\"10\" fill=\"#555\" "
        out += "text-anchor=\"middle\">\(Escape.xml(text("chart.year")))</text>"
        // The line, broken at undefined years, then a dot with its value per defined year.
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                out +=
                    "<polyline fill=\"none\" stroke=\"#1f6fb2\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"/>"
            }
            run.removeAll()
        }
        for (p, v) in zip(points, shown) {
            guard let v else {
                flush()
                continue
            }
            run.append("\(Self.n(x(p.year))),\(Self.n(y(v)))")
        }
        flush()
        for (p, v) in zip(points, shown) {
            let hover = "\(p.year): " + (v.map { label($0, exact: true, text) + " " + unit } ?? text("value.undefined"))
            if let v {
                out += "<circle cx=\"\(Self.n(x(p.year)))\" cy=\"\(Self.n(y(v)))\" r=\"3.5\" fill=\"#1f6fb2\">"
                out += "<title>\(Escape.xml(hover))</title></circle>"
            } else {
                out +=
                    "<text x=\"\(Self.n(x(p.year)))\" y=\"\(Self.n(top + plotH - 4))\" font-size=\"9\" fill=\"#999\" "
                out += "text-anchor=\"middle\"><title>\(Escape.xml(hover))</title>–</text>"
            }
        }
        return out + "</svg>"
    }

    /// A value as the axis (`exact: false`) or the hover text shows it.
    func label(_ v: Double, exact: Bool, _ text: ReportText = .english) -> String {
        switch style {
        case .count:
            return text.count(Int(v.rounded()))
        case .share:
            return text.decimal(v, exact ? 1 : 0)
        case .decimal:
            return text.decimal(v, exact ? 2 : 1)
        }
    }

    /// The y axis's ticks: 0, s, 2s … up to the first at or above `high`, with the smallest
    /// s = 1, 2, 2.5 or 5 × 10^k giving at most 6 intervals (a whole number when `whole`).
    ///
    /// ```swift
    /// LineChart.ticks(upTo: 7, whole: true)      // [0, 2, 4, 6, 8]
    /// LineChart.ticks(upTo: 2.84, whole: false)  // [0, 0.5, 1, 1.5, 2, 2.5, 3]
    /// ```
    /// - Complexity: O(log `high` + ticks).
    public static func ticks(upTo high: Double, whole: Bool) -> [Double] {
        guard high > 0 else { return [0, 1] }
        var magnitude = 1.0
        while magnitude * 10 <= high { magnitude *= 10 }
        while magnitude > high { magnitude /= 10 }
        var step = magnitude
        for m in [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10] {
            let s = m * magnitude
            if whole && s < 1 || whole && s != s.rounded() { continue }
            if (high / s).rounded(.up) <= 6 {
                step = s
                break
            }
        }
        let count = Int((high / step).rounded(.up))
        return (0...max(1, count)).map { Double($0) * step }
    }

    /// A coordinate with one decimal.
    static func n(_ x: Double) -> String {
        let s = fixed(x, 1)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
