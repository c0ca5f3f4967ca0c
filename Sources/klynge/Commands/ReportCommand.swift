import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeReports

/// `klynge report DATASET`: one document for a cluster board.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write the ecosystem report: summary, central members, brokers, bridges, communities, merger gain, isolation risk.",
        discussion: """
            Formats: md (renders on a code forge), html (one self-contained page: inline CSS, the \
            supercluster map inline, tables that sort on a click, no network access), json, table.
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case md, html, json, table }

    @OptionGroup var data: DatasetArgument

    @Option(help: "Output format: md, html, json or table.")
    var format: Format = .md

    @Option(help: "Rows in each top-members table.")
    var top = 10

    @Option(help: "Seed for the community searches.")
    var seed: UInt64 = 42

    @Flag(help: "HTML: leave out the map (faster on very large datasets).")
    var noMap = false

    @OptionGroup var workers: ThreadOptions

    @OptionGroup var file: OutputFileOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() async throws {
        try await runReportingErrors {
            let eco = try DatasetLoader().load(folder: data.dataset)
            var options = EcosystemReportOptions()
            options.top = top
            options.seed = seed
            options.threads = workers.threads
            let opts = options
            let report = try await Progress.run("report") { c in try ecosystemReport(eco, options: opts, control: c) }
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            let text: String
            switch format {
            case .md: text = report.render(.md)
            case .json: text = report.render(.json)
            case .table: text = report.render(.table)
            case .html:
                text = report.renderHTML(
                    mapSVG: noMap ? nil : try reportMap(eco),
                    generator: "klynge report \(eco.name)"
                )
            }
            try Output.write(text, to: file.output, protecting: [data.dataset])
        }
    }
}
