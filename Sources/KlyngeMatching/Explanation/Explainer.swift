import Foundation
import KlyngeEcosystem

/// Plain-language reasons for a suggestion: the features that add most to its score,
/// each with its evidence (shared topics, projects, the members on the path, the county).
struct Explainer {
    let context: MatchingContext
    let seeker: SeekerProfile
    let weights: MatchWeights

    /// Up to four reasons, largest contribution first; features contributing nothing are left out.
    func reasons(for s: Suggestion) -> [String] {
        var contributions: [(feature: MatchFeature, value: Double)] = []
        for f in MatchFeature.allCases {
            let c: Double = weights[f] * (s.features[f] ?? 0)
            if c > 0 { contributions.append((f, c)) }
        }
        // Proximity and shared partners rest on the same evidence (the path): one reason.
        if let i = contributions.firstIndex(where: { $0.feature == .sharedPartners }) {
            if let j = contributions.firstIndex(where: { $0.feature == .proximity }) {
                contributions[j].value += contributions[i].value
                contributions.remove(at: i)
            }
        }
        contributions.sort { a, b in a.value != b.value ? a.value > b.value : a.feature < b.feature }
        var out: [String] = []
        for (f, c) in contributions.prefix(4) {
            if let text = reason(f, s) { out.append(text + " (+" + String(format: "%.2f", c) + ")") }
        }
        return out
    }

    func reason(_ f: MatchFeature, _ s: Suggestion) -> String? {
        let eco = context.ecosystem
        let c = s.candidate
        let m = eco.members[c]
        switch f {
        case .topicFit:
            // Topic phrases first, then title words.
            let terms = seeker.vector.sharedTerms(context.vectors[c])
            let phrases = terms.filter { seeker.topicSet.contains($0) || context.topicSets[c].contains($0) }
            let shared = (phrases + terms.filter { !phrases.contains($0) }).prefix(4)
            return shared.isEmpty ? nil : "shares topics: " + shared.joined(separator: ", ")
        case .proximity, .sharedPartners:
            guard s.path.count >= 3 else { return nil }
            let via = s.path[1..<s.path.count - 1]
            if via.count == 1, let w = via.first {
                let p1 = sharedProject(s.path[0], w)
                let p2 = sharedProject(w, c)
                return "both worked with \(eco.members[w].name)"
                    + (p1.map { " (\(seeker.name == "the newcomer" ? "" : "you in ")'\($0)'" } ?? "")
                    + (p2.map { ", \(m.name) in '\($0)')" } ?? (p1 == nil ? "" : ")"))
            }
            return "\(s.path.count - 1) steps away, through "
                + via.map { eco.members[$0].name }.joined(separator: " → ")
        case .consortiumOverlap:
            guard let s0 = seeker.index, let b = context.consortiumOverlapEvidence(of: s0, for: c) else { return nil }
            let p = eco.projects[b.project]
            let team = "'\(p.title ?? p.id)'"
            if b.others == 1 { return "the other partner in \(team) has worked with \(m.name)" }
            if b.know == b.others { return "all \(b.others) other partners in \(team) have worked with \(m.name)" }
            return "\(b.know) of the \(b.others) other partners in \(team) have worked with \(m.name)"
        case .activity:
            let n = context.projectsOf[c].count
            guard n > 0 else { return nil }
            return "\(n) past project\(n == 1 ? "" : "s")"
                + (context.lastYear[c].map { ", latest starting \($0)" } ?? "")
        case .experience:
            let on = context.projectsOf[c].filter { p in
                eco.projects[p].topics.contains { seeker.topicSet.contains($0.lowercased()) }
            }
            guard
                let latest = on.max(by: {
                    (eco.projects[$0].start?.year ?? 0, $1) < (eco.projects[$1].start?.year ?? 0, $0)
                })
            else { return nil }
            return
                "\(on.count) past project\(on.count == 1 ? "" : "s") on these topics, latest '\(eco.projects[latest].title ?? eco.projects[latest].id)'"
        case .pilotExperience:
            let n = context.pilotCount[c]
            return n == 0 ? nil : "pilot site in \(n) project\(n == 1 ? "" : "s")"
        case .complementarity:
            return "\(m.kind.sector) partner for a \(seeker.kind.sector) seeker"
        case .geography:
            guard let county = m.county else { return nil }
            if county == seeker.county { return "same county (\(county))" }
            guard let sc = seeker.county, let d = Geography.distance(sc, county) else { return nil }
            return "nearby county (\(county), about \(Int(d.rounded())) km)"
        case .capacity:
            guard let size = m.size else { return nil }
            return m.kind == .municipality
                ? "\(NumberText.grouped(size)) inhabitants" : "\(NumberText.grouped(size)) employees"
        case .recency:
            return context.lastYear[c].map { "active in projects up to \($0)" }
        }
    }

    /// The title of a project both members took part in (the latest), if any.
    func sharedProject(_ a: Int, _ b: Int) -> String? {
        let pa = Set(context.projectsOf[a])
        guard let p = context.projectsOf[b].filter(pa.contains).max() else { return nil }
        return context.ecosystem.projects[p].title ?? context.ecosystem.projects[p].id
    }
}
