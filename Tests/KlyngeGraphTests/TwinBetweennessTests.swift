import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeTestSupport
import Testing

/// Betweenness through the true-twin quotient (collaboration graphs) against NetworkX and
/// against the plain batched computation.
@Suite("betweenness on graphs with true twins")
struct TwinBetweennessTests {
    static let folder = Fixtures.folder.appendingPathComponent("twins")

    @Test("a union of project cliques: NetworkX's betweenness")
    func networkx() throws {
        let g = try EdgeListReader(directed: false, weighted: false).read(
            path: Self.folder.appendingPathComponent("projects400.edges").path
        )
        #expect(g.nodeCount >= 256)  // large enough for the twin path
        let obj = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.folder.appendingPathComponent("projects400.json"))
            ) as? [String: Any]
        )
        let table = try #require(obj["betweenness"] as? [String: Double])
        let want = g.nodes.ids.map { table[$0]! }
        for threads in [1, 2] {
            let got = try g.betweenness(threads: threads)
            let err = maxRelativeError(got, want, floor: 1e-13)
            #expect(err.error < 1e-11, "\(err)")
        }
        // Each kernel on the quotient, with the class sizes as multiplicities.
        for kernel in [BrandesKernel.batched, .singleSource, .lanes] {
            let got = try g.betweenness(kernel: kernel, threads: 2)
            let err = maxRelativeError(got, want, floor: 1e-13)
            #expect(err.error < 1e-11, "\(kernel): \(err)")
        }
    }

    @Test("random clique unions: the quotient gives the plain algorithm's values", arguments: [11, 12, 13])
    func property(_ seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(directed: false, weighted: false)
        let n = 600
        for v in 0..<n { _ = b.addNode(String(v)) }
        for _ in 0..<220 {
            let k = 2 + Int(rng.next(below: 9))
            var members = [Int(rng.next(below: 50))]
            for _ in 1..<k { members.append(50 + Int(rng.next(below: UInt64(n - 50)))) }
            for i in members.indices {
                for j in members.indices where i < j && members[i] != members[j] {
                    try b.addEdge(index: members[i], index: members[j])
                }
            }
        }
        let g = try b.build()
        let twin = try g.betweenness()
        let plain = try g.betweenness(sampledSources: g.nodeCount, seed: 1)  // k = n: every source, no quotient
        #expect(maxRelativeError(twin, plain, floor: 1e-13).error < 1e-11)
        #expect(try g.betweenness(threads: 1) == g.betweenness(threads: 3))
    }
}
