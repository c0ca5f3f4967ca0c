/// Words an advisor types for the topics of Klynge's datasets, in Norwegian and English: the
/// synonym table ``Ecosystem/topicVocabulary`` reads topics with.
///
/// Each group holds words that mean the same topic; its first word is the topic's name as the
/// bundled datasets write it (`Datasets/norwegian-health-supercluster`, `Datasets/norway-h2020`).
/// Groups are read both ways (``Vocabulary``), so a dataset that names its topics in Norwegian
/// (`velferdsteknologi`) is asked in English as well. Case, accents and `-`/`_`/space never
/// matter (``foldedKey(_:)``), so `digital hjemmeoppfølging` and `Digital hjemmeoppfolging` are
/// one entry. A word is in one group only, and no group names two topics of one dataset.
///
/// ```swift
/// let topics = Vocabulary(field: "topic", names: ["fall detection"], synonyms: TopicSynonyms.pairs)
/// topics.canonical("fallsensor")  // "fall detection"
/// topics.canonical("Fall-alarm")  // "fall detection"
/// ```
public enum TopicSynonyms {
    /// The groups of equal words, the dataset's name first.
    public static let groups: [[String]] = [
        // Norwegian health supercluster (SYNTHETIC dataset, real vocabulary).
        ["welfare technology", "velferdsteknologi", "welfare tech", "velferdsteknologiske løsninger"],
        [
            "remote patient follow-up", "digital hjemmeoppfølging", "hjemmeoppfølging",
            "medisinsk avstandsoppfølging", "avstandsoppfølging", "remote monitoring", "remote patient monitoring",
        ],
        ["digital home care", "digitale hjemmetjenester", "digital hjemmetjeneste", "home care", "hjemmetjenester"],
        [
            "health data platforms", "health data platform", "helsedataplattform", "helsedataplattformer",
            "helsedata", "health data",
        ],
        ["safety alarms", "safety alarm", "trygghetsalarm", "trygghetsalarmer", "personal alarm"],
        ["drug development", "legemiddelutvikling", "medisinutvikling", "drug discovery"],
        ["diagnostics", "diagnostikk", "diagnostic"],
        ["precision medicine", "presisjonsmedisin", "persontilpasset medisin", "personalised medicine"],
        ["dementia care", "demensomsorg", "demens", "dementia"],
        ["mental health apps", "psykisk helse", "mental health", "mental health app", "psykisk helse-apper"],
        ["fall detection", "fallsensor", "fallsensorer", "fallalarm", "falldeteksjon"],
        [
            "medication robots", "medication robot", "medisinrobot", "medisinroboter", "legemiddelrobot",
            "legemiddelroboter", "medisindispenser",
        ],
        [
            "medtech devices", "medtech", "medisinsk utstyr", "medisinsk teknologi", "medisinteknologi",
            "medical devices", "medical technology",
        ],
        ["smart housing", "smarthus", "smarte hjem", "smart hjem", "smart home", "smartbolig"],
        ["clinical trials", "clinical trial", "kliniske studier", "klinisk studie", "kliniske utprøvinger"],
        ["interoperability", "interoperabilitet"],
        ["rehabilitation", "rehabilitering", "rehab"],
        ["genomics", "genomikk"],
        ["telemedicine", "telemedisin", "telehealth", "telehelse", "videokonsultasjon", "video consultation"],
        [
            "cell and gene therapy", "celle- og genterapi", "genterapi", "celleterapi", "gene therapy",
            "cell therapy",
        ],
        ["AI imaging", "KI-bildediagnostikk", "AI-bildediagnostikk", "bildediagnostikk", "medical imaging"],
        [
            "wearables and sensors", "wearables", "sensors", "sensorer", "bærbare sensorer", "kroppsnære sensorer",
        ],
        ["patient self-management", "egenmestring", "self-management", "pasientens egenmestring"],
        [
            "chronic disease management", "kroniske sykdommer", "kronisk sykdom", "kronisk syke", "chronic disease",
            "chronic care",
        ],
        ["cancer immunotherapy", "immunterapi", "kreftimmunterapi", "immunotherapy"],
        ["clinical decision support", "klinisk beslutningsstøtte", "beslutningsstøtte", "decision support"],
        ["biobanking", "biobank", "biobanker", "biobanks"],
        ["digital pathology", "digital patologi"],
        ["cancer screening", "kreftscreening", "screening"],
        ["radiotherapy", "strålebehandling", "stråleterapi", "radiation therapy"],
        // Norway in Horizon 2020 (CORDIS programme areas).
        ["health", "helse"],
        ["energy", "energi"],
        ["transport", "samferdsel"],
        ["climate-environment", "klima og miljø", "klima", "miljø", "climate", "environment"],
        ["food-bioeconomy", "mat og bioøkonomi", "bioøkonomi", "food", "bioeconomy"],
        ["industrial-technologies", "industriteknologi", "industri"],
        ["sme-innovation", "smb-innovasjon", "smb", "små og mellomstore bedrifter", "sme", "smes"],
        ["security", "sikkerhet", "samfunnssikkerhet"],
        ["nuclear", "kjernekraft", "kjerneenergi", "nuclear energy"],
        ["researcher-mobility", "forskermobilitet", "marie curie", "msca"],
        ["frontier-research", "grunnforskning", "erc"],
        ["inclusive-societies", "inkluderende samfunn"],
        ["science-society", "forskning og samfunn", "science with and for society"],
        [
            "research-infrastructures", "forskningsinfrastruktur", "forskningsinfrastrukturer",
            "research infrastructure",
        ],
        ["future-emerging-tech", "framvoksende teknologi", "future and emerging technologies", "fet"],
        ["widening-participation", "spreading excellence", "widening"],
    ]

    /// Every word of ``groups`` but the first, paired with its group's first word: the form
    /// ``Vocabulary/init(field:names:synonyms:)`` takes.
    public static let pairs: [String: String] = {
        var out: [String: String] = [:]
        for group in groups { for word in group.dropFirst() { out[word] = group[0] } }
        return out
    }()

    /// The other words of the group `topic` is in (none when it is in no group).
    ///
    /// ```swift
    /// TopicSynonyms.alternatives(for: "Fall detection")  // ["fallsensor", "fallsensorer", …]
    /// ```
    /// - Complexity: O(total words of the table).
    public static func alternatives(for topic: String) -> [String] {
        let key = foldedKey(topic)
        guard let group = groups.first(where: { $0.contains { foldedKey($0) == key } }) else { return [] }
        return group.filter { foldedKey($0) != key }
    }
}
