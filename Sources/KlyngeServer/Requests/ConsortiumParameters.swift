import KlyngeEcosystem
import KlyngeMatching

/// `/api/consortium` and the consortium page: the call's `topics` and `roles` (comma lists;
/// repeat a kind to need two), a `lead` member, the candidate filters `county`, `country`,
/// `cluster` and `exclude` (comma lists or repeated), `include-unnamed`, `size`, `alternatives`, `candidates` per role,
/// `cohesion-weight`, `balance-weight`, and `format` — read into the ``ConsortiumCall`` that
/// `klynge consortium` builds from the same options.
///
/// ```swift
/// let q = try QueryValues(query: "topics=fall+detection&roles=municipality,company")
/// let report = try served.consortium(try ConsortiumParameters(query: q, in: served))
/// ```
///
/// - Complexity: O(members · |lead|) for the lead, plus the topic vocabulary.
public struct ConsortiumParameters: Sendable {
    /// The call, topics resolved to the dataset's names, the lead found.
    public var call: ConsortiumCall
    public var format: DownloadFormat

    /// The most alternatives one request may ask for.
    public static let maximumAlternatives = 10
    /// The largest team one request may ask for.
    public static let maximumSize = 30

    /// - Throws: ``ParameterError`` naming the parameter: no topics or roles, an unknown role,
    ///   topic, county, country or cluster, an excluded member that does not exist, a lead that does not exist (404) or is ambiguous, numbers out of range.
    public init(query values: QueryValues, in served: ServedDataset) throws(ParameterError) {
        let eco = served.ecosystem
        let topics = ConsortiumCall.parseTopics(values.all("topics").joined(separator: ","))
        if topics.isEmpty { throw ParameterError("topics", ConsortiumError.noTopics.description) }
        let roles = try parameter("roles") { try ConsortiumCall.parseRoles(values.all("roles").joined(separator: ",")) }
        var call = ConsortiumCall(topics: try parameter("topics") { try eco.resolveTopics(topics) }, roles: roles)
        call.lead = try values.first("lead").map { l throws(ParameterError) in
            try parameter("lead") { try eco.member(matching: l) }
        }
        call.counties = MatchQuery.parseCounties(values.all("county").joined(separator: ","))
        call.countries = MatchQuery.parseCounties(values.all("country").joined(separator: ","))
        call.cluster = values.first("cluster")
        do {
            call = try call.resolved(in: eco)
        } catch {
            throw ParameterError(error.field, error.description)
        }
        call.excluded = try parameter("exclude") {
            try ConsortiumCall.parseMembers(values.all("exclude").joined(separator: ","), in: eco)
        }
        call.includeUnnamed = try values.flag("include-unnamed")
        if values.first("size") != nil { call.size = try values.integer("size", default: 2, in: 2...Self.maximumSize) }
        call.alternatives = try values.integer("alternatives", default: 2, in: 1...Self.maximumAlternatives)
        call.candidatesPerRole = try values.integer("candidates", default: 30, in: 1...RequestLimits.maximumTop)
        call.weights = ConsortiumWeights(
            cohesion: try values.nonNegative("cohesion-weight", default: 0.5),
            balance: try values.nonNegative("balance-weight", default: 0.25)
        )
        self.call = call
        format = try DownloadFormat(values)
    }
}
