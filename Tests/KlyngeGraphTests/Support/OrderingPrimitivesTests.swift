import KlyngeGraph
import Testing

/// The ranking order, the seeded shuffles and binary search (expected values by hand).
@Suite("Ranking, seeded shuffles, binary search")
struct OrderingPrimitivesTests {
    @Test("scores descending, ties by id bytes (not by locale or case folding)")
    func rankingOrder() {
        let items: [(score: Double, id: String)] = [
            (1, "b"), (2, "z"), (1, "B"), (1, "a"), (1, "Tromsø"), (1, "Tromso"), (3, "m"),
        ]
        let ranked = items.ranked(score: \.score, id: \.id).map(\.id)
        // Bytes: "B" 0x42 < "T" 0x54 < "a" 0x61 < "b"; "Tromso" < "Tromsø" (o 0x6F < ø 0xC3 0xB8).
        #expect(ranked == ["m", "z", "B", "Tromso", "Tromsø", "a", "b"])
        #expect(items.sorted(by: Ranking.precedes).map(\.id) == ranked)
        #expect(Ranking.precedes((score: 5, id: "z"), (score: 4, id: "a")))
        #expect(!Ranking.precedes((score: 4, id: "a"), (score: 4, id: "a")))
        #expect(Ranking.idPrecedes("Z", "a") && Ranking.idPrecedes("o", "ø") && !Ranking.idPrecedes("b", "b"))
        // Integer scores and node indices as elements.
        let degree = [2, 5, 5, 0]
        let ids = ["n2", "n1", "n0", "n3"]
        #expect((0..<4).ranked(score: { degree[$0] }, id: { ids[$0] }) == [2, 1, 0, 3])
    }

    /// The loop `seededShuffle` replaces (Louvain/Leiden's node order, the evaluation's random baseline).
    private func durstenfeld(_ n: Int, seed: UInt64) -> [Int] {
        var rng = SplitMix64(seed: seed)
        var values = Array(0..<n)
        var i = values.count - 1
        while i > 0 {
            values.swapAt(i, Int(rng.next(below: UInt64(i + 1))))
            i -= 1
        }
        return values
    }

    @Test("the seeded shuffle is Durstenfeld's loop draw for draw, a permutation, and seed-dependent")
    func seededShuffle() {
        for n in [0, 1, 2, 3, 10, 257] {
            for seed: UInt64 in [0, 1, 42] {
                var values = Array(0..<n)
                var rng = SplitMix64(seed: seed)
                values.seededShuffle(using: &rng)
                #expect(values == durstenfeld(n, seed: seed))
                #expect(values.sorted() == Array(0..<n))
            }
        }
        var a = Array(0..<50)
        var b = Array(0..<50)
        var r1 = SplitMix64(seed: 1)
        var r2 = SplitMix64(seed: 2)
        a.seededShuffle(using: &r1)
        b.seededShuffle(using: &r2)
        #expect(a != b)
        // Works on slices (offsets, not raw indices).
        var slice = Array(0..<20)[5..<15]
        var r3 = SplitMix64(seed: 42)
        slice.seededShuffle(using: &r3)
        #expect(Array(slice) == durstenfeld(10, seed: 42).map { $0 + 5 })
    }

    @Test("the seeded sample is the front of a forward Fisher–Yates, as sampled betweenness draws it")
    func seededSample() {
        let n = 30
        for k in [0, 1, 7, 30] {
            var values = Array(0..<n)
            var rng = SplitMix64(seed: 7)
            values.seededSample(prefix: k, using: &rng)
            var expected = Array(0..<n)
            var ref = SplitMix64(seed: 7)
            for i in 0..<k { expected.swapAt(i, i + Int(ref.next(below: UInt64(n - i)))) }
            #expect(values == expected)
            #expect(Set(values[..<k]).count == k)
        }
    }

    @Test("lower bound and partitioning index on edge cases")
    func binarySearch() {
        let a = [1, 3, 3, 3, 7, 9]
        #expect(a.lowerBound(of: 0) == 0)
        #expect(a.lowerBound(of: 1) == 0)
        #expect(a.lowerBound(of: 3) == 1)
        #expect(a.lowerBound(of: 4) == 4)
        #expect(a.lowerBound(of: 9) == 5)
        #expect(a.lowerBound(of: 10) == 6)
        #expect([Int]().lowerBound(of: 1) == 0)
        #expect(a[2...].lowerBound(of: 3) == 2)
        #expect(a[2...].lowerBound(of: 8) == 5)
        let terms = ["care", "dementia", "robot", "ø"]
        #expect(terms.partitioningIndex { !Ranking.idPrecedes($0, "dementia") } == 1)
        #expect(terms.partitioningIndex { !Ranking.idPrecedes($0, "zzz") } == 3)
        #expect(terms.partitioningIndex { _ in true } == 0)
        #expect(terms.partitioningIndex { _ in false } == 4)
    }
}
