/// Columns that hold personal data: people's names, e-mail addresses, phone numbers. They are
/// left out of a loaded dataset's attributes, so out of every export, map and report, unless
/// the loader is told to keep them (``DatasetLoader/includePersonal``, `--include-personal`).
///
/// A header is personal when, under ``foldedKey(_:)``, it is one of ``names`` or contains one
/// of ``stems``:
///
/// - names: kontaktperson, kontakt, navn kontaktperson, kontaktinformasjon, daglig leder,
///   prosjektleder, fornavn, etternavn, personnavn, e-post, epost, email, e-mail, mail,
///   telefon, telefonnummer, tlf, mobil, mobilnummer, phone, phone number, mobile, contact,
///   contact person, contact name, first name, last name, person;
/// - stems: kontaktperson, epost, email, telefon, mobilnummer, phone.
///
/// ```swift
/// PersonalColumns.isPersonal("Kontaktperson")  // true
/// PersonalColumns.isPersonal("E-post")         // true
/// PersonalColumns.isPersonal("website")        // false
/// ```
package enum PersonalColumns {
    package static let names: [String] = [
        "kontaktperson", "kontakt", "navn kontaktperson", "kontaktinformasjon", "daglig leder", "prosjektleder",
        "fornavn", "etternavn", "personnavn", "e-post", "epost", "email", "e-mail", "mail", "telefon",
        "telefonnummer", "tlf", "mobil", "mobilnummer", "phone", "phone number", "mobile", "contact",
        "contact person", "contact name", "first name", "last name", "person",
    ]
    package static let stems: [String] = ["kontaktperson", "epost", "email", "telefon", "mobilnummer", "phone"]
    private static let keys = Set(names.map(foldedKey))

    /// `true` when the column `header` holds personal data.
    /// - Complexity: O(length of `header` · stems).
    package static func isPersonal(_ header: String) -> Bool {
        let key = foldedKey(header)
        return keys.contains(key) || stems.contains { key.contains($0) }
    }

    /// The personal columns of `table`, in header order.
    static func columns(of table: CSVTable) -> [String] {
        table.header.filter { !$0.isEmpty && isPersonal($0) }
    }

    /// `known` and, unless `included`, the personal columns of `table`: the columns not kept as attributes.
    static func excluded(from table: CSVTable, known: Set<String>, included: Bool) -> Set<String> {
        included ? known : known.union(columns(of: table))
    }

    /// One note per personal column of `table`, saying what is done with it.
    static func notes(for table: CSVTable, included: Bool) -> [DatasetProblem] {
        columns(of: table).map { column in
            DatasetProblem(
                file: table.file,
                line: 1,
                message: included
                    ? "personal data: column '\(column)' is kept in exports, maps and reports (--include-personal)"
                    : "personal data: column '\(column)' is left out of exports, maps and reports (use --include-personal to keep it)",
                severity: .note
            )
        }
    }
}
