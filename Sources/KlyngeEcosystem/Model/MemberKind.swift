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
    /// a kind's name for profiles, `--kind` lists and consortium roles. Dataset files are read
    /// more leniently, by ``init(reading:)``.
    ///
    /// ```swift
    /// MemberKind(named: "Research-Institute")  // .researchInstitute
    /// ```
    /// - Complexity: O(length of `name`).
    public init?(named name: String) {
        // A name written as the kind's own (most cells) needs no lowering.
        guard let kind = MemberKind(rawValue: name) ?? MemberKind(rawValue: name.lowercased()) else { return nil }
        self = kind
    }

    /// The kind a register's cell names: a kind's name in any case, or one of ``aliases``
    /// (Norwegian and English: `kommune`, `bedrift`, `helseforetak`, `research institute`…),
    /// case, accents, spaces and punctuation aside.
    ///
    /// ```swift
    /// MemberKind(reading: "Høgskole")            // .university
    /// MemberKind(reading: "research institute")  // .researchInstitute
    /// ```
    /// - Complexity: O(length of `text`).
    public init?(reading text: String) {
        if let kind = MemberKind(named: text) {
            self = kind
        } else if let kind = Self.byFoldedKey[foldedKey(text)] {
            self = kind
        } else {
            return nil
        }
    }

    /// Other names of the kinds, Norwegian and English, read under ``foldedKey(_:)``.
    ///
    /// | kind | also read from |
    /// |---|---|
    /// | company | bedrift, selskap, firma, foretak, virksomhet, business, firm |
    /// | municipality | kommune |
    /// | county-authority | fylkeskommune, county council |
    /// | hospital | sykehus, helseforetak, HF, health trust |
    /// | university | universitet, høgskole, høyskole, university college |
    /// | research-institute | forskningsinstitutt, institutt, research institution |
    /// | user-organisation | brukerorganisasjon, pasientorganisasjon, interesseorganisasjon, frivillig organisasjon, patient organisation, NGO |
    /// | investor | investeringsselskap, investment company |
    /// | public-agency | direktorat, etat, statlig etat, offentlig etat, tilsyn, agency, directorate |
    /// | cluster-organisation | klyngeorganisasjon, klyngesekretariat, cluster secretariat |
    /// | other | annet, annen, øvrig |
    public static let aliases: [String: MemberKind] = [
        "bedrift": .company, "selskap": .company, "firma": .company, "foretak": .company,
        "virksomhet": .company, "business": .company, "firm": .company,
        "kommune": .municipality,
        "fylkeskommune": .countyAuthority, "county council": .countyAuthority,
        "sykehus": .hospital, "helseforetak": .hospital, "hf": .hospital, "health trust": .hospital,
        "universitet": .university, "høgskole": .university, "høyskole": .university,
        "university college": .university,
        "forskningsinstitutt": .researchInstitute, "institutt": .researchInstitute,
        "research institution": .researchInstitute,
        "brukerorganisasjon": .userOrganisation, "pasientorganisasjon": .userOrganisation,
        "interesseorganisasjon": .userOrganisation, "frivillig organisasjon": .userOrganisation,
        "patient organisation": .userOrganisation, "user organization": .userOrganisation,
        "ngo": .userOrganisation,
        "investeringsselskap": .investor, "investment company": .investor,
        "direktorat": .publicAgency, "etat": .publicAgency, "statlig etat": .publicAgency,
        "offentlig etat": .publicAgency, "tilsyn": .publicAgency, "agency": .publicAgency,
        "directorate": .publicAgency,
        "klyngeorganisasjon": .clusterOrganisation, "klyngesekretariat": .clusterOrganisation,
        "cluster secretariat": .clusterOrganisation, "cluster organization": .clusterOrganisation,
        "annet": .other, "annen": .other, "øvrig": .other,
    ]

    private static let byFoldedKey: [String: MemberKind] = {
        var out: [String: MemberKind] = [:]
        for kind in allCases { out[foldedKey(kind.rawValue)] = kind }
        for (name, kind) in aliases { out[foldedKey(name)] = kind }
        return out
    }()

    /// `unknown kind 'muncipality'; did you mean municipality? (expected one of company, …)`:
    /// the message for a kind that is not one, with the nearest names (canonical or Norwegian).
    ///
    /// ```swift
    /// MemberKind.unknownMessage("muncipality")  // "unknown kind 'muncipality'; did you mean municipality? (…)"
    /// ```
    ///
    /// - Complexity: O(names · length²).
    public static func unknownMessage(_ name: String) -> String {
        "unknown kind '\(name)'" + words.didYouMean(name) + " (expected one of \(names))"
    }

    /// The kinds' canonical names and their ``aliases``, for "did you mean".
    static let words = Vocabulary(field: "kind", names: allCases.map(\.rawValue) + aliases.keys.sorted())

    /// The kind called `name` as a user types it (`--kind`, `kind=` in a profile, consortium roles):
    /// a kind's name in any case or one of its Norwegian and English ``aliases``, as
    /// ``init(reading:)`` reads a register's cell.
    /// - Throws: ``UnknownKind`` whose message gives the nearest names and lists the valid kinds.
    ///
    /// ```swift
    /// let kind = try MemberKind.named("Municipality")  // .municipality
    /// let same = try MemberKind.named("kommune")       // .municipality
    /// let sector = kind.sector  // "public"
    /// ```
    ///
    /// - Complexity: O(length of `name`).
    public static func named(_ name: String) throws(UnknownKind) -> MemberKind {
        guard let k = MemberKind(reading: name) else { throw UnknownKind(name: name) }
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
        "unknown kind '\(name)'" + MemberKind.words.didYouMean(name) + " (choose from \(MemberKind.names))"
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

    /// Accepted spellings besides the canonical ones, English and Norwegian, read under
    /// ``foldedKey(_:)``.
    ///
    /// | role | also read from |
    /// |---|---|
    /// | coordinator | lead, koordinator, prosjektansvarlig, prosjekteier |
    /// | partner | participant, deltaker, samarbeidspartner |
    /// | pilot-site | pilot, pilotsted, pilotkommune, pilotsykehus |
    /// | advisor | rådgiver |
    /// | associated-partner | associated, assosiert partner |
    /// | third-party | tredjepart |
    /// | user-representative | brukerrepresentant |
    /// | subcontractor | underleverandør |
    static let aliases: [String: ParticipationRole] = [
        "lead": .coordinator, "participant": .partner, "pilot": .pilotSite, "pilot site": .pilotSite,
        "associated": .associatedPartner, "thirdparty": .thirdParty,
        "koordinator": .coordinator, "prosjektansvarlig": .coordinator, "prosjekteier": .coordinator,
        "deltaker": .partner, "samarbeidspartner": .partner,
        "pilotsted": .pilotSite, "pilotkommune": .pilotSite, "pilotsykehus": .pilotSite,
        "rådgiver": .advisor, "assosiert partner": .associatedPartner, "tredjepart": .thirdParty,
        "brukerrepresentant": .userRepresentative, "underleverandør": .subcontractor,
    ]

    private static let byFoldedKey: [String: ParticipationRole] = {
        var out: [String: ParticipationRole] = [:]
        for role in allCases { out[foldedKey(role.rawValue)] = role }
        for (name, role) in aliases { out[foldedKey(name)] = role }
        return out
    }()

    /// Parses a role, in any case, English or Norwegian, accepting the aliases.
    ///
    /// ```swift
    /// ParticipationRole(parsing: "Koordinator")  // .coordinator
    /// ParticipationRole(parsing: "pilot site")   // .pilotSite
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public init?(parsing text: String) {
        // A role written as its own name (most cells) needs no lowering.
        if let r = ParticipationRole(rawValue: text) {
            self = r
            return
        }
        let t = text.lowercased()
        if let r = ParticipationRole(rawValue: t) ?? ParticipationRole.aliases[t] ?? Self.byFoldedKey[foldedKey(text)] {
            self = r
        } else {
            return nil
        }
    }

    /// `unknown role 'kordinator'; did you mean koordinator? (expected one of coordinator, …)`.
    /// - Complexity: O(names · length²).
    public static func unknownMessage(_ text: String) -> String {
        let words = Vocabulary(field: "role", names: allCases.map(\.rawValue) + aliases.keys.sorted())
        return "unknown role '\(text)'" + words.didYouMean(text)
            + " (expected one of \(allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}
