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

/// What to group members by.
public enum MemberGrouping: String, Sendable, CaseIterable {
    case cluster, kind, county
}

extension Ecosystem {
    /// Members grouped by cluster, kind or county. A member of several clusters is in its
    /// first listed cluster for the partition and in all of them in ``NodeGroups/all``;
    /// members without one are in "(no cluster)" / "(no county)". When no member has a
    /// cluster at all, clusters fall back to kinds (with a note).
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let groups = eco.groups(by: .cluster)
    /// let roles = try eco.collaborationGraph().brokerageRoles(group: groups.primary)
    /// ```
    ///
    /// - Complexity: O(V · c).
    public func groups(by grouping: MemberGrouping) -> NodeGroups {
        switch grouping {
        case .cluster:
            if clusters.isEmpty {
                var g = groups(by: .kind)
                g.notes.insert("\(name) has no clusters: members are grouped by kind", at: 0)
                return g
            }
            var names = clusters
            let index = Dictionary(uniqueKeysWithValues: clusters.enumerated().map { ($1, $0) })
            let none = members.contains { $0.clusters.isEmpty }
            if none { names.append("(no cluster)") }
            let all = members.map { m in m.clusters.isEmpty ? [names.count - 1] : m.clusters.map { index[$0]! } }
            let multi = members.filter { $0.clusters.count > 1 }.count
            var notes: [String] = []
            if multi > 0 {
                notes.append(
                    "\(multi) members belong to several clusters; each counts in its first listed cluster for brokerage roles (and in all of them for sole bridges)"
                )
            }
            return NodeGroups(names: names, primary: all.map { $0[0] }, all: all, notes: notes)
        case .kind:
            let kinds = MemberKind.allCases.filter { k in members.contains { $0.kind == k } }
            return NodeGroups(names: kinds.map(\.rawValue), primary: members.map { m in kinds.firstIndex(of: m.kind)! })
        case .county:
            var names = Set(members.compactMap(\.county)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            if members.contains(where: { $0.county == nil }) { names.append("(no county)") }
            return NodeGroups(
                names: names,
                primary: members.map { m in m.county.flatMap { index[$0] } ?? names.count - 1 }
            )
        }
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
    guard let t = CSVTable.read(path: path, file: path, problems: &problems),
        t.require(["node", "group"], problems: &problems)
    else { throw DatasetError(problems: problems) }
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
