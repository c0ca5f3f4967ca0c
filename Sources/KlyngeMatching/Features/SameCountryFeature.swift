import KlyngeEcosystem

extension MatchFeature {
    /// 1 when the candidate is in the seeker's country (the members' `country` attribute).
    public static let sameCountry = MatchFeature(SameCountryFeature.self)
}

/// 1 when the candidate's `country` attribute is the seeker's, else 0 (0 for every candidate
/// when the seeker has no country: a profile without `country=`, or a dataset without countries).
///
/// A newcomer types where it is; on the whole CORDIS H2020 table most first projects bring a
/// company together with a university of its own country.
enum SameCountryFeature: MatchFeatureDefinition {
    static let name = "same_country"
    static let summary = "1 when the candidate is in the seeker's country (the members' country attribute)."
    static let scaling = FeatureScaling.absolute

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        let c = input.probe.country
        return c >= 0 && input.index.country[input.candidates[i]] == c ? 1 : 0
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        guard let country = e.seeker.country,
            e.context.ecosystem.members[s.candidate].attributes[Ecosystem.countryAttribute] == country
        else { return nil }
        return "same country (\(country))"
    }
}
