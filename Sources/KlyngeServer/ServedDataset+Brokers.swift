import KlyngeReports

extension ServedDataset {
    /// The brokers table `klynge brokers DATASET --top N --sort COL` prints: every member's
    /// brokerage roles, structural holes, betweenness and sole bridges between the clusters,
    /// sorted by `p.sort` (then betweenness, then id), the first `p.top` rows.
    ///
    /// ```swift
    /// let table = try served.brokerTable(BrokerParameters(top: 10))
    /// print(table.render(.json))  // `klynge brokers DATASET --top 10 --format json`
    /// ```
    ///
    /// - Throws: ``ParameterError`` naming `sort` for a column that is not numeric.
    /// - Complexity: O(V log V) to sort (the default order is kept from the start), O(top · columns).
    public func brokerTable(_ p: BrokerParameters) throws(ParameterError) -> TitledTable {
        let order = p.sort == "brokerage_total" ? brokerOrder : try parameter("sort") { try brokers.order(by: p.sort) }
        let table = brokers.table(order: order, top: p.top, names: ecosystem.members.map(\.name))
        return TitledTable(title: "Brokers in \(ecosystem.name)", sheet: "Brokers", table: table)
    }
}
