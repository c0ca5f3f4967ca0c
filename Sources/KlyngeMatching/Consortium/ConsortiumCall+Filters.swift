import Foundation
import KlyngeEcosystem

extension ConsortiumCall {
    /// This call with every place name a user typed read against `eco`, as for
    /// ``MatchQuery/resolved(in:)``: counties (`Ecosystem.countyVocabulary`), countries
    /// (`Ecosystem.countryVocabulary`) and the cluster
    /// (`Ecosystem.clusterVocabulary`), each as the dataset spells it.
    /// - Throws: `UnknownName` naming the value, the nearest known names and the known ones.
    ///
    /// ```swift
    /// var typed = ConsortiumCall(topics: ["fall detection"], roles: [.company])
    /// typed.counties = ["rogaland"]
    /// typed.countries = ["no"]
    /// let call = try typed.resolved(in: eco)  // counties == ["Rogaland"], countries == ["NO"]
    /// ```
    /// - Complexity: O(the dataset's counties, countries and clusters).
    public func resolved(in eco: Ecosystem) throws(UnknownName) -> ConsortiumCall {
        var call = self
        let counties = eco.countyVocabulary
        call.counties = Set(try self.counties.sorted().map { c throws(UnknownName) in try counties.resolve(c) })
        if !self.countries.isEmpty {
            let countries = eco.countryVocabulary
            call.countries = Set(
                try self.countries.sorted().map { c throws(UnknownName) in try countries.resolve(c) }
            )
        }
        call.cluster = try cluster.map { c throws(UnknownName) in try eco.clusterVocabulary.resolve(c) }
        return call
    }

    /// The members of a comma-separated list (`--exclude`, the `exclude` parameter of
    /// `klynge serve`): each an id or an unambiguous name (`Ecosystem.member(matching:)`),
    /// trimmed, empty items dropped.
    ///
    /// ```swift
    /// var call = ConsortiumCall(topics: ["fall detection"], roles: [.company])
    /// call.excluded = try ConsortiumCall.parseMembers("m0001, Bergen", in: eco)
    /// ```
    /// - Throws: `MemberLookupError` for the first item that names no member or several.
    /// - Complexity: O(items · members · |name|).
    public static func parseMembers(_ text: String, in eco: Ecosystem) throws(MemberLookupError) -> Set<Int> {
        var out: Set<Int> = []
        for raw in text.split(separator: ",") {
            let item = raw.trimmingCharacters(in: .whitespaces)
            if !item.isEmpty { out.insert(try eco.member(matching: item)) }
        }
        return out
    }

    /// Whether the place filters and the exclusions let `member` be a candidate (unnamed
    /// members are counted apart, see ``includeUnnamed``).
    func admits(_ member: Member, at index: Int) -> Bool {
        if excluded.contains(index) { return false }
        if !counties.isEmpty, !(member.county.map(counties.contains) ?? false) { return false }
        if !countries.isEmpty, !(member.attributes[Ecosystem.countryAttribute].map(countries.contains) ?? false) {
            return false
        }
        if let cluster, !member.clusters.contains(cluster) { return false }
        return true
    }

    /// The filters in words, for the notes: `in county Rogaland; in country NO; 2 excluded`.
    func filterPhrases() -> [String] {
        var out: [String] = []
        if !counties.isEmpty {
            out.append("in count\(counties.count == 1 ? "y" : "ies") \(counties.sorted().joined(separator: " or "))")
        }
        if !countries.isEmpty {
            out.append(
                "in countr\(countries.count == 1 ? "y" : "ies") \(countries.sorted().joined(separator: " or "))"
            )
        }
        if let cluster { out.append("in cluster \(cluster)") }
        if !excluded.isEmpty { out.append("\(excluded.count) member\(excluded.count == 1 ? "" : "s") excluded") }
        return out
    }
}
