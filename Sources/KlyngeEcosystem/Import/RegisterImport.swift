import Foundation

/// `klynge import`: registers as secretariats keep them (CSV or Excel, Norwegian or English)
/// turned into a canonical dataset folder that `klynge validate` accepts.
///
/// The steps: read each register as a raw table (``CSVTable`` for text files, ``Workbook`` for
/// `.xlsx`; a workbook's sheet is the one asked for, else the one named `medlem…`/`member…`
/// (`prosjekt…`/`project…` for projects), else the first); apply `--mapping`; leave out
/// personal-data columns; give members without ids one (organisation number, else a slug of the
/// name); make participations from a projects register's partners and coordinator columns;
/// validate with ``DatasetLoader``; on errors refuse (nothing written) or, with `--set-aside`,
/// leave the rows at fault out until the rest validates; write the folder atomically with a
/// README recording sources, conversions, personal data left out and rows set aside.
///
/// ```swift
/// var request = ImportRequest(members: "register.xlsx", output: "Datasets/my-cluster")
/// request.projects = "register.xlsx"
/// let result = try RegisterImport.run(request)
/// for line in result.lines { print(line) }
/// ```
///
/// - Complexity: O(total cells · rounds), rounds = 1 unless `--set-aside` removes rows whose
///   references then fail (a few at most).
package enum RegisterImport {
    /// The internal name of the participations made from a projects register (never shown:
    /// their problems are told at the project's row and column).
    static let madeFile = "\u{0}partners"

    /// Runs the import `request` describes.
    /// - Throws: ``ImportRefused`` with every problem when the registers have errors (and no
    ///   `--set-aside`), ``InputError`` when the output exists without `--force`, is a source's
    ///   folder, or cannot be written. Nothing is written when it throws.
    package static func run(_ request: ImportRequest) throws -> ImportResult {
        let inputs = [request.members, request.projects, request.participations, request.relations, request.mapping]
            .compactMap { $0 }
        try checkOutput(request.output, inputs: inputs, force: request.force)
        var problems: [DatasetProblem] = []
        let read = { (path: String?, sheet: String?, prefixes: [String], problems: inout [DatasetProblem]) in
            path.flatMap { RegisterSource.read($0, sheet: sheet, prefixes: prefixes, problems: &problems) }
        }
        let readMembers = read(request.members, request.membersSheet, ["medlem", "member"], &problems)
        var projects = read(request.projects, request.projectsSheet, ["prosjekt", "project"], &problems)
        var participations = read(request.participations, nil, ["deltak", "particip"], &problems)
        var relations = read(request.relations, nil, ["relasjon", "relation"], &problems)
        // A file that cannot be read refuses now; a problem in a row (a stray quote) goes on to
        // validation with the others, so every problem is told at once, and may be set aside.
        guard !problems.contains(where: { $0.line == nil }), var members = readMembers else {
            throw ImportRefused(problems: problems, output: request.output)
        }
        var pending = problems
        problems = []
        let sources = [members, projects, participations, relations].compactMap { $0 }
        var conversions = sources.flatMap(\.notes)
        if let path = request.mapping {
            let mapping = ImportMapping.read(path, headers: sources.flatMap(\.header), problems: &problems)
            guard problems.isEmpty else { throw ImportRefused(problems: problems, output: request.output) }
            conversions += mapping.apply(to: &members)
            conversions +=
                apply(mapping, to: &projects) + apply(mapping, to: &participations)
                + apply(mapping, to: &relations)
        }
        var personal = personalColumns(&members, remove: !request.includePersonal)
        for i in [0, 1, 2] {
            var source = [projects, participations, relations][i]
            personal += personalColumns(&source, remove: !request.includePersonal)
            if i == 0 { projects = source } else if i == 1 { participations = source } else { relations = source }
        }
        if members.column("id", .members) == nil {
            let made = MemberIDs.add(to: &members)
            conversions.append(
                "\(members.file): member ids made from organisation numbers (\(made.fromOrgnr)) and names (\(made.fromName))"
            )
        }
        var made = PartnerParticipations()
        if var p = projects {
            made = PartnerParticipations(projects: &p, members: members)
            projects = p
            if !made.columns.isEmpty {
                conversions.append(
                    "\(p.file): \(made.rows.count) participations made from the column\(made.columns.count == 1 ? "" : "s") "
                        + made.columns.joined(separator: ", ")
                )
                if let given = participations {
                    throw ImportRefused(
                        problems: [
                            DatasetProblem(
                                file: given.file,
                                message:
                                    "the projects register names partners too (\(made.columns.joined(separator: ", "))); give one of the two"
                            )
                        ],
                        output: request.output
                    )
                }
            }
        }
        let name = URL(fileURLWithPath: request.output).standardizedFileURL.lastPathComponent
        var setAside: [DatasetProblem] = []
        var tables = ImportTables(
            members: members,
            projects: projects,
            participations: participations,
            relations: relations,
            made: made
        )
        var ecosystem: Ecosystem?
        var notices: [DatasetProblem] = []
        // Round by round: a member set aside takes the participations naming it with it next round.
        while ecosystem == nil {
            let (eco, found) = DatasetLoader(includePersonal: request.includePersonal).validate(
                tables: tables.dataset(name: name),
                problems: pending
            )
            pending = []
            if let eco {  // no error (warnings and notes never refuse)
                ecosystem = eco
                notices = found.map(tables.told)
                break
            }
            let errors = found.filter(\.isError)
            let rowsAtFault = errors.allSatisfy(tables.hasRow)
            guard request.setAside, rowsAtFault, !errors.isEmpty else {
                throw ImportRefused(problems: errors.map(tables.told), output: request.output, rowsAtFault: rowsAtFault)
            }
            setAside += errors.map(tables.told)
            for p in errors { tables.remove(p) }
        }
        guard var ecosystem else { throw ImportRefused(problems: setAside, output: request.output) }
        let synthetic = inputs.contains(where: sourceSaysSynthetic)
        ecosystem.isSynthetic = synthetic
        let readme = ImportReadme(
            name: name,
            synthetic: synthetic,
            sources: sources,
            conversions: conversions,
            personal: personal,
            includePersonal: request.includePersonal,
            setAside: setAside,
            notices: notices
        )
        try DatasetWriter(readme: readme.text).write(ecosystem, to: request.output, replacing: request.force)
        var lines = sources.map { "read \($0.file): \($0.rowsRead) row\($0.rowsRead == 1 ? "" : "s")" }
        lines += conversions
        if !personal.isEmpty {
            lines.append(
                request.includePersonal
                    ? "kept personal data (--include-personal): \(personal.joined(separator: ", "))"
                    : "left out personal data: \(personal.joined(separator: ", ")) (give --include-personal to keep it)"
            )
        }
        if !setAside.isEmpty {
            lines.append("set aside (listed in \(request.output)/README.md):")
            lines += setAside.map { "  \($0.description)" }
        }
        lines += notices.map(\.description)
        let e = ecosystem
        lines.append(
            "wrote \(request.output): \(e.members.count) members, \(e.projects.count) projects, "
                + "\(e.participations.count) participations, \(e.relations.count) relations"
        )
        return ImportResult(ecosystem: ecosystem, lines: lines)
    }

    private static func apply(_ mapping: ImportMapping, to source: inout RegisterSource?) -> [String] {
        guard var s = source else { return [] }
        let said = mapping.apply(to: &s)
        source = s
        return said
    }

    /// The personal-data columns of `source` as `FILE: HEADER`, removed when `remove`.
    private static func personalColumns(_ source: inout RegisterSource?, remove: Bool) -> [String] {
        guard var s = source else { return [] }
        let found = personalColumns(&s, remove: remove)
        source = s
        return found
    }

    private static func personalColumns(_ source: inout RegisterSource, remove: Bool) -> [String] {
        let indices = source.header.indices.filter { PersonalColumns.isPersonal(source.header[$0]) }
        let found = indices.map { "\(source.file): \(source.header[$0])" }
        guard remove else { return found }
        for c in indices.reversed() {
            source.header.remove(at: c)
            for r in source.rows.indices where c < source.rows[r].fields.count { source.rows[r].fields.remove(at: c) }
        }
        return found
    }

    /// Refuses an output that exists (without `force`), is a source file, holds one, or is the
    /// folder a source file is in.
    private static func checkOutput(_ output: String, inputs: [String], force: Bool) throws(InputError) {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let file = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            if file.path == target || file.deletingLastPathComponent().path == target
                || file.path.hasPrefix(target + "/")
            {
                throw InputError(
                    file: output,
                    message:
                        "holds the source \(input); write the dataset to a new folder (import never writes beside its sources)"
                )
            }
        }
        if FileManager.default.fileExists(atPath: output) && !force {
            throw InputError(file: output, message: "already exists; give --force to replace it")
        }
    }

    /// `true` when the folder of `path` has a README.md whose title line says SYNTHETIC.
    private static func sourceSaysSynthetic(_ path: String) -> Bool {
        let readme = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return false }
        return text.split(separator: "\n", maxSplits: 1).first?.contains("SYNTHETIC") ?? false
    }
}
