/// Excel's date cells: a number of days (the serial) shown through a date format. Which
/// formats are dates, and the serial's calendar day.
enum ExcelDate {
    /// `true` when number format `id` (with `code` for a custom one, id ≥ 164) shows a date or
    /// time: the built-in formats 14–22 and 45–47, or a code with `d`, `m`, `y` or `h` outside
    /// quoted text, `[…]` sections (colours, locales) and escaped characters.
    ///
    /// ```swift
    /// ExcelDate.isDateFormat(id: 14, code: nil)            // true (m/d/yyyy)
    /// ExcelDate.isDateFormat(id: 165, code: "dd.mm.yyyy")  // true
    /// ExcelDate.isDateFormat(id: 166, code: "0.0 \"dager\"")  // false
    /// ```
    ///
    /// - Complexity: O(length of `code`).
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return false }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for ch in code {
            if escaped {
                escaped = false
                continue
            }
            switch ch {
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "\\", "_", "*": if !inQuotes && !inBrackets { escaped = true }  // the next character is literal
            case "d", "D", "m", "M", "y", "Y", "h", "H": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// The ISO day (`YYYY-MM-DD`) of serial `serial` (the time of day dropped). In the 1900 system
    /// day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (day 60, written as
    /// such); in the 1904 system day 0 is 1904-01-01.
    ///
    /// ```swift
    /// ExcelDate.isoDay(43525, uses1904: false)  // "2019-03-01"
    /// ExcelDate.isoDay(0, uses1904: true)       // "1904-01-01"
    /// ```
    ///
    /// - Complexity: O(1).
    static func isoDay(_ serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        let day = Int(serial.rounded(.down))
        let daysFrom1970: Int
        if uses1904 {
            daysFrom1970 = day - 24107  // 1904-01-01
        } else if day == 60 {
            return "1900-02-29"
        } else {
            daysFrom1970 = day - (day < 60 ? 25568 : 25569)  // 1899-12-31 (before the false leap day), 1899-12-30
        }
        let (y, m, d) = civil(daysFrom1970)
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(m) + "-" + two(d)
    }

    /// Year, month and day of the day `days` after 1970-01-01 (proleptic Gregorian; H. Hinnant's
    /// `civil_from_days`).
    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
