import Foundation
import KlyngeEcosystem

/// Who is looking for partners.
///
/// ```swift
/// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
/// let member = Seeker.member(eco.memberIndex(of: "m0001")!)
/// let newcomer = try Seeker.parseProfile("kind=company;topics=fall detection;county=Vestland;country=NO")
/// ```
///
/// - Complexity: O(1) to build a case; `parseProfile` is O(length of the text).
public enum Seeker: Sendable, Equatable {
    /// A member of the dataset (index).
    case member(Int)
    /// A newcomer with no ties: its kind, topics, county and country (the members' `country`
    /// attribute, e.g. CORDIS's `NO`, when the dataset has one).
    case profile(kind: MemberKind, topics: [String], county: String?, country: String? = nil)

    /// Parses `kind=company;topics=fall detection,welfare technology;county=Vestland;country=NO`
    /// (county and country optional). The topics, county and country are kept as typed:
    /// ``resolved(in:)`` reads them against a dataset.
    /// - Throws: ``MatchError/badProfile(_:)`` naming the bad field;
    ///   ``MatchError/unknownValue(_:)`` for a kind that is not one.
    ///
    /// ```swift
    /// let seeker = try Seeker.parseProfile("kind=bedrift;topics=fallsensor, velferdsteknologi;county=Vestland")
    /// // .profile(kind: .company, topics: ["fallsensor", "velferdsteknologi"], county: "Vestland")
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public static func parseProfile(_ text: String) throws(MatchError) -> Seeker {
        var kind: MemberKind?
        var topics: [String] = []
        var county: String?
        var country: String?
        for field in text.split(separator: ";") {
            let kv = field.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2 else { throw .badProfile("profile field '\(field)' is not key=value") }
            switch kv[0] {
            case "kind":
                do { kind = try MemberKind.named(kv[1]) } catch { throw .unknownValue(error.description) }
            case "topics":
                topics = kv[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            case "county": county = kv[1]
            case "country": country = kv[1]
            default: throw .badProfile("unknown profile field '\(kv[0])' (use kind, topics, county, country)")
            }
        }
        guard let kind else { throw .badProfile("the profile needs kind=…") }
        if topics.isEmpty { throw .badProfile("the profile needs topics=… (comma-separated)") }
        return .profile(kind: kind, topics: topics, county: county, country: country)
    }

    /// This seeker with a profile's topics, county and country as `eco` names them
    /// (`Ecosystem.topicVocabulary`, `Ecosystem.countyVocabulary`, `Ecosystem.countryVocabulary`):
    /// `velferdsteknologi` → `welfare technology`, `vestland` → `Vestland`, `no` → `NO`. A
    /// member is returned as it is.
    /// - Throws: `UnknownName` for a topic, county or country the dataset does not know.
    ///
    /// ```swift
    /// let typed = try Seeker.parseProfile("kind=company;topics=velferdsteknologi,fallsensor;county=vestland")
    /// let seeker = try typed.resolved(in: eco)
    /// // .profile(kind: .company, topics: ["welfare technology", "fall detection"], county: "Vestland")
    /// ```
    /// - Complexity: O(the dataset's topics and counties + the synonym table).
    public func resolved(in eco: Ecosystem) throws(UnknownName) -> Seeker {
        guard case .profile(let kind, let topics, let county, let country) = self else { return self }
        return .profile(
            kind: kind,
            topics: try eco.resolveTopics(topics),
            county: try county.map { c throws(UnknownName) in try eco.countyVocabulary.resolve(c) },
            country: try country.map { c throws(UnknownName) in try eco.countryVocabulary.resolve(c) }
        )
    }
}
