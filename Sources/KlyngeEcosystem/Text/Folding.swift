import Foundation

/// The key under which two spellings of one word compare equal: lower case, accents
/// removed (`é` → `e`), the Norwegian letters written out (`ø` → `o`, `æ` → `ae`,
/// `å` → `a`), and everything but letters and digits dropped (`-`, `_`, spaces, dots).
/// Headers, kinds, topics, counties and clusters given by a user are compared under it.
///
/// ```swift
/// foldedKey("Fall-detection")  // "falldetection"
/// foldedKey("Tromsø")          // "tromso"
/// foldedKey("Org.nr")          // "orgnr"
/// ```
///
/// - Complexity: O(length of `text`).
public func foldedKey(_ text: String) -> String {
    if let key = asciiFoldedKey(text) { return key }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text.lowercased() {
        switch ch {
        case "ø": out.append("o")
        case "æ": out += "ae"
        case "å": out.append("a")
        default:
            for scalar in String(ch).folding(options: .diacriticInsensitive, locale: nil).unicodeScalars
            where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}

/// ``foldedKey(_:)`` of ASCII text without Foundation (the common case: ids, headers, kinds,
/// dates): letters lowered, digits kept, everything else dropped; nil when `text` is not ASCII.
///
/// - Complexity: O(length of `text`).
private func asciiFoldedKey(_ text: String) -> String? {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: utf8.count) { out in
        var n = 0
        for b in utf8 {
            switch b {
            case 0x41...0x5A:  // A-Z
                out[n] = b + 0x20
                n += 1
            case 0x61...0x7A, 0x30...0x39:  // a-z, 0-9
                out[n] = b
                n += 1
            default: continue
            }
        }
        return n
    }
}

/// Levenshtein distance between the characters of `a` and `b`.
///
/// ```swift
/// editDistance("muncipality", "municipality")  // 1
/// ```
///
/// - Complexity: O(|a|·|b|) time, O(|b|) space.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        cur[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    return prev[b.count]
}
