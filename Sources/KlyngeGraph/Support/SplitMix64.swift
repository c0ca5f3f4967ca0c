/// SplitMix64 (Steele, Lea & Flood 2014, doi:10.1145/2714064.2660195): a small,
/// fast, seedable generator. Every random choice in KlyngeGraph goes through
/// one, so a seed fixes the result on every platform.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let die = rng.next(below: 6) + 1  // the same on every machine and every run
/// let unit = rng.nextUnit()  // uniform in [0, 1)
/// ```
///
/// - Complexity: O(1) per draw.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    /// The `index`-th independent stream of `seed`: its starting state is a
    /// SplitMix64 output, so streams of nearby indices do not overlap (seeding
    /// with `seed + index` directly would give shifted copies of one stream).
    public init(streamOf seed: UInt64, index: UInt64) {
        var g = SplitMix64(seed: seed)
        var h = SplitMix64(seed: g.next() ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = h.next()
    }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in `0..<bound` (Lemire's multiply-shift with rejection), bound > 0.
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let t = (0 &- bound) % bound
            while m.low < t { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }
    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
