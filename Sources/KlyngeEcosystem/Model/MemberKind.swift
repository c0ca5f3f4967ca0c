import Foundation
import KlyngeGraph

/// What kind of organisation a member is. A closed set: a dataset naming any
/// other kind fails validation.
///
/// | kind | sector |
/// |---|---|
/// | company | private |
/// | municipality | public |
/// | county-authority | public |
/// | hospital | public (Norwegian hospitals are state-owned health trusts) |
/// | university | public (universities and university colleges) |
/// | research-institute | public (independent institutes are counted public: mostly state-funded) |
/// | user-organisation | private (patient and user associations, NGOs) |
/// | investor | private |
/// | public-agency | public |
/// | cluster-organisation | private (the cluster secretariats are member-owned associations) |
/// | other | private |
public enum MemberKind: String, CaseIterable, Sendable, Comparable {
    case company
    case municipality
    case countyAuthority = "county-authority"
    case hospital
    case university
    case researchInstitute = "research-institute"
    case userOrganisation = "user-organisation"
    case investor
    case publicAgency = "public-agency"
    case clusterOrganisation = "cluster-organisation"
    case other

    /// `true` for the public sector: municipalities, county authorities,
    /// hospitals, universities, research institutes and public agencies.
    public var isPublic: Bool {
        switch self {
        case .municipality, .countyAuthority, .hospital, .university, .researchInstitute, .publicAgency: return true
        case .company, .userOrganisation, .investor, .clusterOrganisation, .other: return false
        }
    }

    /// "public" or "private".
    public var sector: String { isPublic ? "public" : "private" }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The kind called `name`, in any case (`Municipality`, `MUNICIPALITY`): the one reading of
    /// a kind's name, for dataset files, profiles, `--kind` lists and consortium roles alike.
    ///
    /// ```swift
    /// MemberKind(named: "Research-Institute")  // .researchInstitute
    /// ```
    /// - Complexity: O(length of `name`).
    public init?(named name: String) { self.init(rawValue: name.lowercased()) }

    /// The kind called `name`, in any case.
    /// - Throws: ``UnknownKind`` whose message lists the valid kinds.
    ///
    /// ```swift
    /// let kind = try MemberKind.named("Municipality")  // .municipality
    /// let sector = kind.sector  // "public"
    /// ```
    ///
    /// - Complexity: O(length of `name`).
    public static func named(_ name: String) throws(UnknownKind) -> MemberKind {
        guard let k = MemberKind(named: name) else { throw UnknownKind(name: name) }
        return k
    }

    /// Every kind's name, comma-separated, in declaration order (for messages).
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The kinds of a comma-separated list, in order; case, blanks around names and empty items
    /// are ignored.
    /// - Throws: ``UnknownKind`` for the first name that is not a kind.
    ///
    /// ```swift
    /// let kinds = try MemberKind.parseList("municipality, hospital")  // [.municipality, .hospital]
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public static func parseList(_ text: String) throws(UnknownKind) -> [MemberKind] {
        var out: [MemberKind] = []
        for raw in text.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { out.append(try named(name)) }
        }
        return out
    }
}

/// A word that is not a ``MemberKind``.
public struct UnknownKind: KlyngeError, CustomStringConvertible, Sendable, Equatable {
    public let name: String
    public var description: String {
        "unknown kind '\(name)' (choose from \(MemberKind.names))"
    }
}

/// What a member does in a project. A closed set.
public enum ParticipationRole: String, CaseIterable, Sendable {
    case coordinator
    case partner
    case pilotSite = "pilot-site"
    case investor
    case advisor
    case associatedPartner = "associated-partner"
    case thirdParty = "third-party"
    case userRepresentative = "user-representative"
    case subcontractor

    /// Accepted spellings besides the canonical ones.
    static let aliases: [String: ParticipationRole] = [
        "lead": .coordinator, "participant": .partner, "pilot": .pilotSite, "pilot site": .pilotSite,
        "associated": .associatedPartner, "thirdparty": .thirdParty,
    ]

    /// Parses a role, case-insensitively, accepting the aliases.
    public init?(parsing text: String) {
        let t = text.lowercased()
        if let r = ParticipationRole(rawValue: t) ?? ParticipationRole.aliases[t] { self = r } else { return nil }
    }
}
