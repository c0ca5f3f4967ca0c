import KlyngeEcosystem

extension Table {
    /// The table as text in `format`, ending with a newline; `text` sets how numbers read in
    /// the formats for people (`table`, `md`), following the column ``styles``.
    /// - Complexity: O(cells).
    public func render(_ format: OutputFormat, text: ReportText = .english) -> String {
        switch format {
        case .table: return alignedText(text)
        case .csv: return csv(.standard)
        case .json: return json()
        case .md: return markdown(text)
        }
    }

    /// Cell `c` of column `column` as people read it in `text`'s language: counts grouped,
    /// shares as percentages, scores rounded (``ColumnStyle``); an undefined number says so.
    func human(_ c: Cell, column: Int, _ text: ReportText) -> String {
        switch (c, style(column)) {
        case (.text(let s), _): return s
        case (.number(let x), _) where !x.isFinite: return text("value.undefined")
        case (.integer(let i), .auto): return String(i)
        case (.integer(let i), .share): return text.percent(Double(i))
        case (.integer(let i), _): return text.count(i)
        case (.number, .auto): return text.language == .english ? Table.short(c) : text.localised(Table.short(c))
        case (.number(let x), .count): return text.count(Int(x.rounded()))
        case (.number(let x), .share): return text.percent(x)
        case (.number(let x), .significant(let d)): return text.significant(x, d)
        case (.number(let x), .decimals(let d)): return text.decimal(x, d)
        }
    }

    /// Full precision text of a cell: integers as is, numbers with 17
    /// significant digits trimmed of noise (the shortest text that reads back
    /// to the same `Double`), non-finite numbers as `nan`, `inf`, `-inf`.
    static func exact(_ c: Cell) -> String {
        switch c {
        case let .text(s): return s
        case let .integer(i): return String(i)
        case let .number(x):
            if x.isNaN { return "nan" }
            if x.isInfinite { return x < 0 ? "-inf" : "inf" }
            if x == 0 { return "0" }
            if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
            return "\(x)"
        }
    }

    /// Short text for humans: 6 significant digits.
    static func short(_ c: Cell) -> String {
        switch c {
        case let .number(x) where x.isFinite && x != 0 && x != x.rounded():
            return formatSignificant(x, 6)
        default: return exact(c)
        }
    }

    func alignedText(_ text: ReportText = .english) -> String {
        let cells = rows.map { r in r.enumerated().map { human($1, column: $0, text) } }
        var width = columns.map(\.count)
        for r in cells { for (i, c) in r.enumerated() { width[i] = max(width[i], c.count) } }
        let numeric = columns.indices.map { i in
            rows.allSatisfy { r in if case .text = r[i] { return false } else { return true } }
        }
        func line(_ r: [String]) -> String {
            r.enumerated().map { i, c in
                let pad = String(repeating: " ", count: width[i] - c.count)
                return numeric[i] ? pad + c : c + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = line(columns) + "\n"
        out += width.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in cells { out += line(r) + "\n" }
        return out
    }

    /// The table as CSV in `dialect`, without a byte-order mark (see ``CSVDialect/byteOrderMark``):
    /// the header, then one line per row; a field is quoted when it holds the separator, a
    /// quote or a line break, with its quotes doubled (RFC 4180).
    ///
    /// ```swift
    /// let t = Table(columns: ["name", "score"], rows: [[.text("Bergen; Vest"), .number(0.5)]])
    /// t.csv(.excel)   // "name;score\r\n\"Bergen; Vest\";0,5\r\n"
    /// ```
    /// - Complexity: O(cells).
    public func csv(_ dialect: CSVDialect) -> String {
        let separator = dialect.separator
        let sep = String(separator)
        func quote(_ s: String) -> String { Escape.csvField(s, separator: separator) }
        func field(_ c: Cell) -> String {
            let text = Table.exact(c)
            guard case .number(let x) = c, x.isFinite, let comma = dialect.decimalSeparator else { return quote(text) }
            return quote(text.replacingAll(".", with: String(comma)))
        }
        let end = dialect.lineEnd
        var out = columns.map(quote).joined(separator: sep) + end
        for r in rows { out += r.map(field).joined(separator: sep) + end }
        return out
    }

    func markdown(_ text: ReportText = .english) -> String {
        func esc(_ s: String) -> String { s.replacingAll("|", with: "\\|").replacingAll("\n", with: " ") }
        let numeric = columns.indices.map { i in
            rows.allSatisfy { r in if case .text = r[i] { return false } else { return true } }
        }
        var out = "| " + columns.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for r in rows {
            out += "| " + r.enumerated().map { esc(human($1, column: $0, text)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    func json() -> String {
        var out = "[\n"
        for (k, r) in rows.enumerated() {
            out += "  {"
            out += zip(columns, r).map { name, c in
                let v: String
                switch c {
                case let .text(s): v = Escape.json(s)
                case let .number(x) where !x.isFinite: v = "null"
                default: v = Table.exact(c)
                }
                return Escape.json(name) + ": " + v
            }.joined(separator: ", ")
            out += k == rows.count - 1 ? "}\n" : "},\n"
        }
        return out + "]\n"
    }
}

/// `x` rounded to `digits` significant digits, without exponent for ordinary magnitudes.
func formatSignificant(_ x: Double, _ digits: Int) -> String {
    let magnitude = Int((abs(x)).log10Floor)
    if magnitude < -4 || magnitude >= 15 {
        // Scientific notation for very small or large values.
        let scale = pow10(magnitude)
        let mant = (x / scale * pow10(digits - 1)).rounded() / pow10(digits - 1)
        return "\(trimZeros(fixed(mant, digits - 1)))e\(magnitude)"
    }
    let decimals = max(0, digits - 1 - magnitude)
    return trimZeros(fixed(x, decimals))
}

private func pow10(_ e: Int) -> Double {
    var r = 1.0
    if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0 ..< -e { r /= 10 } }
    return r
}

/// `x` with exactly `decimals` digits after the point, rounded half away from zero.
func fixed(_ x: Double, _ decimals: Int) -> String {
    let scale = pow10(decimals)
    let scaled = (abs(x) * scale).rounded()
    var digits = String(Int64(scaled))
    if decimals > 0 {
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return (x < 0 && scaled != 0 ? "-" : "") + digits
}

private func trimZeros(_ s: String) -> String {
    guard s.contains(".") else { return s }
    var t = Substring(s)
    while t.hasSuffix("0") { t = t.dropLast() }
    if t.hasSuffix(".") { t = t.dropLast() }
    return String(t)
}

extension Double {
    fileprivate var log10Floor: Double {
        var e = 0.0
        var v = self
        while v >= 10 {
            v /= 10
            e += 1
        }
        while v < 1 {
            v *= 10
            e -= 1
        }
        return e
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.hasSuffix(" ") { s = s.dropLast() }
        return String(s)
    }
}
