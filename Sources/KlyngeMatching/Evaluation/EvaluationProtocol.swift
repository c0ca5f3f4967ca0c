/// Which test an ``EvaluationReport`` comes from.
///
/// ```swift
/// let report = ColdStartEvaluator(split).run(EvaluationOptions())
/// print(report.evaluationProtocol.rawValue)  // cold-start
/// ```
///
/// - Complexity: O(1).
public enum EvaluationProtocol: String, Sendable, Equatable {
    /// ``Evaluator``: members of the training graph seek partners they were not tied to.
    case memberSeekers = "member-seekers"
    /// ``ColdStartEvaluator``: newcomers with no training project, described by a profile.
    case coldStart = "cold-start"
}
