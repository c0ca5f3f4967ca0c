import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeMatching

/// Which members `klynge match` may suggest.
struct CandidateFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Candidate kinds, comma-separated (default: every kind).", valueName: "KINDS"))
    var kind: String?

    @OptionGroup var place: PlaceFilterOptions

    @Option(
        help: ArgumentHelp(
            "Only candidates of this size (inhabitants or employees), e.g. 5000-50000.",
            valueName: "MIN-MAX"
        )
    )
    var size: YearRange?

    @Flag(help: "Only candidates that have been a pilot site.")
    var piloted = false

    @Flag(help: "Keep candidates the seeker already works with.")
    var includePartners = false

    func validate() throws { _ = try kinds() }

    /// The kinds of `--kind`; an unknown kind is a usage error.
    func kinds() throws -> Set<MemberKind> {
        Set(try withOption("--kind", usage: true) { try MemberKind.parseList(kind ?? "") })
    }

    /// A query for `seeker` with these filters, every name in them and in a profile read
    /// against `eco` (``MatchQuery/resolved(in:)``): an unknown county, country, cluster, topic is a
    /// usage error naming it and the known ones.
    func query(for seeker: Seeker, in eco: Ecosystem, dataset: String) throws -> MatchQuery {
        let typed = try query(for: seeker)
        return try usageChecked(Match.self, dataset: dataset) { try typed.resolved(in: eco) }
    }

    /// A query for `seeker` with these filters as typed (and the default weights for its kinds).
    func query(for seeker: Seeker) throws -> MatchQuery {
        var query = MatchQuery(seeker: seeker, kinds: try kinds())
        query.counties = place.counties
        query.countries = place.countries
        query.cluster = place.cluster
        query.sizeRange = size?.range
        query.pilotedBefore = piloted
        query.includePartners = includePartners
        return query
    }
}
