/// A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (read
/// also from `DD.MM.YYYY` and `MM.YYYY`; always written in ISO form).
///
/// Ordering compares year, then month, then day, an unknown month or day
/// counting as the earliest.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or the Norwegian `DD.MM.YYYY` and `MM.YYYY`
    /// (day and month may have one digit: `1.3.2019`); a real calendar date, years 1000–2999.
    ///
    /// ```swift
    /// let start = PartialDate(parsing: "2019-05")  // year 2019, month 5, day nil
    /// let later = start! < PartialDate(year: 2019, month: 6)  // true
    /// PartialDate(parsing: "01.03.2019")?.description  // "2019-03-01"
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public init?(parsing text: String) {
        if let iso = Self.iso(text) {
            guard let date = iso else { return nil }
            self = date
            return
        }
        let dotted = text.utf8.contains(UInt8(ascii: "."))
        var parts = text.split(separator: dotted ? "." : "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if dotted {
            // DD.MM.YYYY or MM.YYYY: day and month of one or two digits, read as YYYY-MM-DD.
            guard (2...3).contains(parts.count), parts.dropLast().allSatisfy({ $0.count <= 2 }) else { return nil }
            parts.reverse()
            parts = parts.map { $0.count == 1 ? Substring("0" + $0) : $0 }
        }
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]),
            (1000...2999).contains(y)
        else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1,
                dd <= PartialDate.daysIn(month: m!, year: y)
            else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    /// The date of ASCII `YYYY`, `YYYY-MM` or `YYYY-MM-DD` read from its bytes: .some(nil) when
    /// it has that shape but is no date, nil when it has another shape (the general reading
    /// above then decides).
    private static func iso(_ text: String) -> PartialDate?? {
        text.utf8.withContiguousStorageIfAvailable { iso($0) } ?? nil
    }

    private static func iso(_ u: UnsafeBufferPointer<UInt8>) -> PartialDate?? {
        guard u.count == 4 || (u.count == 7 && u[4] == 0x2D) || (u.count == 10 && u[4] == 0x2D && u[7] == 0x2D)
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for b in u[from..<from + count] {
                guard (0x30...0x39).contains(b) else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard let y = number(0, 4) else { return nil }
        guard (1000...2999).contains(y) else { return .some(nil) }
        guard u.count > 4 else { return PartialDate(year: y) }
        guard let m = number(5, 2) else { return nil }
        guard (1...12).contains(m) else { return .some(nil) }
        guard u.count > 7 else { return PartialDate(year: y, month: m) }
        guard let d = number(8, 2) else { return nil }
        guard d >= 1 && d <= daysIn(month: m, year: y) else { return .some(nil) }
        return PartialDate(year: y, month: m, day: d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    public var description: String {
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        var s = String(year)
        if let month { s += "-" + two(month) }
        if let day { s += "-" + two(day) }
        return s
    }
}
