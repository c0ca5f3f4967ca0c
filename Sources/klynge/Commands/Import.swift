import ArgumentParser
import KlyngeEcosystem

/// `klynge import --members FILE … -o DATASET_DIR`: registers as secretariats keep them, turned
/// into a dataset folder. The work is ``RegisterImport/run(_:)``'s; this parses and prints.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn member and project registers (CSV or Excel) into a dataset folder.",
        discussion: """
            Reads registers as they are kept: .csv, .txt or .tsv files (UTF-8, UTF-16 or \
            Windows-1252; ',', ';' or tab) or Excel workbooks (.xlsx). --members and --projects may \
            name the same workbook: each reads its --…-sheet, else the sheet whose name starts with \
            medlem/member (prosjekt/project), else the first. A projects register may have a \
            partners column (names, ids or organisation numbers separated by ';', ',' or line \
            breaks) and a coordinator column: they become participations.csv. Members without an \
            id get one from the organisation number, else from the name. --mapping FILE holds \
            lines 'their header = our column' and 'their value = our kind'.

            Writes DATASET_DIR (UTF-8, commas, canonical headers and values, ISO dates) with a \
            README.md recording the sources, the conversions and the personal-data columns left \
            out (people's names, e-mail addresses, phone numbers; kept with --include-personal). \
            Any error refuses the import (exit 1, nothing written), every problem listed as \
            file[sheet]:line: column: message; --set-aside leaves the rows at fault out instead \
            and lists them in the README. Never writes into a source's folder; replaces an \
            existing DATASET_DIR only with --force.

            Example:
              klynge import --members register.xlsx --projects register.xlsx -o my-cluster
            """
    )

    @Option(help: ArgumentHelp("The members register.", valueName: "file")) var members: String
    @Option(help: ArgumentHelp("The projects register (may list partners and a coordinator).", valueName: "file"))
    var projects: String?
    @Option(help: ArgumentHelp("A participations register (project, member, role).", valueName: "file"))
    var participations: String?
    @Option(help: ArgumentHelp("A relations register (source, target, type, weight, since).", valueName: "file"))
    var relations: String?
    @Option(help: ArgumentHelp("Lines 'their header = our column', 'their value = our kind'.", valueName: "file"))
    var mapping: String?

    /// The sheets of workbooks (else found by name, else the first).
    @Option(help: ArgumentHelp("The sheet of a members workbook.", valueName: "name")) var membersSheet: String?
    @Option(help: ArgumentHelp("The sheet of a projects workbook.", valueName: "name")) var projectsSheet: String?

    @Flag(help: "Leave rows with errors out (listed in the README) instead of refusing.") var setAside = false
    @Flag(help: "Keep columns with people's names, e-mail addresses and phone numbers.") var includePersonal = false
    @Flag(help: "Replace DATASET_DIR if it exists.") var force = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The dataset folder to write.", valueName: "dataset-dir"))
    var output: String

    func run() async throws {
        try await runReportingErrors {
            var request = ImportRequest(members: members, output: output)
            request.membersSheet = membersSheet
            request.projects = projects
            request.projectsSheet = projectsSheet
            request.participations = participations
            request.relations = relations
            request.mapping = mapping
            request.setAside = setAside
            request.includePersonal = includePersonal
            request.force = force
            for line in try RegisterImport.run(request).lines { print(line) }
        }
    }
}
