/// The header names each dataset file accepts besides its canonical columns, in English and
/// Norwegian. Headers are compared under ``foldedKey(_:)``: case, accents, spaces and
/// punctuation do not matter (`Org.nr`, `ORGNR`, `org nr` are one name).
///
/// | file | column | also read from |
/// |---|---|---|
/// | members | id | medlemsnummer, medlemsnr, medlem-id |
/// | members | name | navn, organisasjon, organisasjonsnavn, virksomhet, organisation, organization |
/// | members | kind | type, kategori, medlemstype, organisasjonstype |
/// | members | clusters | klynge, klynger, cluster |
/// | members | county | fylke |
/// | members | municipality | kommune |
/// | members | topics | tema, temaer, emne, emner, fagområde, fagområder, topic |
/// | members | size | ansatte, antall ansatte, innbyggere, antall innbyggere, størrelse, employees |
/// | members | founded | stiftet, etablert, stiftelsesår, etableringsår |
/// | members | orgnr | org.nr, organisasjonsnummer, organisation number, organization number |
/// | members | country | land |
/// | projects | id | prosjekt, prosjektnummer, prosjektnr, prosjekt-id, project |
/// | projects | title | tittel, prosjektnavn, prosjekttittel, navn |
/// | projects | start | startdato, oppstart, startår, start date |
/// | projects | end | slutt, sluttdato, sluttår, end date |
/// | projects | topics | tema, temaer, emne, emner, fagområde, fagområder, topic |
/// | projects | programme | program, ordning, virkemiddel |
/// | projects | public_share | offentlig andel, andel offentlig, public share |
/// | participations | project | prosjekt, prosjekt-id |
/// | participations | member | medlem, deltaker, medlem-id |
/// | participations | role | rolle |
/// | relations | source | fra, kilde, from |
/// | relations | target | til, mål, to |
/// | relations | type | relasjon, relasjonstype |
/// | relations | weight | vekt, styrke |
/// | relations | since | siden, fra år |
///
/// ```swift
/// ColumnAliases.members.canonical("Org.nr")   // "orgnr"
/// ColumnAliases.members.canonical("Kommune")  // "municipality"
/// ColumnAliases.members.canonical("website")  // nil: kept as an attribute
/// ```
package struct ColumnAliases: Sendable {
    /// Canonical column → the other names it is read from.
    package let table: [(column: String, aliases: [String])]
    private let byKey: [String: String]

    init(_ table: [(String, [String])]) {
        self.table = table.map { (column: $0.0, aliases: $0.1) }
        var byKey: [String: String] = [:]
        for (column, aliases) in table {
            for name in [column] + aliases { byKey[foldedKey(name)] = column }
        }
        self.byKey = byKey
    }

    /// The canonical column `header` names, or nil for a column of the register's own.
    /// - Complexity: O(length of `header`).
    package func canonical(_ header: String) -> String? { byKey[foldedKey(header)] }

    static let topics = ["tema", "temaer", "emne", "emner", "fagområde", "fagområder", "topic"]

    package static let members = ColumnAliases([
        ("id", ["medlemsnummer", "medlemsnr", "medlem-id"]),
        ("name", ["navn", "organisasjon", "organisasjonsnavn", "virksomhet", "organisation", "organization"]),
        ("kind", ["type", "kategori", "medlemstype", "organisasjonstype"]),
        ("clusters", ["klynge", "klynger", "cluster"]),
        ("county", ["fylke"]),
        ("municipality", ["kommune"]),
        ("topics", topics),
        ("size", ["ansatte", "antall ansatte", "innbyggere", "antall innbyggere", "størrelse", "employees"]),
        ("founded", ["stiftet", "etablert", "stiftelsesår", "etableringsår"]),
        ("orgnr", ["org.nr", "organisasjonsnummer", "organisation number", "organization number"]),
        ("country", ["land"]),
    ])
    package static let projects = ColumnAliases([
        ("id", ["prosjekt", "prosjektnummer", "prosjektnr", "prosjekt-id", "project"]),
        ("title", ["tittel", "prosjektnavn", "prosjekttittel", "navn"]),
        ("start", ["startdato", "oppstart", "startår", "start date"]),
        ("end", ["slutt", "sluttdato", "sluttår", "end date"]),
        ("topics", topics),
        ("programme", ["program", "ordning", "virkemiddel"]),
        ("public_share", ["offentlig andel", "andel offentlig", "public share"]),
    ])
    package static let participations = ColumnAliases([
        ("project", ["prosjekt", "prosjekt-id"]),
        ("member", ["medlem", "deltaker", "medlem-id"]),
        ("role", ["rolle"]),
    ])
    package static let relations = ColumnAliases([
        ("source", ["fra", "kilde", "from"]),
        ("target", ["til", "mål", "to"]),
        ("type", ["relasjon", "relasjonstype"]),
        ("weight", ["vekt", "styrke"]),
        ("since", ["siden", "fra år"]),
    ])
}

extension CSVTable {
    /// This table with its header read through `aliases`: each header naming a canonical
    /// column (in any case, English or Norwegian) renamed to it; the register's own columns
    /// kept as written. Two headers meaning the same column are an error (the first is kept).
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let t = CSVTable(file: "members.csv", header: ["Navn", "Type"], rows: [], problems: &problems)
    /// t.canonicalised(ColumnAliases.members, problems: &problems).header  // ["name", "kind"]
    /// ```
    ///
    /// - Complexity: O(header length).
    package func canonicalised(_ aliases: ColumnAliases, problems: inout [DatasetProblem]) -> CSVTable {
        var renamed = header
        var firstOf: [String: String] = [:]
        for (i, name) in header.enumerated() where !name.isEmpty {
            guard let column = aliases.canonical(name) else { continue }
            if let first = firstOf[column] {
                // The same header twice is already reported by the table itself.
                if first != name {
                    problems.append(
                        DatasetProblem(
                            file: file,
                            line: 1,
                            column: name,
                            message: "'\(first)' and '\(name)' both mean the column \(column); keep one"
                        )
                    )
                }
            } else {
                firstOf[column] = name
                renamed[i] = column
            }
        }
        guard renamed != header else { return self }
        var ignored: [DatasetProblem] = []  // the renamed header's own checks repeat the above
        var table = CSVTable(file: file, header: renamed, store: store, problems: &ignored)
        table.notes = notes
        table.mayTrim = mayTrim
        return table
    }
}
