import Foundation

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
