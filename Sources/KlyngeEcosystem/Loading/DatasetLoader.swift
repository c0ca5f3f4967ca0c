import Foundation
import KlyngeGraph

/// Loads and validates a dataset folder (`members.csv`, `projects.csv`,
/// `participations.csv`, optional `relations.csv`, optional `README.md`).
///
/// Validation reports every problem, not only the first, each with file, line
/// and column (see ``DatasetProblem``). Errors refuse the dataset; warnings (a likely
/// duplicate, a wrong check digit) and notes (no README, a county taken from the
/// municipality) are told and never refuse. Required columns: `members.csv` id, name,
/// kind; `projects.csv` id, start; `participations.csv` project, member;
/// `relations.csv` source, target. Headers may be written in English or Norwegian, in any
/// case (see the alias table in <doc:DatasetFormat>); kinds, roles, dates and numbers as Norwegian registers
/// write them. Other known columns are optional; unknown columns are kept as attributes,
/// except personal data (the columns listed in <doc:DatasetFormat>), left out unless ``includePersonal``.
/// Lists (`clusters`, `topics`) are `;`-separated. A member's topics default to those of
/// its projects, most frequent first.
///
/// - Complexity: O(total bytes + participations · log) time.
public struct DatasetLoader: Sendable {
    /// Keep the columns that hold personal data (names of people, e-mail addresses, phone
    /// numbers) as attributes; by default they are left out of the loaded dataset, so out
    /// of every export, map and report.
    public var includePersonal: Bool

    public init(includePersonal: Bool = false) { self.includePersonal = includePersonal }

    /// Loads the dataset at `folder`. Its warnings and notes are in ``Ecosystem/loadNotices``.
    /// - Throws: ``DatasetError`` listing every error; ``InputError`` when the folder is missing.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// print(eco.members.count, eco.projects.count)  // 530 350
    /// ```
    ///
    /// - Complexity: O(total bytes + participations · log) time.
    public func load(folder: String) throws -> Ecosystem {
        let (eco, problems) = validate(folder: folder)
        guard let eco else { throw DatasetError(problems: problems.filter(\.isError)) }
        return eco
    }

    /// Every problem of the dataset at `folder` (errors, then warnings, then notes, each in the
    /// order found), and the ecosystem when there is no error.
    ///
    /// ```swift
    /// let (eco, problems) = DatasetLoader().validate(folder: "Datasets/florentine-families")
    /// for problem in problems { print(problem) }  // file:line: column: message
    /// let ready = eco != nil && !problems.contains(where: \.isError)
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
        // The README states provenance and licence, and its title line says whether the dataset
        // is synthetic. A missing one is a note; one that cannot be read is an error.
        var readme: String?
        if !FileManager.default.fileExists(atPath: path("README.md")) {
            problems.append(
                DatasetProblem(
                    file: path("README.md"),
                    message: "missing file: the dataset's provenance and licence are not stated",
                    severity: .note
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
        func read(_ name: String) -> CSVTable? {
            CSVTable.read(path: path(name), file: path(name), problems: &problems)
        }
        let membersTable = read("members.csv")
        let projectsTable = read("projects.csv")
        let partsTable = read("participations.csv")
        let relationsTable = FileManager.default.fileExists(atPath: path("relations.csv")) ? read("relations.csv") : nil
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
    /// no error. `problems` are those found while reading; they are kept in front. Headers are
    /// read through the header alias table here, so the tables may keep the register's own headers.
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let members = CSVTable(file: "members.csv", header: ["id", "Navn", "Type"],
    ///                        rows: [(2, ["m1", "Bergen kommune", "Kommune"])], problems: &problems)
    /// let (eco, found) = DatasetLoader().validate(
    ///     tables: DatasetTables(name: "register", readme: "# Register", members: members), problems: problems)
    /// ```
    ///
    /// - Complexity: O(total cells + participations · log) time.
    package func validate(tables: DatasetTables, problems: [DatasetProblem] = []) -> (Ecosystem?, [DatasetProblem]) {
        var problems = problems
        // What the reader converted (an encoding, a delimiter): notes, once per file.
        for t in [tables.members, tables.projects, tables.participations, tables.relations].compactMap({ $0 }) {
            for note in t.notes {
                let message = note.hasPrefix(t.file + ": ") ? String(note.dropFirst(t.file.count + 2)) : note
                problems.append(DatasetProblem(file: t.file, message: message, severity: .note))
            }
        }
        let membersTable = tables.members?.canonicalised(ColumnAliases.members, problems: &problems)
        let projectsTable = tables.projects?.canonicalised(ColumnAliases.projects, problems: &problems)
        let partsTable = tables.participations?.canonicalised(ColumnAliases.participations, problems: &problems)
        let relationsTable = tables.relations?.canonicalised(ColumnAliases.relations, problems: &problems)
        for t in [membersTable, projectsTable, partsTable, relationsTable].compactMap({ $0 }) {
            problems += PersonalColumns.notes(for: t, included: includePersonal)
        }
        // nil when the file or its required columns are missing: references into it are then not checked.
        var memberLines: [String: Int]?
        var members: [Member] = []
        var rowLines: [Int] = []
        if let t = membersTable, t.require(["id", "name", "kind"], problems: &problems) {
            let read = readMembers(t, &problems)
            members = read.members
            memberLines = read.lines
            rowLines = read.rowLines
            problems += LikelyDuplicates.warnings(members: members, lines: rowLines, file: t.file)
        }
        var projectLines: [String: Int]?
        var projects: [Project] = []
        if let t = projectsTable, t.require(["id", "start"], problems: &problems) {
            let (p, lines) = readProjects(t, &problems)
            projects = p
            projectLines = lines
        }
        let memberRefs = MemberReferences(members: members)
        let projectIndex = Dictionary(projects.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // References are checked against every id the files name, so a member row with
        // its own problem does not also make each of its participations an error.
        let refs = References(members: memberLines.map { Set($0.keys) }, projects: projectLines.map { Set($0.keys) })
        var participations: [Participation] = []
        if let t = partsTable, t.require(["project", "member"], problems: &problems) {
            participations = readParticipations(t, members: memberRefs, projects: projectIndex, refs: refs, &problems)
        }
        var relations: [Relation] = []
        if let t = relationsTable, t.require(["source", "target"], problems: &problems) {
            relations = readRelations(t, members: memberRefs, refs: refs, &problems)
        }
        // Errors first, then warnings, then notes; each in the order found.
        problems = DatasetProblem.Severity.allCases.flatMap { severity in problems.filter { $0.severity == severity } }
        guard !problems.contains(where: \.isError) else { return (nil, problems) }
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
        eco.isSynthetic = tables.readme?.split(separator: "\n", maxSplits: 1).first?.contains("SYNTHETIC") ?? false
        eco.loadNotices = problems
        return (eco, problems)
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

    /// The ids each file defines; nil when the file could not be read (then references are not checked).
    struct References {
        let members: Set<String>?
        let projects: Set<String>?
        func unknownMember(_ id: String) -> Bool { members.map { !$0.contains(id) } ?? false }
        func unknownProject(_ id: String) -> Bool { projects.map { !$0.contains(id) } ?? false }
    }
}
