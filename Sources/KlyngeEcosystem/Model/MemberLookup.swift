import KlyngeGraph

/// Why a member could not be found from what the user typed.
public struct MemberLookupError: KlyngeError, CustomStringConvertible, Sendable {
    public let query: String
    /// Member ids that could be meant (ambiguous) or are closest (unknown), best first.
    public let suggestions: [String]
    public let isAmbiguous: Bool
    public let description: String
}

extension Ecosystem {
    /// The member a user means by `query`: an exact id; else a name, compared without
    /// regard to case; else the only member whose name contains `query`.
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/florentine-families")
    /// let medici = try eco.member(matching: "medici")  // by id, then name without regard to case
    /// print(eco.members[medici].name)  // Medici
    /// ```
    ///
    /// - Throws: ``MemberLookupError`` naming the candidates when several names fit,
    ///   or the five closest names (edit distance) when none does. The closest names are measured
    ///   from the query's first 100 characters: a longer text is no member's name, and a request
    ///   carrying one (`klynge serve`) must not cost seconds.
    /// - Complexity: O(V · |name|) for a name, O(V · |name| · min(|query|, 100)) when nothing matches.
    public func member(matching query: String) throws(MemberLookupError) -> Int {
        if let i = memberIndex(of: query) { return i }
        let q = query.lowercased()
        let exact = members.indices.filter { members[$0].name.lowercased() == q }
        if exact.count == 1 { return exact[0] }
        let found = exact.isEmpty ? members.indices.filter { members[$0].name.lowercased().contains(q) } : exact
        if found.count == 1 { return found[0] }
        func show(_ i: Int) -> String { "\(members[i].id) (\(members[i].name))" }
        if found.count > 1 {
            let some = found.prefix(8).map(show).joined(separator: ", ")
            throw MemberLookupError(
                query: query,
                suggestions: found.map { members[$0].id },
                isAmbiguous: true,
                description:
                    "'\(query)' fits \(found.count) members: \(some)\(found.count > 8 ? ", …" : ""); give an id"
            )
        }
        // Nearest names first: ranked by minus the edit distance, ties by id.
        let probe = String(q.prefix(Self.closestNameProbe))
        let closest = members.indices.ranked(
            score: { -editDistance(probe, members[$0].name.lowercased()) },
            id: { members[$0].id }
        ).prefix(5)
        throw MemberLookupError(
            query: query,
            suggestions: closest.map { members[$0].id },
            isAmbiguous: false,
            description: "no member '\(query)' in \(name)"
                + (closest.isEmpty ? "" : "; closest: " + closest.map(show).joined(separator: ", "))
        )
    }

    /// How many characters of an unknown member's query the closest-name search compares.
    static let closestNameProbe = 100
}
