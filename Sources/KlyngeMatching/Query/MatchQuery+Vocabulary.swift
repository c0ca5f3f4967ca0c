import KlyngeEcosystem

extension MatchQuery {
    /// This query with every name a user typed read against `eco`: the profile's topics and
    /// county (``Seeker/resolved(in:)``), the counties (`Ecosystem.countyVocabulary`: Norway's
    /// 15 and the dataset's own), the countries (`Ecosystem.countryVocabulary`)
    /// and the cluster (`Ecosystem.clusterVocabulary`), each as the
    /// dataset spells it. Case, accents, `-`/`_`/space and the topic synonyms do not matter; a
    /// name that is not known is an error, so an empty result always means known filters
    /// leaving no one (``Matcher/noCandidates(for:)``).
    /// - Throws: `UnknownName` naming the value, the nearest known names and the known ones.
    ///
    /// ```swift
    /// var typed = MatchQuery(seeker: .member(0), kinds: [.municipality])
    /// typed.counties = ["vestland"]
    /// let query = try typed.resolved(in: eco)  // counties == ["Vestland"]
    /// typed.cluster = "Smart Care"             // resolved(in:) throws: unknown cluster 'Smart Care'; did you mean …
    /// ```
    /// - Complexity: O(the dataset's topics, counties and clusters + the synonym table).
    public func resolved(in eco: Ecosystem) throws(UnknownName) -> MatchQuery {
        var query = self
        query.seeker = try seeker.resolved(in: eco)
        let vocabulary = eco.countyVocabulary
        query.counties = Set(try counties.sorted().map { c throws(UnknownName) in try vocabulary.resolve(c) })
        if !countries.isEmpty {
            let countries = eco.countryVocabulary
            query.countries = Set(
                try self.countries.sorted().map { c throws(UnknownName) in try countries.resolve(c) }
            )
        }
        query.cluster = try cluster.map { c throws(UnknownName) in try eco.clusterVocabulary.resolve(c) }
        return query
    }
}
