/// A dataset's files as bytes already in memory rather than in a folder: what
/// ``DatasetLoader/validate(files:)`` reads. `klynge-fuzz` feeds the loader this way, through
/// the same reading and checks as ``DatasetLoader/validate(folder:)``, without a file per input.
///
/// ```swift
/// let files = DatasetFiles(
///     name: "register",
///     members: Array("id,name,kind\nm1,Bergen,municipality\n".utf8),
///     projects: Array("id,start\np1,2020\n".utf8),
///     participations: Array("project,member\np1,m1\n".utf8))
/// let (eco, problems) = DatasetLoader().validate(files: files)
/// ```
package struct DatasetFiles: Sendable {
    /// The dataset's name (a folder's last path component).
    package var name: String
    /// The README's text; nil when there is none (a note, as for a folder without one).
    package var readme: String?
    /// The bytes of `members.csv`.
    package var members: [UInt8]
    /// The bytes of `projects.csv`.
    package var projects: [UInt8]
    /// The bytes of `participations.csv`.
    package var participations: [UInt8]
    /// The bytes of `relations.csv`; nil when the dataset has none.
    package var relations: [UInt8]?

    package init(
        name: String,
        readme: String? = nil,
        members: [UInt8],
        projects: [UInt8],
        participations: [UInt8],
        relations: [UInt8]? = nil
    ) {
        self.name = name
        self.readme = readme
        self.members = members
        self.projects = projects
        self.participations = participations
        self.relations = relations
    }
}

extension DatasetLoader {
    /// Every problem of the dataset `files` holds, and the ecosystem when there is no error: the
    /// checks of ``validate(folder:)`` (the same code from the bytes on), with the problems naming
    /// `members.csv`, `projects.csv`, `participations.csv` and `relations.csv`.
    ///
    /// - Complexity: O(total bytes + participations · log) time.
    package func validate(files: DatasetFiles) -> (Ecosystem?, [DatasetProblem]) {
        var problems: [DatasetProblem] = []
        if files.readme == nil { problems.append(Self.missingReadme("README.md")) }
        let sources: [FileSource?] = [
            FileSource(file: "members.csv", bytes: files.members),
            FileSource(file: "projects.csv", bytes: files.projects),
            FileSource(file: "participations.csv", bytes: files.participations),
            files.relations.map { FileSource(file: "relations.csv", bytes: $0) },
        ]
        return validate(name: files.name, readme: files.readme, sources: sources, problems: problems)
    }
}
