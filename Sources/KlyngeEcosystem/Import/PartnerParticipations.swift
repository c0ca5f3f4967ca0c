/// The participations a projects register names in its own columns: a partners column (names,
/// ids or organisation numbers separated by `;`, `,` or line breaks within the cell) and a
/// coordinator column. Each becomes a row `project,member,role`; the member is the id the text
/// names (an id, an organisation number, or a name that is unique in the members register), else
/// the text as written, which validation then reports.
struct PartnerParticipations {
    /// One made row, and where in the projects register it came from.
    struct Origin {
        let line: Int
        let column: String
        let text: String
    }
    /// Rows `project, member, role`; row `i` has line `i + 1` (its place in ``origins``).
    var rows: [(line: Int, fields: [String])] = []
    var origins: [Origin] = []
    /// The headers of the partners and coordinator columns found (removed from the projects).
    var columns: [String] = []

    /// No rows (a projects register without partners, or none given).
    init() {}

    /// Takes the partners and coordinator columns out of `projects` and makes their rows;
    /// `members` (with ids) resolves the texts.
    ///
    /// ```swift
    /// // Prosjekt;Partnere with "P1";"Bergen kommune\nAlver kommune" → P1,964338531,partner and P1,920290922,partner
    /// let made = PartnerParticipations(projects: &projects, members: members)
    /// ```
    ///
    /// - Complexity: O(cells of the two columns + member rows) expected.
    init(projects: inout RegisterSource, members: RegisterSource) {
        let partners = projects.column(ImportColumns.partners)
        let coordinator = projects.column(ImportColumns.coordinator)
        guard partners != nil || coordinator != nil else { return }
        let idColumn = projects.column("id", .projects)
        let resolve = Self.resolver(members)
        for (line, fields) in projects.rows {
            let project = RegisterSource.cell(fields, idColumn)
            var taken: Set<String> = []
            for (column, role) in [(coordinator, "coordinator"), (partners, "partner")] {
                guard let column else { continue }
                let cell = RegisterSource.cell(fields, column)
                let separators: Set<Character> = role == "partner" ? [";", ",", "\n", "\r"] : [";", "\n", "\r"]
                for part in cell.split(whereSeparator: { separators.contains($0) }) {
                    let text = part.trimmingCharacters(in: .whitespaces)
                    if text.isEmpty { continue }
                    let member = resolve(text) ?? text
                    if role == "partner" && taken.contains(member) { continue }  // the coordinator, listed again
                    taken.insert(member)
                    rows.append((rows.count + 1, [project, member, role]))
                    origins.append(Origin(line: line, column: projects.header[column], text: text))
                }
            }
        }
        for c in [partners, coordinator].compactMap({ $0 }).sorted(by: >) {
            columns.insert(projects.header[c], at: 0)
            projects.header.remove(at: c)
            for r in projects.rows.indices where c < projects.rows[r].fields.count {
                projects.rows[r].fields.remove(at: c)
            }
        }
    }

    /// Text → member id: an id, a 9-digit organisation number (spaces ignored) or a name that
    /// only one member has (exactly as written, case ignored).
    private static func resolver(_ members: RegisterSource) -> (String) -> String? {
        let idColumn = members.column("id", .members)
        let nameColumn = members.column("name", .members)
        let orgnrColumn = members.column("orgnr", .members)
        var ids: Set<String> = []
        var byOrgnr: [String: String] = [:]
        var byName: [String: String?] = [:]
        for (_, fields) in members.rows {
            let id = RegisterSource.cell(fields, idColumn)
            guard !id.isEmpty else { continue }
            ids.insert(id)
            let digits = RegisterSource.cell(fields, orgnrColumn).filter { $0.isASCII && $0.isNumber }
            if digits.count == 9 && byOrgnr[digits] == nil { byOrgnr[digits] = id }
            let name = RegisterSource.cell(fields, nameColumn).lowercased()
            if !name.isEmpty { byName[name] = byName[name] == nil ? .some(id) : .some(nil) }
        }
        return { text in
            if ids.contains(text) { return text }
            let digits = text.filter { $0 != " " && $0 != "\u{A0}" }
            if digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = byOrgnr[digits] {
                return id
            }
            return byName[text.lowercased()] ?? nil
        }
    }

    /// A problem the loader found in the made rows, told where the register has it: the projects
    /// file, the project's row and the partners or coordinator column.
    func located(_ p: DatasetProblem, projectsFile: String) -> DatasetProblem {
        guard let line = p.line, origins.indices.contains(line - 1) else { return p }
        let origin = origins[line - 1]
        return DatasetProblem(file: projectsFile, line: origin.line, column: origin.column, message: p.message)
    }
}
