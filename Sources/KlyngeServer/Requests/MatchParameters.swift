import KlyngeEcosystem
import KlyngeMatching

/// `/api/match` and the match page: who seeks (`for=ID|name` or `profile=kind=…;topics=…;county=…`),
/// which candidates (`kind`, `county`, `country`, `cluster`, `include-partners`), how many (`top`, at most
/// ``RequestLimits/maximumTop``), `explain`, and `format` — read into the ``MatchQuery`` that
/// `klynge match` builds from the same options, every name resolved against the dataset.
///
/// ```swift
/// let p = try MatchParameters(query: QueryValues(query: "for=Bergen&kind=municipality&top=5"), in: served)
/// let outcome = try served.match(p)
/// print(outcome.report.render(.json))  // what `klynge match … --format json` prints
/// ```
///
/// - Complexity: O(members · |name|) to find the seeker, plus the vocabularies' resolve.
public struct MatchParameters: Sendable {
    /// The query as `klynge match` builds it, names resolved (``MatchQuery/resolved(in:)``).
    public var query: MatchQuery
    /// How many suggestions to show (≥ 1).
    public var top: Int
    /// Whether to give each suggestion's reasons.
    public var explain: Bool
    public var format: DownloadFormat

    /// Reads `values` against `served`'s dataset.
    /// - Throws: ``ParameterError`` naming the parameter at fault: neither or both of `for` and
    ///   `profile`; a member that does not exist (404, closest names) or is ambiguous; a bad
    ///   profile; an unknown kind, county, cluster or topic (the known ones named); `top` out of range.
    public init(query values: QueryValues, in served: ServedDataset) throws(ParameterError) {
        let eco = served.ecosystem
        let member = values.first("for")
        let profile = values.first("profile")
        if (member == nil) == (profile == nil) {
            throw ParameterError(nil, "give either for=MEMBER or profile=\"kind=…;topics=…;county=…\"")
        }
        let typed: Seeker
        if let member {
            typed = .member(try parameter("for") { try eco.member(matching: member) })
        } else {
            typed = try parameter("profile") { try Seeker.parseProfile(profile ?? "") }
        }
        let kinds = try parameter("kind") { try MemberKind.parseList(values.list("kind").joined(separator: ",")) }
        var query = MatchQuery(seeker: typed, kinds: Set(kinds))
        query.counties = MatchQuery.parseCounties(values.all("county").joined(separator: ","))
        query.countries = MatchQuery.parseCounties(values.all("country").joined(separator: ","))
        query.cluster = values.first("cluster")
        query.includePartners = try values.flag("include-partners")
        query.seeker = try parameter("profile") { try typed.resolved(in: eco) }
        do {
            query = try query.resolved(in: eco)
        } catch {
            throw ParameterError(
                ["cluster", "country"].contains(error.field) ? error.field : "county",
                error.description
            )
        }
        self.query = query
        top = try values.integer("top", default: 10, in: 1...RequestLimits.maximumTop)
        query.top = top
        self.query = query
        explain = try values.flag("explain")
        format = try DownloadFormat(values)
    }
}
