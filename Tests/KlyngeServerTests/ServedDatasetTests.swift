import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports
import KlyngeServer
import KlyngeTestSupport
import Testing

@Suite struct ServedDatasetTests {
    /// A path a – b – c – d of three two-member projects. By hand (NetworkX's normalised
    /// `betweenness_centrality`): b and c lie on 2 of the 3 pairs that need an intermediary,
    /// 2/3 each; a and d on none. Ties are ranked by id: b before c, a before d.
    @Test func ranksFollowTheValuesWithTiesById() throws {
        let folder = try Klynge.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "members.csv": "id,name,kind\na,A,company\nb,B,company\nc,C,municipality\nd,D,hospital\n",
            "projects.csv": "id,title,start\np1,One,2020\np2,Two,2021\np3,Three,2022\n",
            "participations.csv": "project,member\np1,a\np1,b\np2,b\np2,c\np3,c\np3,d\n",
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let eco = try DatasetLoader().load(folder: folder.path)
        var steps: [String] = []
        let served = try ServedDataset(eco) { steps.append($0) }
        let b = try #require(served.centrality[.betweenness])
        #expect(b.map { ($0 * 3).rounded() } == [0, 2, 2, 0])
        #expect(served.rank[.betweenness] == [3, 1, 2, 4])
        #expect(served.rank[.degree] == [3, 1, 2, 4])
        #expect(steps.first == "matching index")
        #expect(Set(served.brokerOrder) == Set(0..<4))
    }
}
