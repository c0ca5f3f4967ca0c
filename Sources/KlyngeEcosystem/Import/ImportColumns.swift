/// The header names the import itself looks for (before the loader reads the tables): which
/// columns make ids, name members, list a project's partners, or hold personal data.
enum ImportColumns {
    static let memberID = ["id", "medlemsnummer", "medlemsnr", "medlem-id"]
    static let name = [
        "name", "navn", "organisasjon", "organisasjonsnavn", "virksomhet", "organisation", "organization",
    ]
    static let kind = ["kind", "type", "kategori", "medlemstype", "organisasjonstype"]
    static let orgnr = ["orgnr", "org.nr", "organisasjonsnummer", "organisation number", "organization number"]
    static let projectID = ["id", "prosjekt", "prosjektnummer", "prosjektnr", "prosjekt-id", "project"]
    static let partners = ["partners", "partnere", "partner", "deltakere", "participants"]
    static let coordinator = ["coordinator", "koordinator", "prosjektansvarlig", "lead"]
    static let role = ["role", "rolle"]

    /// Headers whose columns hold people's names, e-mail addresses or phone numbers: left out of
    /// an imported dataset unless `--include-personal`.
    static let personal = [
        "kontaktperson", "kontaktpersoner", "kontakt", "kontakt navn", "navn kontaktperson", "daglig leder",
        "epost", "e-post", "e-postadresse", "epostadresse", "email", "e-mail", "mail", "telefon", "tlf", "tlf.",
        "telefonnummer", "mobil", "mobilnummer", "phone", "mobile", "contact", "contact person", "contact name",
        "contact email", "contact phone",
    ]

    /// The canonical columns a `--mapping` line may name on its right side.
    static let canonical: Set<String> = [
        "id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded", "orgnr", "title",
        "start", "end", "programme", "public_share", "project", "member", "role", "source", "target", "type", "weight",
        "since", "partners", "coordinator",
    ]
}
