import KlyngeEcosystem

/// Every string a map writes for people (titles, subtitles, legends, tooltips of ties), one
/// table per ``Language``: ``english`` and ``bokmal``, keyed by ``Key``. Templates hold
/// numbered holes `{0}`, `{1}` … that ``callAsFunction(_:_:)`` fills; numbers are grouped
/// as each language writes them (9,361 / 9 361).
///
/// ```swift
/// let text = MapText(.bokmal)
/// text(.membersMany, text.count(9_361))   // "9 361 medlemmer"
/// ```
public struct MapText: Sendable {
    /// The language written.
    public let language: Language
    private let table: [Key: String]

    public init(_ language: Language) {
        self.language = language
        table = Self.table(language)
    }

    /// The template table of `language`.
    public static func table(_ language: Language) -> [Key: String] {
        switch language {
        case .english: english
        case .bokmal: bokmal
        }
    }

    /// `key`'s template with `{0}`, `{1}` … replaced by `args` in order.
    /// - Complexity: O(length of the template + arguments).
    public func callAsFunction(_ key: Key, _ args: String...) -> String {
        var out = table[key] ?? Self.english[key] ?? key.rawValue
        for (i, a) in args.enumerated() { out = out.replacingOccurrences(of: "{\(i)}", with: a) }
        return out
    }

    /// `n` with its digits grouped by thousands: "9,361" in English, "9 361" (a no-break
    /// space) in bokmål.
    public func count(_ n: Int) -> String {
        let grouped = NumberText.grouped(n)
        return language == .bokmal ? grouped.replacingOccurrences(of: ",", with: "\u{00A0}") : grouped
    }

    /// `one` with `n` when `n` is 1, else `many`: "1 member", "3 members".
    func plural(_ n: Int, _ one: Key, _ many: Key) -> String {
        self(n == 1 ? one : many, count(n))
    }

    /// The name of a grouping in the singular ("cluster", "klynge") or plural.
    func grouping(_ g: MemberGrouping, plural: Bool = false) -> String {
        switch g {
        case .cluster: self(plural ? .clusters : .cluster)
        case .kind: self(plural ? .kinds : .kind)
        case .county: self(plural ? .counties : .county)
        case .community: self(plural ? .communities : .community)
        }
    }

    /// A member kind's name as legends write it.
    func kind(_ k: MemberKind) -> String {
        switch k {
        case .company: self(.kindCompany)
        case .municipality: self(.kindMunicipality)
        case .countyAuthority: self(.kindCountyAuthority)
        case .hospital: self(.kindHospital)
        case .university: self(.kindUniversity)
        case .researchInstitute: self(.kindResearchInstitute)
        case .userOrganisation: self(.kindUserOrganisation)
        case .investor: self(.kindInvestor)
        case .publicAgency: self(.kindPublicAgency)
        case .clusterOrganisation: self(.kindClusterOrganisation)
        case .other: self(.kindOther)
        }
    }

    /// The name of a size measure.
    func measure(_ m: MapOptions.SizeBy) -> String {
        switch m {
        case .degree: self(.degree)
        case .betweenness: self(.betweenness)
        case .pagerank: self(.pagerank)
        }
    }

    /// The strings a map writes; the comment of each is its English template.
    public enum Key: String, CaseIterable, Sendable {
        case cluster, clusters, kind, kinds, county, counties, community, communities
        case kindCompany, kindMunicipality, kindCountyAuthority, kindHospital, kindUniversity
        case kindResearchInstitute, kindUserOrganisation, kindInvestor, kindPublicAgency
        case kindClusterOrganisation, kindOther, noGroup, project, sectorPublic, sectorPrivate, clustersTooltip
        case degree, betweenness, pagerank, brokerageTotal
        case memberOne, membersMany, membersShownOf, topMembers, topMembersShownOf
        case inGroups, inSeveral, ties, tiesAtLeast, tiesStrengthAtLeast, strongestOf
        case projectsActive, projectsYear, projectsSpan, noProjects, projectDatesUnknown
        case sizeLine, widthShared, widthSharedAndRelations
        case namesAll, namesNone, namesAllTop, namesTop
        case titleEcosystem, noteSeveralClusters, noteCaptions, captionTooltip
        case sharedProjectOne, sharedProjectsMany, strength
        case titleBrokers, brokersLine, brokersSizeLine, brokersNote, brokerTooltip, crosses
        case titleEgo, directPartnerOne, directPartnersMany, stepOne, stepsMany, egoLine
        case egoSizeLine, egoSizeLineKeys, egoNote, moreTitles, keysHeading
        case titleProjects, titleProjectsOn, projectOne, projectsMany, largestOf, projectsLine
        case topicNamed, allTopics, projectsSizeLine, projectsNote
        case titleMatch, suggestionOne, suggestionsMany, matchLine, matchNote, synthetic
    }

    /// English, the default.
    public static let english: [Key: String] = [
        .cluster: "cluster", .clusters: "clusters", .kind: "kind", .kinds: "kinds",
        .county: "county", .counties: "counties", .community: "community", .communities: "communities",
        .kindCompany: "company", .kindMunicipality: "municipality", .kindCountyAuthority: "county-authority",
        .kindHospital: "hospital", .kindUniversity: "university", .kindResearchInstitute: "research-institute",
        .kindUserOrganisation: "user-organisation", .kindInvestor: "investor", .kindPublicAgency: "public-agency",
        .kindClusterOrganisation: "cluster-organisation", .kindOther: "other", .noGroup: "none", .project: "project",
        .sectorPublic: "public", .sectorPrivate: "private", .clustersTooltip: "clusters: {0}",
        .degree: "degree", .betweenness: "betweenness", .pagerank: "PageRank", .brokerageTotal: "brokerage",
        .memberOne: "{0} member", .membersMany: "{0} members",
        .membersShownOf: "{0} of {1} members ({2} without a drawn tie left out)",
        .topMembers: "the {0} members highest on {1} of {2}",
        .topMembersShownOf: "{0} of the {1} members highest on {2} of {3} ({4} without a drawn tie left out)",
        .inGroups: "in {0} {1}", .inSeveral: "({0} in several)",
        .ties: "{0} collaboration ties", .tiesAtLeast: "{0} ties of {1}+ shared projects",
        .tiesStrengthAtLeast: "{0} ties of strength {1}+",
        .strongestOf: "{0}: each member's {2} strongest of {1}",
        .projectsActive: "projects active {0}–{1}", .projectsYear: "projects {0}", .projectsSpan: "projects {0}–{1}",
        .noProjects: "no projects", .projectDatesUnknown: "project dates unknown",
        .sizeLine: "size: {0} · line width: {1} · names: {2}",
        .widthShared: "shared projects", .widthSharedAndRelations: "shared projects and relation weight",
        .namesAll: "all", .namesNone: "none ({0} members unnamed)", .namesAllTop: "all (top {0} by {1})",
        .namesTop: "the top {0} by {1}; the other {2} are not named",
        .titleEcosystem: "{0}: the ecosystem by {1}",
        .noteSeveralClusters:
            "Members of several clusters: a pie (round shapes) or stripes (boxes) of their clusters' colours; other shapes: a thick border in the second cluster's colour.",
        .noteCaptions:
            "Cluster names sit among their members; ties within a cluster take its colour, ties across clusters are grey.",
        .captionTooltip: "{0}: {1} on this map",
        .sharedProjectOne: "{0} shared project", .sharedProjectsMany: "{0} shared projects", .strength: "strength {0}",
        .titleBrokers: "{0}: brokers between {1}",
        .brokersLine: "{0} · {1}; {2} of them across {3} · {4}",
        .brokersSizeLine:
            "size: {0} · red ring and rank: the top {1} brokers by brokerage (pairs of their partners with no tie between them; equal counts by member id), as in the report and the brokers table",
        .brokersNote:
            "Dark wide lines: ties between members of different {0}; faint lines: ties inside one {1}. A member of several clusters counts as inside each.",
        .brokerTooltip: "broker #{0}", .crosses: "crosses {0}",
        .titleEgo: "{0}: collaboration neighbourhood",
        .directPartnerOne: "{0} direct partner", .directPartnersMany: "{0} direct partners",
        .stepOne: "{0} step", .stepsMany: "{0} steps",
        .egoLine: "{0} ({1}, {2}): {3}, {4} within {5} · {6}",
        .egoSizeLine:
            "size: {0} in the whole ecosystem · labels on ties: the focus's shared projects (two titles, then how many more), the number of shared projects on the others",
        .egoSizeLineKeys:
            "size: {0} in the whole ecosystem · numbers under a partner's name: the projects it shares with {1}, listed below",
        .egoNote: "Red border: the member in focus. Line width: shared projects.",
        .moreTitles: "+{0} more", .keysHeading: "Projects of {0}",
        .titleProjects: "{0}: projects", .titleProjectsOn: "{0}: projects on {1}",
        .projectOne: "{0} project", .projectsMany: "{0} projects", .largestOf: "(the largest of {0})",
        .projectsLine: "{0} {1} and {2} · {3}", .topicNamed: "topic '{0}'", .allTopics: "all topics",
        .projectsSizeLine: "member size: {0} · names: the members in most of these projects",
        .projectsNote: "Bold line: coordinator · dashed: pilot site · thin: other roles.",
        .titleMatch: "Partners for {0}", .suggestionOne: "{0} suggested partner",
        .synthetic: "SYNTHETIC dataset: memberships, projects and company names are invented",
        .suggestionsMany: "{0} suggested partners", .matchLine: "{0} for {1} · {2} ties on the evidence paths · {3}",
        .matchNote:
            "Red ring: the seeker · dashed red: a suggestion with its rank · solid: collaboration ties on the paths that justify a suggestion, labelled by a shared project.",
    ]

    /// Norwegian bokmål.
    public static let bokmal: [Key: String] = [
        .cluster: "klynge", .clusters: "klynger", .kind: "type", .kinds: "typer",
        .county: "fylke", .counties: "fylker", .community: "fellesskap", .communities: "fellesskap",
        .kindCompany: "bedrift", .kindMunicipality: "kommune", .kindCountyAuthority: "fylkeskommune",
        .kindHospital: "sykehus", .kindUniversity: "universitet", .kindResearchInstitute: "forskningsinstitutt",
        .kindUserOrganisation: "brukerorganisasjon", .kindInvestor: "investor", .kindPublicAgency: "offentlig etat",
        .kindClusterOrganisation: "klyngeorganisasjon", .kindOther: "annet", .noGroup: "ingen", .project: "prosjekt",
        .sectorPublic: "offentlig", .sectorPrivate: "privat", .clustersTooltip: "klynger: {0}",
        .degree: "grad", .betweenness: "betweenness-sentralitet", .pagerank: "PageRank",
        .brokerageTotal: "megling",
        .memberOne: "{0} medlem", .membersMany: "{0} medlemmer",
        .membersShownOf: "{0} av {1} medlemmer ({2} uten et tegnet samarbeidsbånd er utelatt)",
        .topMembers: "de {0} medlemmene høyest på {1} av {2}",
        .topMembersShownOf:
            "{0} av de {1} medlemmene høyest på {2} av {3} ({4} uten et tegnet samarbeidsbånd er utelatt)",
        .inGroups: "i {0} {1}", .inSeveral: "({0} i flere)",
        .ties: "{0} samarbeidsbånd", .tiesAtLeast: "{0} samarbeidsbånd med {1}+ delte prosjekter",
        .tiesStrengthAtLeast: "{0} samarbeidsbånd med styrke {1}+",
        .strongestOf: "{0}: hvert medlems {2} sterkeste av {1}",
        .projectsActive: "prosjekter aktive {0}–{1}", .projectsYear: "prosjekter {0}",
        .projectsSpan: "prosjekter {0}–{1}", .noProjects: "ingen prosjekter",
        .projectDatesUnknown: "prosjektdatoer ukjent",
        .sizeLine: "størrelse: {0} · linjebredde: {1} · navn: {2}",
        .widthShared: "delte prosjekter", .widthSharedAndRelations: "delte prosjekter og relasjonsvekt",
        .namesAll: "alle", .namesNone: "ingen ({0} medlemmer uten navn)",
        .namesAllTop: "alle (de {0} høyeste etter {1})",
        .namesTop: "de {0} høyeste etter {1}; de andre {2} er ikke navngitt",
        .titleEcosystem: "{0}: økosystemet etter {1}",
        .noteSeveralClusters:
            "Medlemmer av flere klynger: en kake (runde former) eller striper (bokser) i klyngenes farger; andre former: en tykk kant i den andre klyngens farge.",
        .noteCaptions:
            "Klyngenavnene står blant medlemmene; samarbeidsbånd innenfor en klynge har klyngens farge, bånd på tvers av klynger er grå.",
        .captionTooltip: "{0}: {1} på dette kartet",
        .sharedProjectOne: "{0} delt prosjekt", .sharedProjectsMany: "{0} delte prosjekter",
        .strength: "styrke {0}",
        .titleBrokers: "{0}: meglere mellom {1}",
        .brokersLine: "{0} · {1}; {2} av dem på tvers av {3} · {4}",
        .brokersSizeLine:
            "størrelse: {0} · rød ring og plassering: de {1} fremste meglerne etter megling (par av partnerne deres uten samarbeidsbånd seg imellom; likt antall etter medlems-id), som i rapporten og meglertabellen",
        .brokersNote:
            "Mørke, brede linjer: samarbeidsbånd mellom medlemmer av ulike {0}; svake linjer: bånd innenfor én {1}. Et medlem av flere klynger regnes som innenfor hver av dem.",
        .brokerTooltip: "megler nr. {0}", .crosses: "på tvers av {0}",
        .titleEgo: "{0}: samarbeidsnettverket rundt",
        .directPartnerOne: "{0} direkte partner", .directPartnersMany: "{0} direkte partnere",
        .stepOne: "{0} steg", .stepsMany: "{0} steg",
        .egoLine: "{0} ({1}, {2}): {3}, {4} innenfor {5} · {6}",
        .egoSizeLine:
            "størrelse: {0} i hele økosystemet · tekst på båndene: fokusmedlemmets delte prosjekter (to titler, så hvor mange flere), antall delte prosjekter på de andre",
        .egoSizeLineKeys:
            "størrelse: {0} i hele økosystemet · tall under en partners navn: prosjektene den deler med {1}, listet nedenfor",
        .egoNote: "Rød kant: medlemmet i fokus. Linjebredde: delte prosjekter.",
        .moreTitles: "+{0} til", .keysHeading: "Prosjekter med {0}",
        .titleProjects: "{0}: prosjekter", .titleProjectsOn: "{0}: prosjekter om {1}",
        .projectOne: "{0} prosjekt", .projectsMany: "{0} prosjekter", .largestOf: "(de største av {0})",
        .projectsLine: "{0} {1} og {2} · {3}", .topicNamed: "tema «{0}»", .allTopics: "alle temaer",
        .projectsSizeLine: "medlemsstørrelse: {0} · navn: medlemmene i flest av disse prosjektene",
        .projectsNote: "Tykk linje: koordinator · stiplet: pilotsted · tynn: andre roller.",
        .titleMatch: "Partnere for {0}", .suggestionOne: "{0} foreslått partner",
        .synthetic: "SYNTETISK datasett: medlemskap, prosjekter og bedriftsnavn er oppdiktet",
        .suggestionsMany: "{0} foreslåtte partnere",
        .matchLine: "{0} for {1} · {2} samarbeidsbånd på begrunnelsesstiene · {3}",
        .matchNote:
            "Rød ring: den som søker · stiplet rødt: et forslag med plassering · heltrukket: samarbeidsbånd på stiene som begrunner et forslag, merket med et delt prosjekt.",
    ]
}
