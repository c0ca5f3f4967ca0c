import Foundation
import KlyngeGraph
import Testing

@Suite("Link prediction")
struct LinkPredictionTests {
    /// Zachary's karate club plus an isolated node, with NetworkX's five scores for every pair
    /// not tied (the fixture KlyngeMatchingTests' evaluation test shares, made by
    /// `Tests/KlyngeMatchingTests/Fixtures/make_link_prediction_fixture.py`).
    @Test("one pass gives NetworkX's five scores on the karate club, one scratch reused for every source")
    func networkX() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../KlyngeMatchingTests/Fixtures/link_prediction.json")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let n = try #require(obj["nodes"] as? Int)
        var b = GraphBuilder(directed: false, weighted: true)
        for v in 0..<n { b.addNode(String(v)) }
        for e in try #require(obj["edges"] as? [[Int]]) {
            try b.addEdge(index: e[0], index: e[1], weight: Double(e[2]))
        }
        let g = try b.build()
        let pass = LinkPrediction(g)
        var scratch = LinkPrediction.Scratch(nodeCount: g.nodeCount)
        var ours: [LinkScore: [[Int]: Double]] = [:]
        for u in 0..<n {
            let candidates = (0..<n).filter { v in v != u && !g.neighbors(u).contains(Int32(v)) }
            let scores = pass.scores(from: u, to: candidates, scratch: &scratch)
            // The scratch is clean again: a fresh one gives the same bits.
            #expect(scores == pass.scores(from: u, to: candidates))
            for score in LinkScore.allCases {
                for (i, v) in candidates.enumerated() { ours[score, default: [:]][[u, v]] = scores[score][i] }
                #expect(g.linkScores(score, from: u, to: candidates) == scores[score])
            }
        }
        for score in LinkScore.allCases {
            // The fixture's keys are the scores' raw values (the names evaluate prints).
            let rows = try #require(obj[score.rawValue] as? [[Double]], "\(score.rawValue)")
            #expect(rows.count == ours[score]?.count)
            for row in rows {
                let nx = row[2]
                let mine = try #require(ours[score]?[[Int(row[0]), Int(row[1])]])
                #expect(abs(mine - nx) <= 1e-12 * max(1, abs(nx)), "\(score)(\(row[0]), \(row[1])): \(mine) vs \(nx)")
            }
        }
    }
}
