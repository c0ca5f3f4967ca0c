import KlyngeEcosystem
import KlyngeReports

/// `/api/dataset`: what the dataset holds, and the names the forms offer.
public struct DatasetSummary: Sendable, Codable, Equatable {
    /// A name and how many members carry it.
    public struct Count: Sendable, Codable, Equatable {
        public var name: String
        public var members: Int
    }

    public var name: String
    /// Whether the dataset's README declares it SYNTHETIC (invented memberships and projects).
    public var synthetic: Bool
    /// The sentence pages show for a synthetic dataset (empty otherwise).
    public var notice: String
    /// members, projects, participations, relations, ties (pairs that share a project or a relation).
    public var counts: [String: Int]
    /// By name.
    public var clusters: [Count]
    /// In ``KlyngeEcosystem/MemberKind`` order, those with members.
    public var kinds: [Count]
    /// Norway's counties and the dataset's own (``KlyngeEcosystem/Ecosystem/countyVocabulary``), with
    /// their member counts (0 for a county without members).
    public var counties: [Count]
    /// Most members first (``KlyngeEcosystem/Ecosystem/topicCounts()``).
    public var topics: [Count]
    /// The centralities computed at start, in the order pages list them.
    public var measures: [String]
    /// What did not go as asked while preparing.
    public var notes: [String]
}

extension ServedDataset {
    /// What `/api/dataset` answers.
    ///
    /// ```swift
    /// let s = served.summary
    /// print(s.name, s.counts["members"]!, s.clusters.map(\.name))
    /// ```
    ///
    /// - Complexity: O(members · clusters + topic mentions).
    public var summary: DatasetSummary {
        let members = ecosystem.members
        func counted(_ names: [String], _ count: (String) -> Int) -> [DatasetSummary.Count] {
            names.map { DatasetSummary.Count(name: $0, members: count($0)) }
        }
        var byKind: [MemberKind: Int] = [:]
        var byCounty: [String: Int] = [:]
        var byCluster: [String: Int] = [:]
        for m in members {
            byKind[m.kind, default: 0] += 1
            if let c = m.county { byCounty[c, default: 0] += 1 }
            for c in m.clusters { byCluster[c, default: 0] += 1 }
        }
        return DatasetSummary(
            name: ecosystem.name,
            synthetic: ecosystem.isSynthetic,
            notice: ecosystem.syntheticNotice,
            counts: [
                "members": members.count,
                "projects": ecosystem.projects.count,
                "participations": ecosystem.participations.count,
                "relations": ecosystem.relations.count,
                "ties": graph.edgeCount,
            ],
            clusters: counted(ecosystem.clusters) { byCluster[$0] ?? 0 },
            kinds: MemberKind.allCases.filter { byKind[$0] != nil }.map {
                DatasetSummary.Count(name: $0.rawValue, members: byKind[$0]!)
            },
            counties: counted(ecosystem.countyVocabulary.names) { byCounty[$0] ?? 0 },
            topics: ecosystem.topicCounts().map { DatasetSummary.Count(name: $0.topic, members: $0.members) },
            measures: Self.measures.filter { centrality[$0] != nil }.map(\.rawValue),
            notes: notes
        )
    }
}
