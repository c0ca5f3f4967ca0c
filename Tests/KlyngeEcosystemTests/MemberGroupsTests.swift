import KlyngeEcosystem
import KlyngeGraph
import Testing

/// One member grouping for brokers, maps and reports (Fixtures/tiny, read by hand).
@Suite("Member groupings")
struct MemberGroupsTests {
    @Test("a grouping by name: any case, plurals and Norwegian words")
    func named() {
        #expect(MemberGrouping.named("cluster") == .cluster && MemberGrouping.named("Klynger") == .cluster)
        #expect(MemberGrouping.named("FYLKE") == .county && MemberGrouping.named("counties") == .county)
        #expect(MemberGrouping.named("type") == .kind && MemberGrouping.named("Louvain") == .community)
        #expect(MemberGrouping.named("colour") == nil && MemberGrouping.named("groups.csv") == nil)
    }

    @Test("clusters, kinds and counties as each member lists them")
    func attributes() throws {
        let eco = try EcosystemModelTests.tiny()
        let byCluster = try eco.memberGroups(by: .cluster)
        #expect(
            byCluster.names == [
                "Norway Health Tech", "Norwegian Smart Care Cluster", "Oslo Cancer Cluster", "The Life Science Cluster",
            ]
        )
        // c2: Norway Health Tech;Oslo Cancer Cluster — u1: The Life Science Cluster;Norway Health Tech (primary first).
        #expect(byCluster.groupsOf[1] == [0, 2])
        #expect(byCluster.groupsOf[5] == [3, 0])
        let byCounty = try eco.memberGroups(by: .county)
        #expect(byCounty.names == ["Oslo", "Troms", "Trøndelag", "Vestland"])  // UTF-8 bytes: o < ø
        #expect(
            byCounty.groupsOf.map { $0.map { byCounty.names[$0] } }.map(\.first) == [
                "Vestland", "Oslo", "Vestland", "Troms", "Vestland", "Trøndelag", "Oslo", "Oslo",
            ]
        )
        let byKind = try eco.memberGroups(by: .kind)
        #expect(byKind.names == ["company", "municipality", "hospital", "university", "investor"])
        #expect(byKind.groupsOf.map { byKind.names[$0[0]] }[6] == "investor")
    }

    @Test("the brokerage partition is the same grouping, with members in no group gathered")
    func partition() throws {
        let eco = try EcosystemModelTests.tiny()
        for grouping in MemberGrouping.allCases {
            let grouped = try eco.memberGroups(by: grouping)
            let partition = try eco.groups(by: grouping)
            #expect(Array(partition.names.prefix(grouped.names.count)) == grouped.names)
            for m in eco.members.indices where !grouped.groupsOf[m].isEmpty {
                #expect(partition.all[m] == grouped.groupsOf[m] && partition.primary[m] == grouped.groupsOf[m][0])
            }
        }
        let notes = try eco.groups(by: .cluster).notes
        #expect(notes.count == 1 && notes[0].hasPrefix("2 members belong to several clusters"))  // c2 and u1
    }

    @Test("communities are Louvain's on the collaboration graph, named with their sizes")
    func communities() throws {
        let eco = try EcosystemModelTests.tiny()
        let graph = try eco.collaborationGraph()
        let louvain = try graph.louvain(seed: 3)
        let grouped = try eco.memberGroups(by: .community, graph: graph, seed: 3)
        #expect(grouped.groupsOf == louvain.labels.map { [$0] })
        #expect(grouped.names.count == louvain.count)
        #expect(grouped.names[0] == "community 1 (\(louvain.sizes[0]))")
        #expect(try eco.memberGroups(by: .community, seed: 3) == grouped)  // default graph: the same one
    }
}
