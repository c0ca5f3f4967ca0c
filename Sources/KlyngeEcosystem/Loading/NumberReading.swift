/// Numbers as Norwegian registers write them: spaces (also the no-break U+00A0 and narrow
/// no-break U+202F spaces Excel writes) between groups of three digits, a decimal comma,
/// a percent sign on shares. A number written plainly is read as before (`Int`, `Double`).
///
/// ```swift
/// NumberReading.wholeNumber("147 000")  // 147000
/// NumberReading.decimal("0,5")          // 0.5
/// NumberReading.share("50 %")           // 0.5
/// ```
///
/// - Complexity: O(length of the text) for each function.
enum NumberReading {
    /// Spaces Excel and people put between groups of digits.
    static func isGroupSpace(_ c: Character) -> Bool {
        c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}"
    }

    /// A whole number, with groups of three digits separated by spaces.
    static func wholeNumber(_ text: String) -> Int? {
        if let n = Int(text) { return n }
        guard let plain = ungrouped(text), !plain.contains(",") else { return nil }
        return Int(plain)
    }

    /// A decimal number: groups of three digits separated by spaces, a decimal comma or point.
    static func decimal(_ text: String) -> Double? {
        if let x = Double(text) { return x }
        guard var plain = ungrouped(text) else { return nil }
        if plain.contains(",") {
            guard !plain.contains("."), plain.filter({ $0 == "," }).count == 1 else { return nil }
            plain = plain.replacingOccurrences(",", ".")
        }
        return Double(plain)
    }

    /// A share: a fraction (`0.5`, `0,5`) or a percentage (`50 %`, `50%`, `12,5 %`).
    static func share(_ text: String) -> Double? {
        guard text.hasSuffix("%") else { return decimal(text) }
        var number = String(text.dropLast())
        while let last = number.last, isGroupSpace(last) { number.removeLast() }
        return decimal(number).map { $0 / 100 }
    }

    /// `text` without the spaces between its digit groups, or nil when a space is anywhere
    /// else or a group after the first does not have three digits.
    private static func ungrouped(_ text: String) -> String? {
        guard text.contains(where: isGroupSpace) else { return text }
        let integerEnd = text.firstIndex(where: { $0 == "," || $0 == "." }) ?? text.endIndex
        let groups = text[..<integerEnd].split(omittingEmptySubsequences: false, whereSeparator: isGroupSpace)
        guard let first = groups.first, (1...4).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            !text[integerEnd...].contains(where: isGroupSpace)
        else { return nil }
        return groups.joined() + text[integerEnd...]
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
