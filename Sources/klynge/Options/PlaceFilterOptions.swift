import ArgumentParser
import KlyngeMatching

/// Where candidates may come from, for `klynge match` (inside ``CandidateFilterOptions``) and
/// `klynge consortium`: counties, countries, a cluster. The names are read against the dataset
/// by the library (`MatchQuery.resolved(in:)`, `ConsortiumCall.resolved(in:)`): an unknown one
/// is a usage error with the nearest known names.
struct PlaceFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only candidates in these counties, comma-separated.", valueName: "COUNTIES"))
    var county: String?

    @Option(
        help: ArgumentHelp(
            "Only candidates from these countries, comma-separated (datasets with a country column, e.g. NO,SE).",
            valueName: "COUNTRIES"
        )
    )
    var country: String?

    @Option(help: "Only candidates of this cluster.")
    var cluster: String?

    /// `--county` as typed, split.
    var counties: Set<String> { MatchQuery.parseCounties(county ?? "") }
    /// `--country` as typed, split the same way.
    var countries: Set<String> { MatchQuery.parseCounties(country ?? "") }
}
