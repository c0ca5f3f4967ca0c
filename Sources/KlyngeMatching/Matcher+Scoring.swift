import Foundation
import KlyngeEcosystem
import KlyngeGraph

extension Matcher {
    /// The network evidence from a member seeker: personalised PageRank (weighted, α 0.85,
    /// ε 10⁻⁶), KlyngeGraph's link-prediction scores (`LinkPrediction`) and the consortium
    /// overlap of each candidate, in candidate order; zeros when the seeker is a newcomer or
    /// has no ties.
    struct NetworkEvidence: Sendable {
        /// Personalised PageRank of each candidate, in candidate order.
        var ppr: [Double]
        /// The five neighbourhood scores of each candidate (Adamic–Adar is ``MatchFeature/sharedPartners``).
        var links: LinkScores
        /// ``MatchingContext/consortiumOverlap(of:among:)``, in candidate order.
        var consortium: [Double]
    }

    func networkEvidence(from seeker: Int?, among candidates: [Int]) -> NetworkEvidence {
        let g = context.graph
        guard let s = seeker, g.degree(s) > 0 else {
            let zeros = [Double](repeating: 0, count: candidates.count)
            return NetworkEvidence(ppr: zeros, links: LinkScores(zeros: candidates.count), consortium: zeros)
        }
        let ppr = g.personalizedPageRank(from: s, weighted: true)
        return NetworkEvidence(
            ppr: candidates.map { ppr[$0] },
            links: links.scores(from: s, to: candidates),
            consortium: context.consortiumOverlap(of: s, among: candidates)
        )
    }

    /// Normalised features (row-major: candidate × ``MatchFeature/allCases``) and scores, in candidate order.
    struct Scored: Sendable {
        var features: [Double]
        var scores: [Double]
    }

    /// Scores `candidates` for `query` (the work of ``rank(_:among:explain:)`` before sorting).
    /// `evidence`, when given, must be ``networkEvidence(from:among:)`` of the same seeker and candidates.
    func score(
        _ query: MatchQuery,
        seeker: SeekerProfile,
        among candidates: [Int],
        evidence given: NetworkEvidence? = nil
    ) -> Scored {
        let width = MatchFeature.allCases.count
        let evidence = given ?? networkEvidence(from: seeker.index, among: candidates)
        let input = FeatureInput(
            context: context,
            index: index,
            seeker: seeker,
            probe: FeatureIndex.Probe(seeker, index: index),
            candidates: candidates,
            evidence: evidence
        )
        let definitions = MatchFeature.registry
        var raw = [Double](repeating: 0, count: candidates.count * width)
        raw.withParallelSlots { out in
            // Each chunk writes only the rows of its own range of candidates.
            parallelChunks(count: candidates.count, threads: query.threads, minChunk: 512) { range in
                for i in range {
                    for (k, feature) in definitions.enumerated() {
                        out[i * width + k] = feature.rawValue(at: i, in: input)
                    }
                }
            }
        }
        // Normalise the relative features by their best candidate.
        for (k, feature) in definitions.enumerated() where feature.scaling == .relativeToBest {
            var top = 0.0
            for i in candidates.indices { top = max(top, raw[i * width + k]) }
            if top > 0 { for i in candidates.indices { raw[i * width + k] /= top } }
        }
        let weights = MatchFeature.allCases.map { query.weights[$0] }
        let scores = candidates.indices.map { i in
            var s = 0.0
            for k in 0..<width { s = s + weights[k] * raw[i * width + k] }
            return s
        }
        return Scored(features: raw, scores: scores)
    }
}
