import Foundation
import KlyngeEcosystem

extension Ecosystem {
    /// Reads a CSV of suggestions for one seeker: columns `candidate` (member id) and
    /// `score` required, `path` (member ids separated by `;`, seeker first) and `reason`
    /// optional (one reason, kept whole). Rows keep their order (the rank); the suggestions
    /// have no feature values.
    ///
    ///     let pairs = try eco.readSuggestedPairs(path: "suggestions.csv")
    ///     for s in pairs { print(eco.members[s.candidate].id, s.score, s.reason) }
    ///
    /// (`klynge map --kind match --pairs FILE` reads its list so.)
    ///
    /// - Throws: `DatasetError` with every problem as `file:line: column: message`
    ///   (unknown members, bad scores, ragged rows, encoding).
    /// - Complexity: O(file size).
    public func readSuggestedPairs(path: String) throws(DatasetError) -> [Suggestion] {
        var problems: [DatasetProblem] = []
        guard let t = CSVTable.read(path: path, file: path, problems: &problems),
            t.require(["candidate", "score"], problems: &problems)
        else { throw DatasetError(problems: problems) }
        var out: [Suggestion] = []
        for (line, f) in t.rows {
            guard f.count == t.header.count else {
                problems.append(
                    DatasetProblem(
                        file: path,
                        line: line,
                        message: "\(f.count) fields, the header has \(t.header.count)"
                    )
                )
                continue
            }
            func problem(_ column: String, _ message: String) {
                problems.append(DatasetProblem(file: path, line: line, column: column, message: message))
            }
            let id = t.value("candidate", in: f) ?? ""
            let candidate = memberIndex(of: id)
            if candidate == nil { problem("candidate", "unknown member '\(id)'") }
            let scoreText = t.value("score", in: f) ?? ""
            let score = Double(scoreText).flatMap { $0.isFinite ? $0 : nil }
            if score == nil { problem("score", "score '\(scoreText)' is not a number") }
            var steps: [Int] = []
            for step in (t.value("path", in: f) ?? "").split(separator: ";").map({
                String($0).trimmingCharacters(in: .whitespaces)
            }) {
                if let i = memberIndex(of: step) {
                    steps.append(i)
                } else {
                    problem("path", "unknown member '\(step)'")
                }
            }
            if let candidate, let score {
                out.append(
                    Suggestion(
                        candidate: candidate,
                        score: score,
                        path: steps,
                        reason: t.value("reason", in: f) ?? ""
                    )
                )
            }
        }
        if !problems.isEmpty { throw DatasetError(problems: problems) }
        return out
    }
}
