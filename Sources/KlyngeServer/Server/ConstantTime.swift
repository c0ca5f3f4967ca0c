/// Whether `given` equals `expected`, in a time that depends on `expected`'s length only (not on
/// where the first difference is), so a token cannot be guessed byte by byte from timings.
///
/// ```swift
/// constantTimeEqual("s3cret", "s3cret")  // true
/// constantTimeEqual("s3crex", "s3cret")  // false, after comparing every byte
/// ```
///
/// - Complexity: O(|expected|).
func constantTimeEqual(_ given: String, _ expected: String) -> Bool {
    let a = Array(given.utf8)
    let b = Array(expected.utf8)
    var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
    difference |= a.count == b.count ? 0 : 1
    for i in b.indices {
        difference |= (i < a.count ? a[i] : 0) ^ b[i]
    }
    return difference == 0
}
