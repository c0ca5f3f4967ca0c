import Foundation

/// Writes an ``Ecosystem`` as a canonical dataset folder: UTF-8 without byte-order mark, commas,
/// LF line ends, the canonical headers (an optional column only when some row has a value, then
/// the register's own columns by name), canonical kinds and roles, ISO dates,
/// `;`-separated lists, RFC 4180 quoting (a field with a comma, a quote or a line break is quoted,
/// quotes doubled). What it writes, ``DatasetLoader`` reads back to the same ecosystem.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/florentine-families")
/// try DatasetWriter(readme: "# Copy\n").write(eco, to: "/tmp/florentine-copy", replacing: false)
/// ```
///
/// - Complexity: O(size of the ecosystem).
struct DatasetWriter {
    /// The README.md text.
    var readme: String

    /// The files of `eco` by name (`members.csv`, `projects.csv`, `participations.csv`,
    /// `relations.csv` when it has relations, `README.md`).
    func files(_ eco: Ecosystem) -> [(name: String, text: String)] {
        let members = eco.members.map { m -> [String: String] in
            var row = m.attributes
            row["id"] = m.id
            row["name"] = m.name
            row["kind"] = m.kind.rawValue
            row["clusters"] = list(m.clusters)
            row["county"] = m.county
            row["municipality"] = m.municipality
            row["topics"] = list(m.declaredTopics)
            row["size"] = m.size.map(String.init)
            row["founded"] = m.founded.map(String.init)
            row["orgnr"] = m.organisationNumber
            return row
        }
        let projects = eco.projects.map { p -> [String: String] in
            var row = p.attributes
            row["id"] = p.id
            row["title"] = p.title
            row["start"] = p.start?.description ?? DatasetLoader.unknownDate
            row["end"] = p.end?.description
            row["topics"] = list(p.topics)
            row["programme"] = p.programme
            row["public_share"] = p.publicShare.map(number)
            return row
        }
        let parts = eco.participations.map { p -> [String: String] in
            var row = p.attributes
            row["project"] = eco.projects[p.project].id
            row["member"] = eco.members[p.member].id
            row["role"] = p.role.rawValue
            return row
        }
        var out = [
            ("members.csv", csv(members, required: ["id", "name", "kind"], order: Self.memberOrder)),
            ("projects.csv", csv(projects, required: ["id", "start"], order: Self.projectOrder)),
            (
                "participations.csv",
                csv(parts, required: ["project", "member", "role"], order: ["project", "member", "role"])
            ),
        ]
        if !eco.relations.isEmpty {
            let relations = eco.relations.map { r -> [String: String] in
                [
                    "source": eco.members[r.source].id, "target": eco.members[r.target].id, "type": r.type ?? "",
                    "weight": number(r.weight), "since": r.since.map(String.init) ?? "",
                ]
            }
            out.append(("relations.csv", csv(relations, required: ["source", "target"], order: Self.relationOrder)))
        }
        out.append(("README.md", readme))
        return out
    }

    /// Writes the files of `eco` into a new folder at `path`, atomically: into a temporary
    /// folder beside it, then renamed into place, so a failure leaves no partial dataset. An
    /// existing `path` is replaced when `replacing`, else an error.
    /// - Throws: ``InputError`` naming the folder.
    func write(_ eco: Ecosystem, to path: String, replacing: Bool) throws(InputError) {
        try FolderWriter.write(files(eco), to: path, replacing: replacing, what: "the dataset")
    }

    static let memberOrder = [
        "id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded", "orgnr",
    ]
    static let projectOrder = ["id", "title", "start", "end", "topics", "programme", "public_share"]
    static let relationOrder = ["source", "target", "type", "weight", "since"]

    /// A CSV text of `rows`: the columns of `order` that are `required` or have a value in some
    /// row, then the other keys (the register's own columns) by name.
    private func csv(_ rows: [[String: String]], required: Set<String>, order: [String]) -> String {
        var columns = order.filter { c in required.contains(c) || rows.contains { !($0[c] ?? "").isEmpty } }
        let known = Set(order)
        let extra = Set(rows.flatMap(\.keys)).subtracting(known).sorted()
        columns += extra
        var out = columns.map { Escape.csvField($0) }.joined(separator: ",") + "\n"
        for row in rows { out += columns.map { Escape.csvField(row[$0] ?? "") }.joined(separator: ",") + "\n" }
        return out
    }

    private func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: ";") }

    private func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : x.description
    }
}
