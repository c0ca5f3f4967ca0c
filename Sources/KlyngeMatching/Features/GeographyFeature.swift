import Foundation

extension MatchFeature {
    /// 1 in the same county, falling with the distance between county centres (half at about 200 km).
    public static let geography = MatchFeature(GeographyFeature.self)
}

/// ``Geography/closeness(_:_:)`` of the seeker's and the candidate's counties; already in 0…1.
enum GeographyFeature: MatchFeatureDefinition {
    static let name = "geography"
    static let summary =
        "1 in the same county, falling with the distance between county centres (half at about 200 km)."
    static let scaling = FeatureScaling.absolute

    static func rawValue(at i: Int, in input: FeatureInput) -> Double {
        input.probe.closeness(input.index.county[input.candidates[i]])
    }

    static func reason(for s: Suggestion, in e: Explainer) -> String? {
        guard let county = e.context.ecosystem.members[s.candidate].county else { return nil }
        if county == e.seeker.county { return "same county (\(county))" }
        guard let sc = e.seeker.county, let d = Geography.distance(sc, county) else { return nil }
        return "nearby county (\(county), about \(Int(d.rounded())) km)"
    }
}

/// County closeness for the geography feature.
enum Geography {
    /// 1 in the same county; else 2^(−d/200 km) for the distance d between county centres;
    /// 0 when either county is unknown.
    static func closeness(_ a: String?, _ b: String?) -> Double {
        guard let a, let b else { return 0 }
        if a == b { return 1 }
        guard let d = distance(a, b) else { return 0 }
        return pow(2, -d / 200)
    }

    /// Great-circle distance in km between two county centres.
    static func distance(_ a: String, _ b: String) -> Double? {
        guard let p = NorwayCounties.centroids[a], let q = NorwayCounties.centroids[b] else { return nil }
        let r = 6371.0
        let rad = Double.pi / 180
        let dlat = (q.latitude - p.latitude) * rad
        let dlon = (q.longitude - p.longitude) * rad
        let h =
            sin(dlat / 2) * sin(dlat / 2) + cos(p.latitude * rad) * cos(q.latitude * rad) * sin(dlon / 2)
            * sin(dlon / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}
