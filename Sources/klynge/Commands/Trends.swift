import ArgumentParser
import KlyngeEcosystem
import KlyngeReports

/// `klynge trends DATASET`: the collaboration network year by year.
struct Trends: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "The collaboration network year by year: members, ties, new ties across clusters, connectedness, distance, betweenness risers and fallers.",
        discussion: """
            For each year, the projects running in it (from their start year to their end year, or \
            in their start year alone when they have no end; with --window K, in any of the K years \
            up to it) give: active members, members in their first project, ties (pairs sharing a \
            running project), new ties (never sharing one before), the share of new ties crossing \
            clusters (members with no cluster in common; by kind when the dataset has no clusters), \
            the public-private share of ties, the largest connected share, the mean distance in the \
            largest connected group (exact up to 20,000 members, else sampled with its margin), and \
            the five members whose betweenness rose and fell most. Projects with an unknown start \
            are left out. --format html adds a line chart per measure.

            --compare YEAR adds the means of the years before YEAR and from YEAR on, their \
            difference, and whether it is beyond year-to-year variation (more than twice the \
            standard deviation of the changes from one year to the next).
            """
    )

    @OptionGroup var data: DatasetArgument

    @Option(help: ArgumentHelp("First year (default: the first year a dated project runs).", valueName: "YEAR"))
    var from: Int?

    @Option(help: ArgumentHelp("Last year (default: the last year a dated project runs).", valueName: "YEAR"))
    var to: Int?

    @Option(help: ArgumentHelp("Count the projects running in any of the K years up to each year.", valueName: "K"))
    var window = 1

    @Option(help: ArgumentHelp("Compare the years before YEAR with the years from YEAR on.", valueName: "YEAR"))
    var compare: Int?

    @Option(
        help: ArgumentHelp("Language of headings and notes: en (English) or nb (Norwegian bokmål).", valueName: "en|nb")
    )
    var lang = "en"

    @OptionGroup var io: TableOutputOptions

    func validate() throws {
        if window < 1 { throw ValidationError("--window must be at least 1 (year)") }
        do { _ = try Language(code: lang) } catch { throw ValidationError("--lang: \(error)") }
        for (option, year) in [("--from", from), ("--to", to), ("--compare", compare)] {
            if let year, !(1000...2999).contains(year) {
                throw ValidationError("\(option) \(year): give a year from 1000 to 2999")
            }
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() async throws {
        try await runReportingErrors {
            let eco = try data.load()
            let years = try yearRange(of: eco)
            let options = TrendOptions(years: years, window: window, compareYear: compare, threads: io.threads)
            let trends: EcosystemTrends
            do {
                trends = try await Progress.run("trends") { c in try eco.trends(options, control: c) }
            } catch let error as TrendError {
                switch error {
                case .window: throw OptionError(option: "--window", underlying: error)
                case .compareYear: throw OptionError(option: "--compare", underlying: error)
                case .noDatedProject: throw error
                }
            } catch let error as NoProjectInYears where from != nil || to != nil {
                throw OptionError(option: yearOptions, underlying: error)
            }
            let report = trendsReport(trends, ecosystem: eco, language: try Language(code: lang))
            try io.write(report, generator: "klynge trends", protecting: [data.dataset])
        }
    }

    /// `--from`, `--to` or `--from/--to`: the options that chose the years.
    private var yearOptions: String {
        [from.map { _ in "--from" }, to.map { _ in "--to" }].compactMap(\.self).joined(separator: "/")
    }

    /// The years asked for, the data's span filling in the missing end; nil for the whole span.
    private func yearRange(of eco: Ecosystem) throws -> ClosedRange<Int>? {
        guard from != nil || to != nil else { return nil }
        guard let span = eco.projectYears else { throw TrendError.noDatedProject }
        let low = from ?? span.lowerBound
        let high = to ?? span.upperBound
        guard low <= high else {
            // Only one end was given (validate() checks both), and it lies beyond the data.
            let year = from != nil ? low : high
            throw OptionError(option: yearOptions, underlying: NoProjectInYears(years: year...year, span: span))
        }
        return low...high
    }
}
