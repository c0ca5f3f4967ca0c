/// A Norwegian organisation number as written in a register (`964 338 531`, `964338531`),
/// checked with the Brønnøysund register's mod-11 check digit: weights 3 2 7 6 5 4 3 2 on the
/// first eight digits, check digit 11 − (sum mod 11), 0 for 11, never 10.
///
/// ```swift
/// OrganisationNumber("964 338 531")  // .valid("964338531")
/// OrganisationNumber("964 338 532")  // .wrongCheckDigit("964338532", expected: 1)
/// OrganisationNumber("96433853")     // .invalid
/// ```
///
/// - Complexity: O(length of the text).
enum OrganisationNumber: Equatable {
    case valid(String)
    /// Nine digits whose last is not the check digit of the first eight (`expected`; nil when
    /// no check digit fits: 11 − (sum mod 11) = 10).
    case wrongCheckDigit(String, expected: Int?)
    /// Not nine digits.
    case invalid

    init(_ text: String) {
        let digits = text.filter { !NumberReading.isGroupSpace($0) }
        guard digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            self = .invalid
            return
        }
        let values = digits.compactMap(\.wholeNumberValue)
        let sum = zip(values, [3, 2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        let expected: Int? = check == 11 ? 0 : check == 10 ? nil : check
        self = expected == values[8] ? .valid(digits) : .wrongCheckDigit(digits, expected: expected)
    }

    /// The nine digits, whether or not the check digit fits; nil when not nine digits.
    var digits: String? {
        switch self {
        case .valid(let d), .wrongCheckDigit(let d, _): return d
        case .invalid: return nil
        }
    }
}
