/// The columns the import looks for before the loader reads the tables. Ids, names, kinds,
/// organisation numbers and roles are found through the loader's own header aliases
/// (``ColumnAliases``), personal data through ``PersonalColumns``; partners and coordinator are
/// columns only a projects register given to `klynge import` has.
enum ImportColumns {
    static let partners = ["partners", "partnere", "partner", "deltakere", "participants"]
    static let coordinator = ["coordinator", "koordinator", "prosjektansvarlig", "lead"]

    /// The canonical columns a `--mapping` line may name on its right side.
    static let canonical: Set<String> = [
        "id", "name", "kind", "clusters", "county", "municipality", "topics", "size", "founded", "orgnr", "title",
        "start", "end", "programme", "public_share", "project", "member", "role", "source", "target", "type", "weight",
        "since", "partners", "coordinator",
    ]
}
