import KlyngeGraph
import Testing

/// NMI and ARI against scikit-learn (values from Fixtures/communities/make_community_fixtures.py).
@Suite("Community partition agreement")
struct CommunityAgreementTests {
    @Test("NMI and ARI equal sklearn's", arguments: CommunityFixtures.agreement)
    func matchesSklearn(c: AgreementCase) {
        let nmi = PartitionAgreement.normalizedMutualInformation(c.a, c.b)
        let ari = PartitionAgreement.adjustedRandIndex(c.a, c.b)
        #expect(abs(nmi - c.nmi) <= 1e-12, "NMI \(nmi) vs sklearn \(c.nmi) for \(c.a) / \(c.b)")
        #expect(abs(ari - c.ari) <= 1e-12, "ARI \(ari) vs sklearn \(c.ari) for \(c.a) / \(c.b)")
    }

    @Test("symmetric and invariant under relabelling", arguments: CommunityFixtures.agreement)
    func symmetricAndRelabelled(c: AgreementCase) {
        let nmi = PartitionAgreement.normalizedMutualInformation(c.a, c.b)
        let ari = PartitionAgreement.adjustedRandIndex(c.a, c.b)
        #expect(abs(PartitionAgreement.normalizedMutualInformation(c.b, c.a) - nmi) <= 1e-12)
        #expect(PartitionAgreement.adjustedRandIndex(c.b, c.a) == ari)
        // An order-preserving renaming keeps the sorted table, so the result is bit-identical.
        let renamed = c.a.map { 3 * $0 - 1_000 }
        #expect(PartitionAgreement.normalizedMutualInformation(renamed, c.b) == nmi)
        #expect(PartitionAgreement.adjustedRandIndex(renamed, c.b) == ari)
    }

    @Test("hand example [0,0,1,1] / [0,0,1,2]: NMI 0.8, ARI 4/7")
    func handExample() {
        #expect(abs(PartitionAgreement.normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2]) - 0.8) < 1e-15)
        #expect(abs(PartitionAgreement.adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]) - 4.0 / 7) < 1e-15)
    }

    @Test("large labelings: the ARI pair counts do not overflow")
    func largeCounts() {
        // n = 3·10⁵: the products of pair counts reach 10²¹, beyond Int64.
        let n = 300_000
        let a = (0..<n).map { $0 % 3 }
        let b = (0..<n).map { $0 % 2 }
        let ari = PartitionAgreement.adjustedRandIndex(a, b)
        #expect(ari.isFinite && abs(ari) < 1e-4)
        #expect(PartitionAgreement.adjustedRandIndex(a, a) == 1)
        #expect(abs(PartitionAgreement.normalizedMutualInformation(a, a) - 1) < 1e-12)
    }

    @Test("Louvain and Leiden agree on a graph with clear communities")
    func detectionsAgree() throws {
        // Four 12-cliques joined in a ring by single edges.
        var edges: [(Int, Int)] = []
        for c in 0..<4 {
            for i in 0..<12 { for j in i + 1..<12 { edges.append((12 * c + i, 12 * c + j)) } }
            edges.append((12 * c, (12 * c + 12 + 5) % 48))
        }
        let g = smallGraph(nodes: 48, edges)
        let truth = (0..<48).map { $0 / 12 }
        let louvain = try g.louvain(seed: 9).labels
        let leiden = try g.leiden(seed: 9).labels
        #expect(PartitionAgreement.normalizedMutualInformation(louvain, truth) == 1)
        #expect(PartitionAgreement.adjustedRandIndex(leiden, truth) == 1)
    }
}
