import KlyngeGraph
import Testing

@Suite("Parallel fill of a result array")
struct ParallelSlotsTests {
    @Test("every slot written once, the same for any thread count", arguments: [1, 2, 3, 8])
    func parallelFill(threads: Int) {
        var squares = [Int](repeating: -1, count: 10_001)
        squares.parallelFill(threads: threads, minChunk: 7, scratch: { 0 }) { i, calls in
            calls += 1
            return i * i
        }
        #expect(squares == (0..<10_001).map { $0 * $0 })
    }

    @Test("rows of a row-major table and several arrays at once")
    func slotsAndSlices() {
        let width = 3
        var table = [Double](repeating: 0, count: 100 * width)
        var sums = [Double](repeating: 0, count: 100)
        table.withParallelSlots { rows in
            sums.withParallelSlots { out in
                parallelChunks(count: 100, threads: 4, minChunk: 5) { range in
                    for i in range {
                        let row = rows.slice(i * width..<(i + 1) * width)
                        for j in 0..<width { row[j] = Double(i * 10 + j) }
                        out[i] = row.reduce(0, +)
                    }
                }
            }
        }
        #expect(table[5 * width + 2] == 52)
        #expect(sums[5] == 50 + 51 + 52)
        let expected: [Double] = (0..<100).map { (i: Int) -> Double in Double(30 * i + 3) }
        #expect(sums == expected)
    }
}
