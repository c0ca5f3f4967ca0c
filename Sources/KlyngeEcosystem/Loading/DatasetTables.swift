/// The files of a dataset, read as tables but not yet checked: what ``DatasetLoader`` validates.
/// A nil table is a file that could not be read (its problem already reported); `relations`
/// is nil when the dataset has none.
package struct DatasetTables {
    /// The dataset's name (its folder's last path component).
    package var name: String
    /// The README's text; nil when it is missing or could not be read.
    package var readme: String?
    package var members: CSVTable?
    package var projects: CSVTable?
    package var participations: CSVTable?
    package var relations: CSVTable?

    package init(
        name: String,
        readme: String?,
        members: CSVTable?,
        projects: CSVTable? = nil,
        participations: CSVTable? = nil,
        relations: CSVTable? = nil
    ) {
        self.name = name
        self.readme = readme
        self.members = members
        self.projects = projects
        self.participations = participations
        self.relations = relations
    }
}
