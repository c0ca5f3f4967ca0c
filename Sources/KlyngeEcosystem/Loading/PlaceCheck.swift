/// Checks a member's county and municipality against Norway's official lists
/// (``NorwayPlaces``), read under ``foldedKey(_:)``:
///
/// - an unknown county or municipality is an error with "did you mean";
/// - a 2020–2023 county split in 2024 (`Viken`, `Vestfold og Telemark`, `Troms og Finnmark`)
///   is read through the municipality, with a note; an error when there is no municipality
///   or it was not in that county;
/// - a missing county is taken from the municipality (a name two counties share, Herøy or
///   Våler, then needs the county);
/// - a municipality in another county than the one given is an error.
///
/// Values come back in the official spelling (a municipality's Norwegian parallel name is
/// kept when it is the one given).
///
/// ```swift
/// let placed = PlaceCheck.norway.check(county: "Viken", municipality: "Bærum")
/// placed.county  // "Akershus"
/// placed.note    // "county 'Viken' (2020–2023) read as Akershus, from the municipality Bærum"
/// ```
///
/// - Complexity: building O(municipalities); ``check(county:municipality:)`` O(length) when the
///   names are known, O(municipalities · length²) for the suggestions when not.
struct PlaceCheck: Sendable {
    struct Placed {
        var county: String?
        var municipality: String?
        /// (column, message) of each error.
        var errors: [(String, String)] = []
        var note: String?
        var countyFromMunicipality = false
    }

    /// The check against the lists of 2024.
    static let norway = PlaceCheck()

    private let counties: Vocabulary
    /// Counties and former counties, for suggestions.
    private let countyWords: Vocabulary
    private let formerCounties: [String: (name: String, successors: [String])]
    /// Folded municipality name → (name as written in the list, county) of each municipality so named.
    private let municipalities: [String: [(name: String, county: String)]]
    private let municipalityNames: Vocabulary
    private let outside: Set<String>

    private init() {
        counties = Vocabulary(field: "county", names: NorwayPlaces.counties)
        countyWords = Vocabulary(
            field: "county",
            names: NorwayPlaces.counties + NorwayPlaces.formerCounties.keys.sorted()
        )
        var former: [String: (name: String, successors: [String])] = [:]
        for (name, successors) in NorwayPlaces.formerCounties { former[foldedKey(name)] = (name, successors) }
        formerCounties = former
        var byKey: [String: [(name: String, county: String)]] = [:]
        var byNumber: [String: String] = [:]
        for m in NorwayPlaces.municipalities {
            byKey[foldedKey(m.name), default: []].append((m.name, m.county))
            byNumber[m.number] = m.county
        }
        for (name, number) in NorwayPlaces.parallelNames.sorted(by: { $0.key < $1.key }) {
            if let county = byNumber[number] { byKey[foldedKey(name), default: []].append((name, county)) }
        }
        municipalities = byKey
        municipalityNames = Vocabulary(
            field: "municipality",
            names: NorwayPlaces.municipalities.map(\.name) + NorwayPlaces.parallelNames.keys.sorted()
        )
        outside = Set(NorwayPlaces.outsideCounties.map(foldedKey))
    }

    /// `true` unless `country` names a country other than Norway (an empty or missing one is Norway).
    static func isNorway(country: String?) -> Bool {
        guard let country else { return true }
        return ["no", "nor", "norway", "norge", "noreg"].contains(foldedKey(country))
    }

    func check(county countyText: String?, municipality municipalityText: String?) -> Placed {
        var placed = Placed(county: countyText, municipality: municipalityText)
        var found: [(name: String, county: String)]?
        if let m = municipalityText {
            if outside.contains(foldedKey(m)) {
                found = nil
            } else if let options = municipalities[foldedKey(m)] {
                found = options
            } else {
                let near = municipalityNames.suggestions(for: m)
                placed.errors.append(
                    (
                        "municipality",
                        "unknown municipality '\(m)'"
                            + (near.isEmpty
                                ? " (not one of Norway's \(NorwayPlaces.municipalities.count) municipalities of 2024)"
                                : "; did you mean \(near.joined(separator: ", "))?")
                    )
                )
            }
        }
        guard let c = countyText else {
            // No county: take it from the municipality.
            guard let found else { return placed }
            let countiesOf = Set(found.map(\.county))
            if countiesOf.count == 1 {
                placed.county = found[0].county
                placed.municipality = found[0].name
                placed.countyFromMunicipality = true
            } else {
                placed.errors.append(
                    (
                        "county",
                        "empty county: there is a \(found[0].name) in \(listed(found.map(\.county), "and")); give the county"
                    )
                )
            }
            return placed
        }
        if let county = counties.canonical(c) {
            placed.county = county
            guard let found else { return placed }
            if let match = found.first(where: { $0.county == county }) {
                placed.municipality = match.name
            } else {
                placed.errors.append(
                    ("municipality", "\(found[0].name) is in \(listed(found.map(\.county), "and")), not in \(county)")
                )
            }
            return placed
        }
        if let former = formerCounties[foldedKey(c)] {
            let span = "'\(c)' is a county of 2020–2023, split in 2024 into \(listed(former.successors, "and"))"
            guard let m = municipalityText else {
                placed.errors.append(("county", "\(span): give the municipality so that the county can be told"))
                return placed
            }
            guard let found else { return placed }  // an unknown municipality is reported above
            guard let match = found.first(where: { former.successors.contains($0.county) }) else {
                placed.errors.append(
                    (
                        "municipality",
                        "\(found[0].name) is in \(listed(found.map(\.county), "and")), which was not part of \(former.name)"
                    )
                )
                return placed
            }
            placed.county = match.county
            placed.municipality = match.name
            placed.note = "county '\(c)' (2020–2023) read as \(match.county), from the municipality \(m)"
            return placed
        }
        let unknown = UnknownName(
            field: "county",
            value: c,
            suggestions: countyWords.suggestions(for: c),
            known: NorwayPlaces.counties
        )
        placed.errors.append(("county", unknown.description))
        return placed
    }

    /// `a`, `a and b`, `a, b and c`.
    private func listed(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}
