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
/// its projects, most frequent first (``fillsDefaultTopics``).
///
/// The files are read at once, members and projects checked at once, then participations
/// beside the likely duplicates, each on its own worker; problems are reported in the files'
/// order, so the result is the same whatever the number of cores.
///
/// - Complexity: O(total bytes + participations · log) time.
public struct DatasetLoader: Sendable {
    /// Keep the columns that hold personal data (names of people, e-mail addresses, phone
    /// numbers) as attributes; by default they are left out of the loaded dataset, so out
    /// of every export, map and report.
    public var includePersonal: Bool

    /// Give each member without topics of its own the topics of its projects (the default).
    /// `klynge validate` leaves it off: no check depends on it, and on the whole CORDIS table it
    /// is a tenth of the loading.
    public var fillsDefaultTopics: Bool

    /// Read and check everything on the calling thread rather than on workers: the same code and
    /// the same result. `klynge-fuzz` loads so: its inputs are a few hundred bytes, for which
    /// handing work to other threads costs more than the work, and far more on a loaded machine,
    /// where each hand-over waits for a core.
    package var onCallerThread = false

    /// A loader.
    ///
    /// ```swift
    /// let checker = DatasetLoader(fillsDefaultTopics: false)  // as `klynge validate` loads
    /// ```
    ///
    /// - Parameters:
    ///   - includePersonal: Keep the columns that hold personal data (``includePersonal``).
    ///   - fillsDefaultTopics: Give members without topics their projects' (``fillsDefaultTopics``).
    public init(includePersonal: Bool = false, fillsDefaultTopics: Bool = true) {
        self.includePersonal = includePersonal
        self.fillsDefaultTopics = fillsDefaultTopics
    }

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
            problems.append(Self.missingReadme(path("README.md")))
        } else {
            do {
                readme = try String(contentsOfFile: path("README.md"), encoding: .utf8)
            } catch {
                problems.append(
                    DatasetProblem(file: path("README.md"), message: "cannot be read as UTF-8 text; check its encoding")
                )
            }
        }
        let names = ["members.csv", "projects.csv", "participations.csv", "relations.csv"]
        let sources = names.map { name -> FileSource? in
            let file = path(name)
            guard name != "relations.csv" || FileManager.default.fileExists(atPath: file) else { return nil }
            return FileSource(file: file, bytes: nil)
        }
        return validate(
            name: URL(fileURLWithPath: base).lastPathComponent,
            readme: readme,
            sources: sources,
            problems: problems
        )
    }

    /// Reads the files `sources` names (members, projects, participations, relations; nil: no such
    /// file) as tables and validates them: what ``validate(folder:)`` and ``validate(files:)`` share.
    /// The files are read at once, each on its own worker; their problems are then taken in the
    /// files' order, so the result does not depend on which finished first.
    ///
    /// - Complexity: O(total bytes + participations · log) time.
    func validate(
        name: String,
        readme: String?,
        sources: [FileSource?],
        problems: [DatasetProblem]
    ) -> (Ecosystem?, [DatasetProblem]) {
        var problems = problems
        var read = [FileRead](repeating: FileRead(), count: sources.count)
        read.withParallelSlots { slots in
            let readOne = { @Sendable (i: Int) in
                guard let source = sources[i] else { return }
                var found: [DatasetProblem] = []
                let table =
                    if let bytes = source.bytes {
                        CSVTable.read(bytes: bytes, file: source.file, problems: &found)
                    } else {
                        CSVTable.read(path: source.file, file: source.file, problems: &found)
                    }
                slots[i] = FileRead(table: table, problems: found)
            }
            if onCallerThread {
                for i in sources.indices { readOne(i) }
            } else {
                DispatchQueue.concurrentPerform(iterations: sources.count, execute: readOne)
            }
        }
        for r in read { problems += r.problems }
        let tables = DatasetTables(
            name: name,
            readme: readme,
            members: read[0].table,
            projects: read[1].table,
            participations: read[2].table,
            relations: read[3].table
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
        // Members and projects are checked at once, then participations and relations beside the
        // likely duplicates. Each part keeps its own problems; they are joined in the order of
        // the files, so the result does not depend on which part finished first.
        // A nil `lines` means the file or its required columns are missing: references into it
        // are then not checked.
        var (memberPart, projectPart) = concurrently(
            {
                var found: [DatasetProblem] = []
                guard let t = membersTable, t.require(["id", "name", "kind"], problems: &found) else {
                    return (MemberRead?.none, found)
                }
                return (readMembers(t, &found), found)
            },
            {
                var found: [DatasetProblem] = []
                guard let t = projectsTable, t.require(["id", "start"], problems: &found) else {
                    return ([Project](), ByteKeyIndex?.none, ByteKeyIndex(), found)
                }
                let read = readProjects(t, &found)
                return (read.projects, Optional(read.rows), read.byID, found)
            },
            onCallerThread: onCallerThread
        )
        let projects = projectPart.0
        let duplicates: [DatasetProblem]
        let links: Links
        do {
            // What the workers read of the members, for this block only: after it, the members
            // array has one owner, so filling their topics below changes it in place, not a copy.
            let memberPart = memberPart
            let projectPart = projectPart
            (duplicates, links) = concurrently(
                {
                    guard let t = membersTable, let read = memberPart.0 else { return [DatasetProblem]() }
                    return LikelyDuplicates.warnings(members: read.members, lines: read.rowLines, file: t.file)
                },
                {
                    let memberRefs = MemberReferences(
                        members: memberPart.0?.members ?? [],
                        byID: memberPart.0?.byID ?? ByteKeyIndex()
                    )
                    let projectIndex = projectPart.2
                    // References are checked against every id the files name, so a member row with
                    // its own problem does not also make each of its participations an error.
                    let refs = References(members: memberPart.0?.lines, projects: projectPart.1)
                    var found: [DatasetProblem] = []
                    var participations: [Participation] = []
                    if let t = partsTable, t.require(["project", "member"], problems: &found) {
                        participations = readParticipations(
                            t,
                            members: memberRefs,
                            projects: projectIndex,
                            refs: refs,
                            &found
                        )
                    }
                    var relations: [Relation] = []
                    if let t = relationsTable, t.require(["source", "target"], problems: &found) {
                        relations = readRelations(t, members: memberRefs, refs: refs, &found)
                    }
                    return Links(
                        participations: participations,
                        relations: relations,
                        memberIndex: memberRefs.byID,
                        projectIndex: projectIndex,
                        problems: found
                    )
                },
                onCallerThread: onCallerThread
            )
        }
        problems += memberPart.1 + duplicates + projectPart.3 + links.problems
        let (participations, relations) = (links.participations, links.relations)
        // Errors first, then warnings, then notes; each in the order found.
        problems = DatasetProblem.Severity.allCases.flatMap { severity in problems.filter { $0.severity == severity } }
        guard !problems.contains(where: \.isError) else { return (nil, problems) }
        // Topics default to those of the member's projects, most frequent first, ties by name.
        // The members are taken out of what was read, so that filling their topics changes the
        // one array in place rather than a copy of it.
        var members = memberPart.0?.members ?? []
        memberPart.0 = nil
        if fillsDefaultTopics {
            DefaultTopics.fill(&members, projects: projects, participations: participations)
        }
        var eco = Ecosystem(
            name: tables.name,
            members: members,
            projects: projects,
            participations: participations,
            relations: relations,
            memberIndex: links.memberIndex,
            projectIndex: links.projectIndex
        )
        eco.isSynthetic = tables.readme?.split(separator: "\n", maxSplits: 1).first?.contains("SYNTHETIC") ?? false
        eco.title = Ecosystem.readmeTitle(tables.readme, folder: tables.name)
        eco.loadNotices = problems
        return (eco, problems)
    }

    /// Participations and relations read, with the id lookups built to check them.
    private struct Links: Sendable {
        var participations: [Participation]
        var relations: [Relation]
        var memberIndex: ByteKeyIndex
        var projectIndex: ByteKeyIndex
        var problems: [DatasetProblem]
    }

    // MARK: - Files

    /// The note for a dataset without a README.
    static func missingReadme(_ file: String) -> DatasetProblem {
        DatasetProblem(
            file: file,
            message: "missing file: the dataset's provenance and licence are not stated",
            severity: .note
        )
    }

    /// One file of a dataset to read: its name as problems cite it (for a folder, also its path),
    /// and its bytes when they are already in memory (nil: read the file).
    struct FileSource: Sendable {
        var file: String
        var bytes: [UInt8]?
    }

    /// One file read by ``validate(folder:)``: its table (nil when missing or unreadable) and
    /// the problems found while reading it.
    private struct FileRead: Sendable {
        var table: CSVTable?
        var problems: [DatasetProblem] = []
    }

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
        /// Every member id of the file, with its line.
        let members: ByteKeyIndex?
        /// Every project id of the file, with its line.
        let projects: ByteKeyIndex?
        func unknownMember(_ id: String) -> Bool { members.map { $0.value(of: id) == nil } ?? false }
        func unknownProject(_ id: String) -> Bool { projects.map { $0.value(of: id) == nil } ?? false }
    }
}
