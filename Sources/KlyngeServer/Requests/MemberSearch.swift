import KlyngeEcosystem

/// `/api/members?q=…` and the map's search box: the text to look for (empty: every member)
/// and how many members to return (`limit`, at most ``RequestLimits/maximumTop``).
///
/// ```swift
/// let search = try MemberSearch(query: QueryValues(query: "q=tromso"))
/// served.searchMembers(search)  // Tromsø kommune, UiT Norges arktiske universitet, …
/// ```
public struct MemberSearch: Sendable, Equatable {
    /// What the user typed.
    public var text: String
    /// At most this many members.
    public var limit: Int

    public init(_ text: String, limit: Int = 50) {
        self.text = text
        self.limit = limit
    }

    /// - Throws: ``ParameterError`` for a `limit` out of 1…1000.
    public init(query values: QueryValues) throws(ParameterError) {
        text = values.first("q") ?? ""
        limit = try values.integer("limit", default: 50, in: 1...RequestLimits.maximumTop)
    }
}
