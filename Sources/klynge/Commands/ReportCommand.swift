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
            "Write the ecosystem report: a board page (map, key findings), then central members, brokers, bridges, communities, merger gain, isolation risk.",
        discussion: """
            The report opens with one page for the board: the supercluster map, five to eight key \
            findings in plain words (each with its number and why it matters) and the year-by-year \
            share of new ties across clusters. The analyst sections and a glossary follow. Top \
            brokers are ranked by brokerage (pairs of a member's partners it links who have no tie \
            of their own), ties by id, as in `klynge brokers` and the brokers map.

            Formats: md (renders on a code forge), html (one self-contained page: inline CSS, the \
            supercluster map inline, tables that sort on a click, no network access), json, table \
            (aligned text), xlsx (a workbook: the key findings, then a sheet per table). -o FILE \
            picks the format from its extension (.md, .html, .json, .txt, .xlsx); without -o or \
            --format, Markdown goes to standard output.
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case md, html, json, table, xlsx }

    @OptionGroup var data: DatasetArgument

    @OptionGroup var personal: PersonalDataOptions

    @Option(help: "Output format (default: the extension of -o, else md).")
    var format: Format?

    @Option(help: "Rows in each top-members table.")
    var top = 10

    @Option(help: "Seed for the community searches.")
    var seed: UInt64 = 42

    @Flag(help: "HTML: leave out the map (faster on very large datasets).")
    var noMap = false

    @Option(help: ArgumentHelp("Language of the report: en (English) or nb (Norwegian bokmål).", valueName: "en|nb"))
    var lang = "en"

    @Option(help: "Title of the report and its map (default: the dataset's README title).")
    var title: String?

    @OptionGroup var workers: ThreadOptions

    @OptionGroup var file: OutputFileOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        do { _ = try Language(code: lang) } catch { throw ValidationError("--lang: \(error)") }
        _ = try fileFormat
    }

    /// The format told by --format and the extension of -o.
    var fileFormat: FileFormat {
        get throws {
            try file.format(
                explicit: format.flatMap { FileFormat(rawValue: $0.rawValue) },
                allowed: [.md, .html, .json, .table, .xlsx],
                default: .md
            )
        }
    }

    func run() async throws {
        let format = try fileFormat
        try await runReportingErrors {
            let eco = try data.load(includePersonal: personal.includePersonal)
            var options = EcosystemReportOptions()
            options.top = top
            options.seed = seed
            options.threads = workers.threads
            options.language = try Language(code: lang)
            options.title = title
            let opts = options
            let report = try await Progress.run("report") { c in try ecosystemReport(eco, options: opts, control: c) }
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            let generator = "klynge report \(eco.name)"
            if format == .html {
                let map = noMap ? nil : try reportMap(eco, title: title ?? eco.displayName, language: options.language)
                let page = report.renderHTML(mapSVG: map, generator: generator)
                return try Output.write(page, to: file.output, protecting: [data.dataset])
            }
            try Output.write(report, as: format, generator: generator, to: file.output, protecting: [data.dataset])
        }
    }
}
