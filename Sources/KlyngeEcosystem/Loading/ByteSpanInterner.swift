/// Maps byte spans of one input buffer to dense indices without making a
/// `String` per occurrence: an open-addressing hash table (linear probing, load
/// ≤ 1/2) keyed by (offset, length) into the buffer. Each slot holds the key's
/// first 8 bytes, its length and its index, so a probe for a key of up to 8
/// bytes (most numeric ids) never leaves the slot array: one cache miss per lookup.
/// Hash: FNV-1a 64 over the bytes, then a Fibonacci multiply for the slot.
///
/// The edge-list reader meets every id many times (8 times on average in a
/// Barabási–Albert list); hashing the raw bytes and creating each id's `String`
/// once halves loading time against a `[String: Int]` lookup per field.
/// Keys compare by bytes, as ``KlyngeGraph/NodeTable`` does.
///
/// Ids written as plain decimal numbers (digits only, no leading zero, below `denseLimit`)
/// skip the hash table: their value indexes a direct table, 4 bytes per possible value, which
/// stays in cache where a hash table of millions of slots does not (a 10-million-edge list
/// with numeric ids interns 3× faster). The two tables never hold the same key: a canonical
/// decimal spelling is unique to its value, and every other spelling goes to the hash table.
///
/// - Complexity: O(length) expected per lookup; O(distinct ids + largest numeric id below
///   `denseLimit`) memory.
struct ByteSpanInterner {
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int32] = []
    /// Line where each id first appeared (for error messages).
    private(set) var firstLines: [Int] = []
    /// Per slot: the key's first 8 bytes (little-endian, zero-padded).
    private var prefixes: [UInt64]
    /// Per slot: 0 = empty; else length << 32 | (index + 1).
    private var metas: [UInt64]
    private var bits: Int
    /// Per numeric id value: 0 = not seen; else index + 1.
    private var dense: [Int32] = []
    /// Numeric ids at or above this go to the hash table.
    private let denseLimit: Int

    /// A table sized for about `expected` distinct keys (it grows past that); numeric ids
    /// below `denseLimit` use the direct table.
    init(expected: Int = 1024, denseLimit: Int = 1 << 16) {
        self.denseLimit = denseLimit
        // The hash table starts at most 2¹⁶ slots: numeric ids may never need it, and it grows.
        bits = max(10, Int.bitWidth - (2 * min(max(expected, 1), 1 << 15) - 1).leadingZeroBitCount)
        prefixes = [UInt64](repeating: 0, count: 1 << bits)
        metas = [UInt64](repeating: 0, count: 1 << bits)
        starts.reserveCapacity(expected)
        lengths.reserveCapacity(expected)
        firstLines.reserveCapacity(expected)
    }

    var count: Int { starts.count }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = lo
        while i < hi {
            h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return (h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    private static func prefix(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var p: UInt64 = 0
        var i = lo
        let end = min(hi, lo + 8)
        while i < end {
            p |= UInt64(b[i]) << UInt64(8 * (i - lo))
            i += 1
        }
        return p
    }

    /// The value of `b[lo..<hi]` when it is a canonical decimal number below `denseLimit`
    /// (digits only, no leading zero except "0" itself), else -1.
    @inline(__always)
    private func denseKey(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        let len = hi - lo
        guard len >= 1, len <= 10, b[lo] != 0x30 || len == 1 else { return -1 }
        var v = 0
        var i = lo
        while i < hi {
            let d = Int(b[i]) &- 0x30
            guard d >= 0, d <= 9 else { return -1 }
            v = v &* 10 &+ d
            i += 1
        }
        return v < denseLimit ? v : -1
    }

    /// Reads the direct-table slot of `buffer[range]` (0 when it has none) without changing
    /// anything: called on a batch of ids before interning them, it lets the processor fetch
    /// their slots from memory side by side instead of one after another.
    @inline(__always)
    func touch(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        let key = denseKey(buffer, range.lowerBound, range.upperBound)
        return key >= 0 && key < dense.count ? dense[key] : 0
    }

    /// The index of `buffer[range]`, adding it when new.
    mutating func intern(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> Int {
        let key = denseKey(buffer, range.lowerBound, range.upperBound)
        if key >= 0 {
            if key < dense.count, dense[key] != 0 { return Int(dense[key]) - 1 }
            if key >= dense.count {
                var size = max(1024, dense.count)
                while size <= key { size *= 2 }
                dense.append(contentsOf: repeatElement(0, count: min(size, denseLimit) - dense.count))
            }
            let k = starts.count
            dense[key] = Int32(k + 1)
            starts.append(range.lowerBound)
            lengths.append(Int32(range.count))
            firstLines.append(line)
            return k
        }
        let h = Self.hash(buffer, range.lowerBound, range.upperBound)
        let p = Self.prefix(buffer, range.lowerBound, range.upperBound)
        let len = range.count
        let mask = metas.count - 1
        var slot = Int(truncatingIfNeeded: h >> UInt64(64 - bits))
        while true {
            let meta = metas[slot]
            if meta == 0 { break }
            if prefixes[slot] == p && Int(meta >> 32) == len {
                let k = Int(meta & 0xFFFF_FFFF) - 1
                if len <= 8 || equal(buffer, starts[k] + 8, range.lowerBound + 8, len - 8) { return k }
            }
            slot = (slot + 1) & mask
        }
        let k = starts.count
        prefixes[slot] = p
        metas[slot] = UInt64(len) << 32 | UInt64(k + 1)
        starts.append(range.lowerBound)
        lengths.append(Int32(len))
        firstLines.append(line)
        if starts.count * 2 > metas.count { grow(buffer) }
        return k
    }

    @inline(__always)
    private func equal(_ b: UnsafeBufferPointer<UInt8>, _ x: Int, _ y: Int, _ len: Int) -> Bool {
        var i = 0
        while i < len {
            if b[x + i] != b[y + i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow(_ buffer: UnsafeBufferPointer<UInt8>) {
        bits += 1
        prefixes = [UInt64](repeating: 0, count: 1 << bits)
        metas = [UInt64](repeating: 0, count: 1 << bits)
        let mask = metas.count - 1
        for k in 0..<starts.count {
            let lo = starts[k]
            let hi = starts[k] + Int(lengths[k])
            var slot = Int(truncatingIfNeeded: Self.hash(buffer, lo, hi) >> UInt64(64 - bits))
            while metas[slot] != 0 { slot = (slot + 1) & mask }
            prefixes[slot] = Self.prefix(buffer, lo, hi)
            metas[slot] = UInt64(hi - lo) << 32 | UInt64(k + 1)
        }
    }
}
