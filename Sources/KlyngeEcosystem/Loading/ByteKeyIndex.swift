/// A map from ids to numbers keyed by the ids' UTF-8 bytes: what a `[String: Int]` is to the
/// loader, but looked up straight from a file's bytes (``CSVTable/withValueBytes(at:row:_:)``)
/// with no `String` made and no `Hasher` run. Keys compare by bytes, as `String`s of the same
/// bytes compare equal, so a lookup finds what the dictionary would. The first value given for
/// a key is kept.
///
/// An open-addressing table (linear probing, load at most 3/4) of one word per slot, the
/// key's hash (high 32 bits) beside its entry, so a probe reads one cache line; the keys' bytes
/// are kept once, one after the other, and compared only when the hashes are equal. A value
/// below zero reads as absent (``mapValues(_:)`` uses it to leave keys out). Hash: the bytes read 8 at a time, each word mixed in with a multiply
/// (as wyhash and FxHash do).
///
/// ```swift
/// let index = ByteKeyIndex(keys: ["m1", "m2", "m1"])  // values: the keys' positions
/// index.value(of: "m1")  // 0, the first of the two
/// Array("m2".utf8).withUnsafeBufferPointer { index.value(of: $0) }  // 1
/// var lines = ByteKeyIndex()
/// lines.insert("p1", value: 2)  // nil: new
/// lines.insert("p1", value: 7)  // 2: there already, kept
/// ```
///
/// - Complexity: O(length) expected per lookup or insertion; O(total bytes of the keys) memory.
struct ByteKeyIndex: Sendable {
    /// The keys' bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Entry e's key is `bytes[offsets[e]..<offsets[e + 1]]`.
    private var offsets: [Int32] = [0]
    /// Each entry's value.
    private var values: [Int32] = []
    /// Per slot: 0 when empty, else the key's hash (high 32 bits) << 32 | (entry + 1).
    private var slots: [UInt64]

    /// The number of distinct keys.
    var count: Int { values.count }

    /// An empty index sized for about `capacity` keys (it grows past that).
    ///
    /// - Complexity: O(capacity).
    init(capacity: Int = 0) {
        let wanted = max(capacity, 1) * 4 / 3 + 1
        slots = [UInt64](repeating: 0, count: 1 << max(4, Int.bitWidth - (wanted - 1).leadingZeroBitCount))
        values.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity + 1)
    }

    /// Each of `keys` mapped to its position (the first position of a repeated key).
    ///
    /// - Complexity: O(total bytes of `keys`).
    init(keys: [String]) {
        self.init(capacity: keys.count)
        bytes.reserveCapacity(keys.reduce(0) { $0 + $1.utf8.count })
        for (i, key) in keys.enumerated() { insert(key, value: i) }
    }

    /// The value of the key whose bytes are `key`, or nil.
    ///
    /// - Complexity: O(length of `key`) expected.
    @inline(__always)
    func value(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let e = find(key, Self.hash(key)).entry, values[e] >= 0 else { return nil }
        return Int(values[e])
    }

    /// The value of `key`, or nil.
    ///
    /// - Complexity: O(length of `key`) expected.
    func value(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { value(of: $0) }
    }

    /// Adds `key` with `value` when it is new (returns nil); else returns its value, unchanged.
    ///
    /// - Complexity: O(length of `key`) expected, amortised.
    @discardableResult
    mutating func insert(_ key: String, value: Int) -> Int? {
        var key = key
        return key.withUTF8 { insert($0, value: value) }
    }

    /// ``insert(_:value:)`` of the key whose bytes are `key`.
    ///
    /// - Complexity: O(length of `key`) expected, amortised.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) -> Int? {
        let h = Self.hash(key)
        let (entry, slot) = find(key, h)
        if let entry { return Int(values[entry]) }
        slots[slot] = h & 0xFFFF_FFFF_0000_0000 | UInt64(values.count + 1)
        bytes.append(contentsOf: key)
        precondition(bytes.count <= Int(Int32.max), "ByteKeyIndex: keys beyond 2 GiB")
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
        values.append(Int32(truncatingIfNeeded: value))
        if values.count * 4 > slots.count * 3 { grow() }
        return nil
    }

    /// The same keys with each value `v` replaced by `transform(v)`; a key whose new value is
    /// below zero reads as absent. No key is hashed again.
    ///
    /// ```swift
    /// let rows = ByteKeyIndex(keys: ["m1", "m2"])  // id → row
    /// let kept = rows.mapValues { $0 == 0 ? -1 : 0 }  // row 0 not kept; row 1 is member 0
    /// kept.value(of: "m2")  // 0
    /// ```
    ///
    /// - Complexity: O(keys).
    func mapValues(_ transform: (Int) -> Int) -> ByteKeyIndex {
        var out = self
        for e in values.indices {
            let v = values[e]
            out.values[e] = v < 0 ? v : Int32(truncatingIfNeeded: transform(Int(v)))
        }
        return out
    }

    /// The entry of `key` (hash `h`), or nil and the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (entry: Int?, slot: Int) {
        let mask = slots.count - 1
        let tag = h & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: h >> 32) & mask
        return bytes.withUnsafeBufferPointer { b in
            while true {
                let stored = slots[slot]
                if stored == 0 { return (nil, slot) }
                if stored & 0xFFFF_FFFF_0000_0000 == tag {
                    let e = Int(stored & 0xFFFF_FFFF) - 1
                    let (lo, hi) = (Int(offsets[e]), Int(offsets[e + 1]))
                    if hi - lo == key.count && Self.equal(b.baseAddress.map { $0 + lo }, key.baseAddress, key.count) {
                        return (e, slot)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for stored in slots where stored != 0 {
            var slot = Int(truncatingIfNeeded: stored >> 32) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = stored
        }
        slots = grown
    }

    /// Whether the `count` bytes at `a` and at `b` are equal, read 8 at a time.
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0, let a, let b else { return true }
        let (x, y) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        var i = 0
        while i + 8 <= count {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// The bytes hashed 8 at a time (the last word zero-padded), the length mixed in; never 0
    /// (the low bit is set), so 0 marks an empty slot.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: key.count) &* k
        if let base = key.baseAddress {
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
        }
        return (h &* 0xBF58_476D_1CE4_E5B9) | 1
    }
}
