import Foundation

/// Ids by their UTF-8 bytes: the index of the first of `keys` equal to some bytes, looked up
/// straight from a file's bytes (``CSVTable/withValueBytes(at:row:_:)``) with no `String` made
/// and no `Hasher` run. Keys compare by bytes, as `String`s of the same bytes compare equal,
/// so a lookup finds what `[String: Int]` would.
///
/// An open-addressing table (linear probing, load at most 1/2) of key indices, each key's
/// bytes kept once in one array. Hash: the bytes read 8 at a time, each word mixed in with a
/// multiply (as wyhash and FxHash do), the slot taken from the top bits.
///
/// ```swift
/// let index = ByteKeyIndex(keys: ["m1", "m2", "m1"])
/// index.index(of: "m1")  // 0, the first of the two
/// Array("m2".utf8).withUnsafeBufferPointer { index.index(of: $0) }  // 1
/// ```
///
/// - Complexity: O(total bytes of the keys) to build; O(length) expected per lookup.
struct ByteKeyIndex: Sendable {
    /// The keys' bytes, one after the other.
    private let bytes: [UInt8]
    /// Key k's bytes are `bytes[offsets[k]..<offsets[k + 1]]`.
    private let offsets: [Int]
    /// Per slot: a key's index, or -1 for an empty slot.
    private let slots: [Int32]
    private let shift: UInt64

    /// The number of keys given (repeated ones included).
    var count: Int { offsets.count - 1 }

    /// - Complexity: O(total bytes of `keys`).
    init(keys: [String]) {
        var bytes: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(keys.count + 1)
        for key in keys {
            bytes.append(contentsOf: key.utf8)
            offsets.append(bytes.count)
        }
        let bits = max(4, Int.bitWidth - (2 * max(keys.count, 1) - 1).leadingZeroBitCount)
        var slots = [Int32](repeating: -1, count: 1 << bits)
        let shift = UInt64(64 - bits)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { b in
            for k in keys.indices {
                let key = UnsafeBufferPointer(rebasing: b[offsets[k]..<offsets[k + 1]])
                var slot = Int(truncatingIfNeeded: Self.hash(key) >> shift)
                while true {
                    let s = Int(slots[slot])
                    if s < 0 {
                        slots[slot] = Int32(truncatingIfNeeded: k)
                        break
                    }
                    // A repeated key keeps its first index.
                    if Self.equal(UnsafeBufferPointer(rebasing: b[offsets[s]..<offsets[s + 1]]), key) { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
        self.shift = shift
    }

    /// The index of the first key whose bytes are `key`, or nil.
    ///
    /// - Complexity: O(length of `key`) expected.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key) >> shift)
        return bytes.withUnsafeBufferPointer { b in
            while true {
                let s = Int(slots[slot])
                if s < 0 { return nil }
                let (lo, hi) = (offsets[s], offsets[s + 1])
                if hi - lo == key.count && Self.equal(UnsafeBufferPointer(rebasing: b[lo..<hi]), key) { return s }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of the first key equal to `key`, or nil.
    ///
    /// - Complexity: O(length of `key`) expected.
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }

    /// The bytes hashed 8 at a time (the last word zero-padded), the length mixed in.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: key.count) &* k
        guard let base = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            h ^= h >> 29
            i += 8
        }
        if i < key.count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while i < key.count {
                last |= UInt64(key[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ last) &* k
            h ^= h >> 29
        }
        return h &* 0xBF58_476D_1CE4_E5B9
    }
}
