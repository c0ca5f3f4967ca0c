/// Reading `members.csv`: kinds, sizes, years and organisation numbers as registers write
/// them, places checked against Norway's official lists.
extension DatasetLoader {
    /// The members read, their ids' rows (every id the file defines, rows with problems
    /// included), the line of each member read, and each id's member (``byID``).
    struct MemberRead {
        var members: [Member]
        var lines: ByteKeyIndex
        var rowLines: [Int]
        /// Member id → index (the first member of an id): the ids' rows made members' indices.
        var byID: ByteKeyIndex
    }

    func readMembers(_ t: CSVTable, _ problems: inout [DatasetProblem]) -> MemberRead {
        var seen = ByteKeyIndex(capacity: t.rowCount)
        var notices: [DatasetProblem] = []
        var countiesTaken = 0
        let places = PlaceCheck.norway
        let excluded = PersonalColumns.excluded(from: t, known: Self.memberColumns, included: includePersonal)
        let attributes = t.attributeTable(columns: t.attributeColumns(known: excluded))
        let (idColumn, nameColumn, kindColumn) = (t.index(of: "id"), t.index(of: "name"), t.index(of: "kind"))
        let (sizeColumn, foundedColumn, orgnrColumn) = (
            t.index(of: "size"), t.index(of: "founded"), t.index(of: "orgnr")
        )
        let (countyColumn, municipalityColumn) = (t.index(of: "county"), t.index(of: "municipality"))
        let countryColumn = t.index(of: "country")
        let (clustersColumn, topicsColumn) = (t.index(of: "clusters"), t.index(of: "topics"))
        var keptRows: [Int] = []
        let members: [Member] = eachRow(t, &problems, keptRows: &keptRows) { index, line, problem in
            let id = uniqueID(t.value(at: idColumn, row: index), row: index, of: t, seen: &seen, problem)
            let name = t.value(at: nameColumn, row: index) ?? ""
            if name.isEmpty { problem("name", "empty name") }
            let kindText = t.value(at: kindColumn, row: index) ?? ""
            let kind = MemberKind(reading: kindText)
            if kind == nil {
                problem("kind", kindText.isEmpty ? "empty kind" : MemberKind.unknownMessage(kindText))
            }
            let sizeText = t.value(at: sizeColumn, row: index)
            var size: Int?
            if let sizeText {
                size = NumberReading.wholeNumber(sizeText)
                if size == nil || size! < 0 { problem("size", "size '\(sizeText)' is not a whole number ≥ 0") }
            }
            let foundedText = t.value(at: foundedColumn, row: index)
            let founded = foundedText.flatMap(year)
            if let foundedText, founded == nil { problem("founded", "bad year '\(foundedText)' (expected YYYY)") }
            var orgnr: String?
            if let text = t.value(at: orgnrColumn, row: index) {
                switch OrganisationNumber(text) {
                case .valid(let digits):
                    orgnr = digits
                case .wrongCheckDigit(let digits, let expected):
                    orgnr = digits
                    notices.append(
                        DatasetProblem(
                            file: t.file,
                            line: line,
                            column: "orgnr",
                            message: "organisation number '\(text)' has a wrong check digit ("
                                + (expected.map { "the mod-11 rule gives \($0)" }
                                    ?? "no check digit fits its first eight digits") + ")",
                            severity: .warning
                        )
                    )
                case .invalid:
                    problem("orgnr", "organisation number '\(text)' must be 9 digits")
                }
            }
            var county = t.value(at: countyColumn, row: index)
            var municipality = t.value(at: municipalityColumn, row: index)
            if county != nil || municipality != nil,
                PlaceCheck.isNorway(country: t.value(at: countryColumn, row: index))
            {
                let placed = places.check(county: county, municipality: municipality)
                for (column, message) in placed.errors { problem(column, message) }
                if let note = placed.note {
                    notices.append(
                        DatasetProblem(file: t.file, line: line, column: "county", message: note, severity: .note)
                    )
                }
                if placed.countyFromMunicipality { countiesTaken += 1 }
                county = placed.county
                municipality = placed.municipality
            }
            guard let kind else { return nil }
            var member = Member(
                id: id,
                name: name,
                kind: kind,
                clusters: list(t.value(at: clustersColumn, row: index)),
                county: county,
                municipality: municipality,
                topics: list(t.value(at: topicsColumn, row: index)),
                size: size,
                founded: founded,
                organisationNumber: orgnr
            )
            member.attributeCells = AttributeCells(table: attributes, row: index)
            return member
        }
        problems += notices
        if countiesTaken > 0 {
            problems.append(
                DatasetProblem(
                    file: t.file,
                    column: "county",
                    message:
                        "taken from the municipality for \(countiesTaken) member\(countiesTaken == 1 ? "" : "s") without a county",
                    severity: .note
                )
            )
        }
        // A member is the first row of its id (a later row of the id has a problem, so is not
        // kept): the index of the member of each id's row, no id hashed again.
        var memberOfRow = [Int](repeating: -1, count: t.rowCount)
        for (k, r) in keptRows.enumerated() { memberOfRow[r] = k }
        return MemberRead(
            members: members,
            lines: seen,
            rowLines: keptRows.map(t.line),
            byID: seen.mapValues { memberOfRow[$0] }
        )
    }
}
