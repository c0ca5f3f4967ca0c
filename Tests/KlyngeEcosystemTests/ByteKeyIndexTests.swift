import Testing

@testable import KlyngeEcosystem

/// ``ByteKeyIndex`` against the standard library's `Dictionary` (an independent hash table) on
/// seeded random keys: lengths 0 to 40 (around the 8-byte words the hash reads), repeated keys,
/// multi-byte characters, keys that differ only in their last byte, and a table grown from empty.
@Suite("ByteKeyIndex finds what a Dictionary finds")
struct ByteKeyIndexTests {
    /// A small seeded generator (SplitMix64), so a failure is the same on every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func keys(_ count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix(state: seed)
        let alphabet = Array("ab0123456789-øå€ ")
        var out: [String] = []
        for i in 0..<count {
            if i > 0 && rng.next() % 5 == 0 {  // a repeat of an earlier key
                out.append(out[Int(rng.next() % UInt64(out.count))])
                continue
            }
            let length = Int(rng.next() % 41)
            out.append(String((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }))
        }
        // Keys that share all but their last byte, at each length around a word.
        for n in [7, 8, 9, 15, 16, 17] {
            out.append(String(repeating: "x", count: n - 1) + "a")
            out.append(String(repeating: "x", count: n - 1) + "b")
        }
        return out
    }

    @Test("built from keys: the first position of each key, and nothing for other keys", arguments: [1, 2, 3])
    func fromKeys(seed: UInt64) {
        let keys = Self.keys(5000, seed: seed)
        let index = ByteKeyIndex(keys: keys)
        var want: [String: Int] = [:]
        for (i, k) in keys.enumerated() where want[k] == nil { want[k] = i }
        #expect(index.count == want.count)
        for (k, v) in want {
            #expect(index.value(of: k) == v, "key \(k)")
            let bytes = Array(k.utf8)
            #expect(bytes.withUnsafeBufferPointer { index.value(of: $0) } == v, "bytes of \(k)")
        }
        for other in Self.keys(2000, seed: seed + 100) where want[other] == nil {
            #expect(index.value(of: other) == nil, "absent key \(other)")
        }
    }

    @Test("insert into an empty table: nil when new, else the value kept; mapValues leaves out negatives")
    func inserts() {
        var index = ByteKeyIndex()
        var want: [String: Int] = [:]
        for (i, k) in Self.keys(3000, seed: 7).enumerated() {
            let before = want[k]
            if before == nil { want[k] = i }
            #expect(index.insert(k, value: i) == before, "key \(k)")
        }
        let odd = index.mapValues { $0 % 2 == 1 ? $0 : -1 }
        for (k, v) in want {
            #expect(index.value(of: k) == v)
            #expect(odd.value(of: k) == (v % 2 == 1 ? v : nil))
        }
    }
}
