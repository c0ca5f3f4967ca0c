import KlyngeConcurrency
import KlyngeMatching
import KlyngeReports

extension ServedDataset {
    /// The teams `klynge consortium` proposes for the call of `p`, planned on the shared
    /// ``MatchingContext``.
    ///
    /// ```swift
    /// let q = try QueryValues(query: "topics=fall+detection&roles=municipality,company")
    /// let report = try served.consortium(try ConsortiumParameters(query: q, in: served))
    /// print(report.render(.json))  // `klynge consortium … --format json`
    /// ```
    ///
    /// - Throws: ``ParameterError`` (no parameter) with the planner's message when no team can be
    ///   formed (too few candidates for a role, a size below the roles).
    ///   `control`, when given, stops the search (``withTimeLimit(_:pool:_:)`` cancels it).
    /// - Complexity: that of `ConsortiumPlanner.propose()`.
    public func consortium(
        _ p: ConsortiumParameters,
        control: ComputeControl? = nil
    ) throws(ParameterError)
        -> ConsortiumReport
    {
        do {
            var planner = try ConsortiumPlanner(context, call: p.call)
            planner.control = control
            let proposal = try planner.propose()
            return ConsortiumReport(proposal, call: p.call, in: ecosystem)
        } catch {
            throw ParameterError(nil, error.description)
        }
    }
}
