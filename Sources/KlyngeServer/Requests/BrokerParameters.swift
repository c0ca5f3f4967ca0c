import KlyngeReports

/// `/api/brokers` and the brokers page: `top` (how many rows, at most
/// ``RequestLimits/maximumTop``; all when absent), `sort` (a numeric column of `klynge brokers`,
/// default `brokerage_total`) and `format`.
///
/// ```swift
/// let p = try BrokerParameters(query: QueryValues(query: "top=20&sort=betweenness"))
/// let table = try served.brokerTable(p)  // `klynge brokers DATASET --top 20 --sort betweenness`
/// ```
public struct BrokerParameters: Sendable, Equatable {
    /// How many rows; nil for all.
    public var top: Int?
    /// The column rows are sorted by (then betweenness, then id).
    public var sort: String
    public var format: DownloadFormat

    public init(top: Int? = nil, sort: String = "brokerage_total", format: DownloadFormat = .json) {
        self.top = top
        self.sort = sort
        self.format = format
    }

    /// - Throws: ``ParameterError`` for a `top` out of 0…1000 or a `sort` that is not a
    ///   numeric column (the columns named, as `klynge brokers --sort` says it).
    public init(query values: QueryValues) throws(ParameterError) {
        if values.first("top") != nil {
            top = try values.integer("top", default: 0, in: 0...RequestLimits.maximumTop)
        }
        sort = values.first("sort") ?? "brokerage_total"
        if !BrokerAnalysis.sortColumns.contains(sort) {
            throw ParameterError(
                "sort",
                "cannot sort by '\(sort)' (choose from \(BrokerAnalysis.sortColumns.joined(separator: ", ")))"
            )
        }
        format = try DownloadFormat(values)
    }
}
