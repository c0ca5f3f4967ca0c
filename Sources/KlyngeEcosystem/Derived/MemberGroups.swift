import KlyngeGraph

/// A partition of a graph's nodes into named groups (for brokerage roles), plus each
/// node's full list of groups where membership overlaps (for sole bridges).
public struct NodeGroups: Sendable, Equatable {
    /// Group names; group `g` is `names[g]`.
    public var names: [String]
    /// Each node's group for the partition (its first listed cluster when it has several).
    public var primary: [Int]
    /// Each node's groups, primary first (several only for clusters).
    public var all: [[Int]]
    /// What the user should know about how groups were assigned.
    public var notes: [String]

    public init(names: [String], primary: [Int], all: [[Int]]? = nil, notes: [String] = []) {
        self.names = names
        self.primary = primary
        self.all = all ?? primary.map { [$0] }
        self.notes = notes
    }
}

/// What to group members by — for brokerage roles, map colours and reports alike.
public enum MemberGrouping: String, Sendable, CaseIterable {
    /// Its clusters (several for a member of several; maps draw a pie or stripes).
    case cluster
    case kind
    case county
    /// Its Louvain community on the collaboration graph (seeded, deterministic).
    case community

    /// The grouping `text` names, in any case and in Norwegian too (`Cluster`, `klynge`,
    /// `fylke`, `type`), or nil.
    ///
    /// ```swift
    /// MemberGrouping.named("Fylke")  // .county
    /// MemberGrouping.named("colour") // nil
    /// ```
    /// - Complexity: O(length of `text`).
    public static func named(_ text: String) -> MemberGrouping? {
        vocabulary.canonical(text).flatMap(MemberGrouping.init(rawValue:))
    }

    /// The groupings' names with their Norwegian and plural spellings.
    static let vocabulary = Vocabulary(
        field: "grouping",
        names: allCases.map(\.rawValue),
        synonyms: [
            "clusters": "cluster", "klynge": "cluster", "klynger": "cluster", "kinds": "kind", "type": "kind",
            "kategori": "kind", "medlemstype": "kind", "counties": "county", "fylke": "county", "fylker": "county",
            "communities": "community", "fellesskap": "community", "louvain": "community",
        ]
    )
}

/// Members in named groups, as a ``MemberGrouping`` defines them, before any choice about
/// members in no group (a member without a cluster or a county).
public struct MemberGroups: Sendable, Equatable {
    /// Group names in legend order: clusters and counties by name (UTF-8 bytes), kinds in
    /// ``MemberKind`` order (those present), communities by number with their size.
    public var names: [String]
    /// `groupsOf[m]`: member `m`'s groups (indices into ``names``), primary first; empty when
    /// it has none.
    public var groupsOf: [[Int]]

    public init(names: [String], groupsOf: [[Int]]) {
        self.names = names
        self.groupsOf = groupsOf
    }
}

extension Ecosystem {
    /// Members grouped by `grouping`: the one definition brokers, maps and reports share.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let byCounty = try eco.memberGroups(by: .county)
    /// let bergen = byCounty.groupsOf[eco.memberIndex(of: "m0066")!].map { byCounty.names[$0] }  // ["Vestland"]
    /// let communities = try eco.memberGroups(by: .community, seed: 7)
    /// ```
    /// - Parameters:
    ///   - grouping: clusters, kinds, counties or Louvain communities.
    ///   - graph: the collaboration graph communities are found in (default: the whole
    ///     period's shared-projects graph); only `.community` reads it.
    ///   - resolution: Louvain's resolution, for `.community`.
    ///   - seed: Louvain's seed, for `.community`.
    /// - Throws: `GraphError` from building the graph or from Louvain (`.community` only).
    /// - Complexity: O(V · c) for c groups per member; `.community` adds Louvain's O(E) per pass.
    public func memberGroups(
        by grouping: MemberGrouping,
        graph: CSRGraph? = nil,
        resolution: Double = 1,
        seed: UInt64 = 42
    ) throws(GraphError) -> MemberGroups {
        switch grouping {
        case .cluster:
            let index = Dictionary(uniqueKeysWithValues: clusters.enumerated().map { ($1, $0) })
            return MemberGroups(names: clusters, groupsOf: members.map { $0.clusters.compactMap { index[$0] } })
        case .kind:
            let kinds = MemberKind.allCases.filter { k in members.contains { $0.kind == k } }
            return MemberGroups(
                names: kinds.map(\.rawValue),
                groupsOf: members.map { m in [kinds.firstIndex(of: m.kind)!] }
            )
        case .county:
            let names = Set(members.compactMap(\.county)).sorted(by: Ranking.idPrecedes)
            let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            return MemberGroups(
                names: names,
                groupsOf: members.map { m in m.county.flatMap { index[$0] }.map { [$0] } ?? [] }
            )
        case .community:
            let g: CSRGraph
            if let graph { g = graph } else { g = try collaborationGraph() }
            let found = try g.louvain(resolution: resolution, seed: seed)
            let sizes = found.sizes
            return MemberGroups(
                names: (0..<found.count).map { "community \($0 + 1) (\(sizes[$0]))" },
                groupsOf: found.labels.map { [$0] }
            )
        }
    }

    /// Members partitioned by `grouping`, for brokerage roles and reports: each member's
    /// primary group, and all its groups where membership overlaps (clusters). A member of
    /// several clusters is in its first listed cluster for the partition; members in no group
    /// form one more, "(no cluster)" / "(no county)". When no member has a cluster at all,
    /// clusters fall back to kinds (with a note).
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let groups = try eco.groups(by: .cluster)
    /// let roles = try eco.collaborationGraph().brokerageRoles(group: groups.primary)
    /// ```
    /// - Parameters: as ``memberGroups(by:graph:resolution:seed:)``.
    /// - Complexity: as ``memberGroups(by:graph:resolution:seed:)``.
    public func groups(
        by grouping: MemberGrouping,
        graph: CSRGraph? = nil,
        resolution: Double = 1,
        seed: UInt64 = 42
    ) throws(GraphError) -> NodeGroups {
        if grouping == .cluster && clusters.isEmpty {
            var g = try groups(by: .kind)
            g.notes.insert("\(name) has no clusters: members are grouped by kind", at: 0)
            return g
        }
        let grouped = try memberGroups(by: grouping, graph: graph, resolution: resolution, seed: seed)
        var names = grouped.names
        if grouped.groupsOf.contains(where: \.isEmpty) { names.append("(no \(grouping.rawValue))") }
        let all = grouped.groupsOf.map { $0.isEmpty ? [names.count - 1] : $0 }
        var notes: [String] = []
        let multi = all.filter { $0.count > 1 }.count
        if multi > 0 {
            notes.append(
                "\(multi) members belong to several clusters; each counts in its first listed cluster for brokerage roles (and in all of them for sole bridges)"
            )
        }
        return NodeGroups(names: names, primary: all.map { $0[0] }, all: all, notes: notes)
    }
}

/// Reads a `node,group` CSV for the nodes of `graph`: every row names a node of the graph
/// and its group. Nodes the file does not mention form the group "(unlisted)" (with a note).
///
/// ```swift
/// let graph = try EdgeListReader().read(path: "Datasets/sna-classic/florentine.edges")
/// let groups = try readNodeGroups(path: "factions.csv", for: graph)  // node,group rows
/// let roles = graph.brokerageRoles(group: groups.primary)
/// ```
///
/// - Throws: ``DatasetError`` listing every problem as `file:line: column: message`:
///   missing columns, unknown or repeated nodes, empty groups, ragged rows, bad UTF-8.
/// - Complexity: O(file size + V).
public func readNodeGroups(path: String, for graph: CSRGraph) throws(DatasetError) -> NodeGroups {
    var problems: [DatasetProblem] = []
    guard let t = CSVTable.read(path: path, file: path, problems: &problems) else {
        throw DatasetError(problems: problems)
    }
    return try nodeGroups(t, for: graph, problems: problems)
}

/// Reads the bytes of a `node,group` CSV already in memory, named `file` in problems, as
/// ``readNodeGroups(path:for:)`` reads the file's (the same code from the bytes on).
///
/// ```swift
/// let groups = try readNodeGroups(bytes: Array("node,group\na,left\n".utf8), file: "groups.csv", for: graph)
/// ```
///
/// - Throws: ``DatasetError``, as ``readNodeGroups(path:for:)``.
/// - Complexity: O(bytes + V).
package func readNodeGroups(bytes: [UInt8], file: String, for graph: CSRGraph) throws(DatasetError) -> NodeGroups {
    var problems: [DatasetProblem] = []
    guard let t = CSVTable.read(bytes: bytes, file: file, problems: &problems) else {
        throw DatasetError(problems: problems)
    }
    return try nodeGroups(t, for: graph, problems: problems)
}

/// The groups a `node,group` table gives the nodes of `graph` (``readNodeGroups(path:for:)``);
/// `problems` are those found while reading the table, kept in front.
///
/// - Complexity: O(cells + V).
private func nodeGroups(
    _ t: CSVTable,
    for graph: CSRGraph,
    problems: [DatasetProblem]
) throws(DatasetError) -> NodeGroups {
    let path = t.file
    var problems = problems
    guard t.require(["node", "group"], problems: &problems) else { throw DatasetError(problems: problems) }
    var names: [String] = []
    var index: [String: Int] = [:]
    var primary = [Int](repeating: -1, count: graph.nodeCount)
    var seen: [Int: Int] = [:]
    for (line, f) in t.rows {
        guard f.count == t.header.count else {
            problems.append(
                DatasetProblem(file: path, line: line, message: "\(f.count) fields, the header has \(t.header.count)")
            )
            continue
        }
        let node = t.value("node", in: f) ?? ""
        let group = t.value("group", in: f) ?? ""
        guard let v = graph.nodes.index(of: node) else {
            problems.append(DatasetProblem(file: path, line: line, column: "node", message: "unknown node '\(node)'"))
            continue
        }
        if let first = seen[v] {
            problems.append(
                DatasetProblem(
                    file: path,
                    line: line,
                    column: "node",
                    message: "node '\(node)' listed again (first on line \(first))"
                )
            )
            continue
        }
        guard !group.isEmpty else {
            problems.append(DatasetProblem(file: path, line: line, column: "group", message: "empty group"))
            continue
        }
        seen[v] = line
        if index[group] == nil {
            index[group] = names.count
            names.append(group)
        }
        primary[v] = index[group]!
    }
    if !problems.isEmpty { throw DatasetError(problems: problems) }
    let unlisted = primary.filter { $0 < 0 }.count
    var notes: [String] = []
    if unlisted > 0 {
        names.append("(unlisted)")
        for v in primary.indices where primary[v] < 0 { primary[v] = names.count - 1 }
        notes.append("\(unlisted) nodes are not in \(path) and form the group (unlisted)")
    }
    return NodeGroups(names: names, primary: primary, notes: notes)
}
