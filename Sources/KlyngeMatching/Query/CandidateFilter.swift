import KlyngeEcosystem

/// One filter of a ``MatchQuery``: the members it keeps, and what they are in words.
struct CandidateFilter {
    /// What the kept members are, for a count in front: "municipalities", "in county Finnmark".
    let phrase: (_ count: Int) -> String
    let keeps: (_ member: Int) -> Bool
}

extension MatchQuery {
    /// The filters the query sets, in the order ``Matcher/candidates(for:)`` applies them:
    /// kinds, counties, countries, cluster, size, pilot sites, the seeker's partners.
    func filters(in context: MatchingContext) -> [CandidateFilter] {
        let members = context.ecosystem.members
        var out: [CandidateFilter] = []
        if !kinds.isEmpty {
            let kinds = self.kinds
            let sorted = kinds.sorted()
            out.append(
                CandidateFilter(
                    phrase: { n in
                        sorted.map { n == 1 ? $0.rawValue : plural($0) }.joined(separator: " or ")
                    },
                    keeps: { kinds.contains(members[$0].kind) }
                )
            )
        }
        if !counties.isEmpty {
            let counties = self.counties
            let names = counties.sorted().joined(separator: " or ")
            out.append(
                CandidateFilter(
                    phrase: { _ in "in count\(counties.count == 1 ? "y" : "ies") \(names)" },
                    keeps: { members[$0].county.map(counties.contains) ?? false }
                )
            )
        }
        if !countries.isEmpty {
            let countries = self.countries
            let names = countries.sorted().joined(separator: " or ")
            let key = Ecosystem.countryAttribute
            out.append(
                CandidateFilter(
                    phrase: { _ in "in countr\(countries.count == 1 ? "y" : "ies") \(names)" },
                    keeps: { members[$0].attributes[key].map(countries.contains) ?? false }
                )
            )
        }
        if let cluster {
            out.append(
                CandidateFilter(
                    phrase: { _ in "in cluster \(cluster)" },
                    keeps: { members[$0].clusters.contains(cluster) }
                )
            )
        }
        if let r = sizeRange {
            out.append(
                CandidateFilter(
                    phrase: { _ in "of size \(r.lowerBound)–\(r.upperBound)" },
                    keeps: { members[$0].size.map(r.contains) ?? false }
                )
            )
        }
        if pilotedBefore {
            let pilots = context.pilotCount
            out.append(CandidateFilter(phrase: { _ in "that have been a pilot site" }, keeps: { pilots[$0] > 0 }))
        }
        if !includePartners, case .member(let s) = seeker {
            let partners = Set(context.graph.neighbors(s).map(Int.init))
            out.append(
                CandidateFilter(
                    phrase: { _ in "not already working with the seeker" },
                    keeps: { !partners.contains($0) }
                )
            )
        }
        return out
    }
}

extension Matcher {
    /// Why ``candidates(for:)`` is empty: the query's filters in order with how many members
    /// each leaves, up to the one that leaves none — `no candidate passes the filters: 12
    /// municipalities, of which 0 in county Finnmark`.
    ///
    /// ```swift
    /// var query = MatchQuery(seeker: .member(0), kinds: [.municipality])
    /// query.counties = ["Finnmark"]
    /// if matcher.candidates(for: query).isEmpty { throw matcher.noCandidates(for: query) }
    /// ```
    /// - Complexity: O(members · filters).
    public func noCandidates(for query: MatchQuery) -> MatchError {
        let members = context.ecosystem.members
        let seekerIndex: Int? = if case .member(let i) = query.seeker { i } else { nil }
        var pool = members.indices.filter { $0 != seekerIndex }
        var filters = query.filters(in: context)
        var parts: [String] = []
        if !query.kinds.isEmpty {
            let kinds = filters.removeFirst()
            pool = pool.filter(kinds.keeps)
            parts.append("\(pool.count) \(kinds.phrase(pool.count))")
        } else {
            parts.append("\(pool.count) member\(pool.count == 1 ? "" : "s")")
        }
        if pool.isEmpty, seekerIndex.map({ query.kinds.contains(members[$0].kind) }) == true {
            parts[0] += " besides the seeker"
        }
        for filter in filters where !pool.isEmpty {
            pool = pool.filter(filter.keeps)
            parts.append("of which \(pool.count) \(filter.phrase(pool.count))")
        }
        return .noCandidates("no candidate passes the filters: " + parts.joined(separator: ", "))
    }
}
