import Foundation
import KlyngeGraph

/// Loads and validates a dataset folder (`members.csv`, `projects.csv`,
/// `participations.csv`, optional `relations.csv`, `README.md`).
///
/// Validation reports every problem, not only the first, each with file, line
/// and column (see ``DatasetProblem``). Required columns: `members.csv` id, name,
/// kind; `projects.csv` id, start; `participations.csv` project, member;
/// `relations.csv` source, target. Other known columns are optional; unknown
/// columns are kept as attributes. Lists (`clusters`, `topics`) are `;`-separated.
/// A member's topics default to those of its projects, most frequent first.
///
/// - Complexity: O(total bytes + participations · log) time.
public struct DatasetLoader: Sendable {
    public init() {}

    /// Loads the dataset at `folder`.
    /// - Throws: ``DatasetError`` listing every problem; ``InputError`` when the folder is missing.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// print(eco.members.count, eco.projects.count)  // 530 350
    /// ```
    ///
    /// - Complexity: O(total bytes + participations · log) time.
    public func load(folder: String) throws -> Ecosystem {
        let (eco, problems) = validate(folder: folder)
        if !problems.isEmpty { throw DatasetError(problems: problems) }
        return eco!
    }

    /// Every problem of the dataset at `folder`, and the ecosystem when there is none.
    ///
    /// ```swift
    /// let (eco, problems) = DatasetLoader().validate(folder: "Datasets/florentine-families")
    /// for problem in problems { print(problem) }  // file:line: column: message
    /// let ready = eco != nil && problems.isEmpty
    /// ```
    ///
    /// - Complexity: O(total bytes + participations · log) time.
    public func validate(folder: String) -> (Ecosystem?, [DatasetProblem]) {
        var problems: [DatasetProblem] = []
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            return (nil, [DatasetProblem(file: folder, message: "no such dataset folder")])
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        func path(_ name: String) -> String { base + "/" + name }
        // The README is required (it states provenance and licence) and its title line says
        // whether the dataset is synthetic: a README that cannot be read is a problem too.
        var readme: String?
        if !FileManager.default.fileExists(atPath: path("README.md")) {
            problems.append(
                DatasetProblem(
                    file: path("README.md"),
                    message: "missing file (every dataset states its provenance and licence)"
                )
            )
        } else {
            do {
                readme = try String(contentsOfFile: path("README.md"), encoding: .utf8)
            } catch {
                problems.append(
                    DatasetProblem(file: path("README.md"), message: "cannot be read as UTF-8 text; check its encoding")
                )
            }
        }
        let membersTable = CSVTable.read(path: path("members.csv"), file: path("members.csv"), problems: &problems)
        let projectsTable = CSVTable.read(path: path("projects.csv"), file: path("projects.csv"), problems: &problems)
        let partsTable = CSVTable.read(
            path: path("participations.csv"),
            file: path("participations.csv"),
            problems: &problems
        )
        var relationsTable: CSVTable?
        if FileManager.default.fileExists(atPath: path("relations.csv")) {
            relationsTable = CSVTable.read(
                path: path("relations.csv"),
                file: path("relations.csv"),
                problems: &problems
            )
        }
        let tables = DatasetTables(
            name: URL(fileURLWithPath: base).lastPathComponent,
            readme: readme,
            members: membersTable,
            projects: projectsTable,
            participations: partsTable,
            relations: relationsTable
        )
        return validate(tables: tables, problems: problems)
    }

    /// Every problem of a dataset whose files are already read as tables (by the folder reader
    /// above, or by `klynge import` from registers and workbooks), and the ecosystem when there is
    /// none. `problems` are those found while reading; they are kept in front.
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let members = CSVTable(file: "members.csv", header: ["id", "name", "kind"],
    ///                        rows: [(2, ["m1", "Bergen kommune", "municipality"])], problems: &problems)
    /// let (eco, found) = DatasetLoader().validate(
    ///     tables: DatasetTables(name: "register", readme: "# Register", members: members), problems: problems)
    /// ```
    ///
    /// - Complexity: O(total cells + participations · log) time.
    package func validate(tables: DatasetTables, problems: [DatasetProblem] = []) -> (Ecosystem?, [DatasetProblem]) {
        var problems = problems
        let membersTable = tables.members
        let projectsTable = tables.projects
        let partsTable = tables.participations
        let relationsTable = tables.relations
        let readme = tables.readme
        // nil when the file or its required columns are missing: references into it are then not checked.
        var memberLines: [String: Int]?
        var members: [Member] = []
        if let t = membersTable, t.require(["id", "name", "kind"], problems: &problems) {
            let (m, lines) = readMembers(t, &problems)
            members = m
            memberLines = lines
        }
        var projectLines: [String: Int]?
        var projects: [Project] = []
        if let t = projectsTable, t.require(["id", "start"], problems: &problems) {
            let (p, lines) = readProjects(t, &problems)
            projects = p
            projectLines = lines
        }
        let memberIndex = Dictionary(members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let projectIndex = Dictionary(projects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // References are checked against every id the files name, so a member row with
        // its own problem does not also make each of its participations an error.
        let refs = References(members: memberLines.map { Set($0.keys) }, projects: projectLines.map { Set($0.keys) })
        var participations: [Participation] = []
        if let t = partsTable, t.require(["project", "member"], problems: &problems) {
            participations = readParticipations(t, members: memberIndex, projects: projectIndex, refs: refs, &problems)
        }
        var relations: [Relation] = []
        if let t = relationsTable, t.require(["source", "target"], problems: &problems) {
            relations = readRelations(t, members: memberIndex, refs: refs, &problems)
        }
        guard problems.isEmpty, let readme else { return (nil, problems) }
        // Topics default to those of the member's projects, most frequent first, ties by name.
        var projectTopics = [[String: Int]](repeating: [:], count: members.count)
        for p in participations { for t in projects[p.project].topics { projectTopics[p.member][t, default: 0] += 1 } }
        for i in members.indices where members[i].topics.isEmpty {
            members[i].topics = projectTopics[i].ranked(score: \.value, id: \.key).map(\.key)
        }
        var eco = Ecosystem(
            name: tables.name,
            members: members,
            projects: projects,
            participations: participations,
            relations: relations
        )
        eco.isSynthetic = readme.split(separator: "\n", maxSplits: 1).first?.contains("SYNTHETIC") ?? false
        return (eco, [])
    }

    // MARK: - Files

    static let memberColumns: Set<String> = [
        "id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded", "orgnr",
    ]
    /// The `start` value of a project whose start date is not known. Spelled out, so that a
    /// forgotten date (an empty cell) is still an error.
    static let unknownDate = "unknown"
    static let projectColumns: Set<String> = ["id", "title", "start", "end", "topics", "programme", "public_share"]
    static let participationColumns: Set<String> = ["project", "member", "role"]

    private func readMembers(_ t: CSVTable, _ problems: inout [DatasetProblem]) -> ([Member], [String: Int]) {
        var seen: [String: Int] = [:]
        let out: [Member] = eachRow(t, &problems) { line, f, problem in
            let id = uniqueID(t.value("id", in: f), line: line, seen: &seen, problem)
            let name = t.value("name", in: f) ?? ""
            if name.isEmpty { problem("name", "empty name") }
            let kindText = t.value("kind", in: f) ?? ""
            let kind = MemberKind(named: kindText)
            if kind == nil {
                problem(
                    "kind",
                    kindText.isEmpty
                        ? "empty kind"
                        : "unknown kind '\(kindText)' (expected one of \(MemberKind.names))"
                )
            }
            let size = t.value("size", in: f)
            if let size, Int(size) == nil || Int(size)! < 0 {
                problem("size", "size '\(size)' is not a whole number ≥ 0")
            }
            let founded = t.value("founded", in: f)
            if let founded, !isYear(founded) { problem("founded", "bad year '\(founded)' (expected YYYY)") }
            let orgnr = t.value("orgnr", in: f)
            if let orgnr, orgnr.count != 9 || !orgnr.allSatisfy({ $0.isASCII && $0.isNumber }) {
                problem("orgnr", "organisation number '\(orgnr)' must be 9 digits")
            }
            guard let kind else { return nil }
            return Member(
                id: id,
                name: name,
                kind: kind,
                clusters: list(t.value("clusters", in: f)),
                county: t.value("county", in: f),
                municipality: t.value("municipality", in: f),
                topics: list(t.value("topics", in: f)),
                size: size.flatMap { Int($0) },
                founded: founded.flatMap { Int($0) },
                organisationNumber: orgnr,
                attributes: t.attributes(f, known: Self.memberColumns)
            )
        }
        return (out, seen)
    }

    private func readProjects(_ t: CSVTable, _ problems: inout [DatasetProblem]) -> ([Project], [String: Int]) {
        var seen: [String: Int] = [:]
        let out: [Project] = eachRow(t, &problems) { line, f, problem in
            let id = uniqueID(t.value("id", in: f), line: line, seen: &seen, problem)
            let startText = t.value("start", in: f) ?? ""
            let unknownStart = startText == Self.unknownDate
            let start = unknownStart ? nil : PartialDate(parsing: startText)
            if start == nil && !unknownStart {
                problem(
                    "start",
                    startText.isEmpty
                        ? "empty start date (write '\(Self.unknownDate)' when it is not known)"
                        : "bad date '\(startText)' (expected YYYY, YYYY-MM, YYYY-MM-DD or \(Self.unknownDate))"
                )
            }
            var end: PartialDate?
            if let endText = t.value("end", in: f) {
                end = PartialDate(parsing: endText)
                if end == nil {
                    problem("end", "bad date '\(endText)' (expected YYYY, YYYY-MM or YYYY-MM-DD)")
                } else if let start, end! < start {
                    problem("end", "end \(endText) is before start \(startText)")
                }
            }
            var share: Double?
            if let s = t.value("public_share", in: f) {
                if let x = Double(s), x.isFinite {
                    if x < 0 || x > 1 { problem("public_share", "public share \(s) is outside 0–1") } else { share = x }
                } else {
                    problem("public_share", "public share '\(s)' is not a number")
                }
            }
            guard start != nil || unknownStart else { return nil }
            return Project(
                id: id,
                title: t.value("title", in: f),
                start: start,
                end: end,
                topics: list(t.value("topics", in: f)),
                programme: t.value("programme", in: f),
                publicShare: share,
                attributes: t.attributes(f, known: Self.projectColumns)
            )
        }
        return (out, seen)
    }

    /// The ids each file defines; nil when the file could not be read (then references are not checked).
    struct References {
        let members: Set<String>?
        let projects: Set<String>?
        func unknownMember(_ id: String) -> Bool { members.map { !$0.contains(id) } ?? false }
        func unknownProject(_ id: String) -> Bool { projects.map { !$0.contains(id) } ?? false }
    }

    private func readParticipations(
        _ t: CSVTable,
        members: [String: Int],
        projects: [String: Int],
        refs: References,
        _ problems: inout [DatasetProblem]
    ) -> [Participation] {
        var seen: [String: Int] = [:]
        return eachRow(t, &problems) { line, f, problem in
            let pid = t.value("project", in: f) ?? ""
            let mid = t.value("member", in: f) ?? ""
            let p = projects[pid]
            let m = members[mid]
            if pid.isEmpty {
                problem("project", "empty project id")
            } else if refs.unknownProject(pid) {
                problem("project", "unknown project '\(pid)'")
            }
            if mid.isEmpty {
                problem("member", "empty member id")
            } else if refs.unknownMember(mid) {
                problem("member", "unknown member '\(mid)'")
            }
            var role = ParticipationRole.partner
            if let r = t.value("role", in: f) {
                if let parsed = ParticipationRole(parsing: r) {
                    role = parsed
                } else {
                    problem(
                        "role",
                        "unknown role '\(r)' (expected one of \(ParticipationRole.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
            }
            let key = pid + "\u{0}" + mid
            if !pid.isEmpty && !mid.isEmpty {
                if let first = seen[key] {
                    problem("member", "member '\(mid)' already takes part in project '\(pid)' (line \(first))")
                } else {
                    seen[key] = line
                }
            }
            guard let p, let m else { return nil }
            return Participation(
                project: p,
                member: m,
                role: role,
                attributes: t.attributes(f, known: Self.participationColumns)
            )
        }
    }

    private func readRelations(
        _ t: CSVTable,
        members: [String: Int],
        refs: References,
        _ problems: inout [DatasetProblem]
    ) -> [Relation] {
        eachRow(t, &problems) { _, f, problem in
            let sid = t.value("source", in: f) ?? ""
            let tid = t.value("target", in: f) ?? ""
            let s = members[sid]
            let d = members[tid]
            for (col, id) in [("source", sid), ("target", tid)] {
                if id.isEmpty {
                    problem(col, "empty member id")
                } else if refs.unknownMember(id) {
                    problem(col, "unknown member '\(id)'")
                }
            }
            if !sid.isEmpty && sid == tid { problem("target", "a relation needs two different members") }
            var weight = 1.0
            if let w = t.value("weight", in: f) {
                if let x = Double(w), x.isFinite, x > 0 {
                    weight = x
                } else {
                    problem("weight", "weight '\(w)' must be a positive number")
                }
            }
            let since = t.value("since", in: f)
            if let since, !isYear(since) { problem("since", "bad year '\(since)' (expected YYYY)") }
            guard let s, let d else { return nil }
            return Relation(
                source: s,
                target: d,
                type: t.value("type", in: f),
                weight: weight,
                since: since.flatMap { Int($0) }
            )
        }
    }

    // MARK: - Helpers

    /// Calls `parse(line, fields, problem)` for every row of the header's width (a row
    /// of another width gets one problem, not one per shifted cell) and keeps the
    /// values of rows that reported no problem.
    private func eachRow<T>(
        _ t: CSVTable,
        _ problems: inout [DatasetProblem],
        _ parse: (Int, [String], (String?, String) -> Void) -> T?
    ) -> [T] {
        var out: [T] = []
        for (line, f) in t.rows {
            guard checkWidth(t, line, f, &problems) else { continue }
            var ok = true
            let value = parse(line, f) { column, message in
                problems.append(DatasetProblem(file: t.file, line: line, column: column, message: message))
                ok = false
            }
            if ok, let value { out.append(value) }
        }
        return out
    }

    /// Checks an `id` cell: not empty, not seen before (`seen` maps ids to their first line).
    private func uniqueID(
        _ value: String?,
        line: Int,
        seen: inout [String: Int],
        _ problem: (String?, String) -> Void
    ) -> String {
        let id = value ?? ""
        if id.isEmpty {
            problem("id", "empty id")
        } else if let first = seen[id] {
            problem("id", "duplicate id '\(id)' (first on line \(first))")
        } else {
            seen[id] = line
        }
        return id
    }

    private func checkWidth(_ t: CSVTable, _ line: Int, _ f: [String], _ problems: inout [DatasetProblem]) -> Bool {
        guard f.count != t.header.count else { return true }
        problems.append(
            DatasetProblem(
                file: t.file,
                line: line,
                message: "row has \(f.count) field\(f.count == 1 ? "" : "s"), the header has \(t.header.count)"
            )
        )
        return false
    }

    private func isYear(_ s: String) -> Bool {
        s.count == 4 && s.allSatisfy { $0.isASCII && $0.isNumber } && (1000...2999).contains(Int(s)!)
    }

    private func list(_ s: String?) -> [String] {
        guard let s else { return [] }
        return s.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
