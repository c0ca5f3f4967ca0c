import ArgumentParser
import KlyngeEcosystem

/// `klynge validate DATASET`: check a dataset folder and report every problem.
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset folder and report every problem as file:line: column: message.",
        discussion: """
            A dataset folder holds members.csv (id, name, kind required), projects.csv (id, start), \
            participations.csv (project, member), optionally relations.csv (source, target), and a \
            README.md on provenance and licence. Exits 0 when the dataset is valid, 1 otherwise.
            """
    )

    @OptionGroup var data: DatasetArgument

    func run() async throws {
        let (eco, problems) = DatasetLoader().validate(folder: data.dataset)
        if let eco, problems.isEmpty {
            print(
                "\(data.dataset): valid — \(eco.members.count) members, \(eco.projects.count) projects, \(eco.participations.count) participations, \(eco.relations.count) relations, \(eco.clusters.count) clusters\(eco.isSynthetic ? " (" + eco.syntheticNotice + ")" : "")"
            )
            return
        }
        for p in problems { print(p.description) }
        Diagnostics.error("\(data.dataset): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
        throw ExitCode(1)
    }
}
