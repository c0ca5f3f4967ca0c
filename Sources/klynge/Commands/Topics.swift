import ArgumentParser
import KlyngeEcosystem
import KlyngeReports

/// `klynge topics DATASET`: the topics a dataset knows, with their member and project counts.
struct Topics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List a dataset's topics with how many members and projects have each.",
        discussion: """
            Topics come from members.csv and projects.csv (a member without topics has those of \
            its projects); spellings that differ only in case, accents or '-'/'_'/space are one \
            topic. Rows are sorted by members, then by name. also_understood lists the other \
            words (Norwegian and English) Klynge reads as the topic in --profile topics=, \
            consortium --topics and map --topic, where a topic the dataset does not know is an \
            error.
            """
    )

    @OptionGroup var data: DatasetArgument

    @OptionGroup var io: ReportOutputOptions

    func run() async throws {
        try await runReportingErrors {
            let eco = try data.load()
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            let table = TitledTable(title: "Topics in \(eco.name)", sheet: "Topics", table: topicsTable(eco))
            try io.write(table, generator: "klynge topics", protecting: [data.dataset])
        }
    }
}
