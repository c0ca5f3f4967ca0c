import ArgumentParser
import KlyngeEcosystem

/// `klynge validate DATASET`: check a dataset folder and report every problem.
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset folder and report every problem as file:line: column: message.",
        discussion: """
            A dataset folder holds members.csv (id, name, kind required), projects.csv (id, start), \
            participations.csv (project, member), optionally relations.csv (source, target) and a \
            README.md on provenance and licence. Headers, kinds, roles, dates and numbers may be \
            written in English or Norwegian. Errors are listed first, then warnings (a likely \
            duplicate, a wrong check digit) and notes (no README, a county taken from the \
            municipality, personal-data columns left out), after the verdict when the dataset is \
            valid. Exits 0 when the dataset has no error, 1 otherwise.
            """
    )

    @OptionGroup var data: DatasetArgument

    @OptionGroup var personal: PersonalDataOptions

    func run() async throws {
        // Only the problems and the counts are told: members' default topics are not worked out.
        let loader = DatasetLoader(includePersonal: personal.includePersonal, fillsDefaultTopics: false)
        let (eco, problems) = loader.validate(folder: data.dataset)
        // The loader lists errors first, then warnings, then notes.
        let errors = problems.filter(\.isError).count
        if let eco, errors == 0 {
            print(
                "\(data.dataset): valid — \(eco.members.count) members, \(eco.projects.count) projects, \(eco.participations.count) participations, \(eco.relations.count) relations, \(eco.clusters.count) clusters\(eco.isSynthetic ? " (" + eco.syntheticNotice + ")" : "")"
            )
            for p in problems { print(p.description) }
            return
        }
        for p in problems { print(p.description) }
        Diagnostics.error("\(data.dataset): \(errors) problem\(errors == 1 ? "" : "s")")
        throw ExitCode(1)
    }
}
