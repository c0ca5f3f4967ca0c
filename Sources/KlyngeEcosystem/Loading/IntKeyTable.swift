/// A map from non-negative integers to integers that only adds: open addressing with linear
/// probing, load at most 1/2, Fibonacci hashing (Knuth, *The Art of Computer Programming* 3,
/// §6.4, multiplication by 2⁶⁴/φ). For keys computed row by row, such as a participation's
/// project · members + member, it does without the `Hasher` a `[Int: Int]` runs per lookup.
///
/// ```swift
/// var seen = IntKeyTable(expected: 2)
/// seen.insert(7, 2)  // nil: added
/// seen.insert(7, 5)  // 2: the value it already had
/// ```
///
/// - Complexity: O(1) expected per insertion; O(keys) memory.
struct IntKeyTable {
    /// Per slot: the key, or -1 when empty.
    private var keys: [Int]
    private var values: [Int]
    private var count = 0
    /// 64 − log₂(slots).
    private var shift: UInt64

    /// A table sized for about `expected` keys (it grows past that).
    init(expected: Int) {
        let bits = max(4, Int.bitWidth - (2 * max(expected, 1) - 1).leadingZeroBitCount)
        keys = [Int](repeating: -1, count: 1 << bits)
        values = [Int](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    @inline(__always)
    private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds `key` (≥ 0) with `value` when it is new and returns nil; otherwise returns the value
    /// it was added with, and changes nothing.
    /// - Complexity: O(1) expected.
    mutating func insert(_ key: Int, _ value: Int) -> Int? {
        precondition(key >= 0, "IntKeyTable keys are non-negative")
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return nil
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [Int](repeating: -1, count: oldKeys.count * 2)
        values = [Int](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key >= 0 {
            var i = slot(key)
            while keys[i] >= 0 { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
    }
}
