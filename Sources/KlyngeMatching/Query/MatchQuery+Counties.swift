import Foundation

extension MatchQuery {
    /// The counties of a comma-separated list as typed (`--county`, the `county` parameter of
    /// `klynge serve`): each trimmed, empty items dropped; ``resolved(in:)`` then reads them
    /// against a dataset.
    ///
    /// ```swift
    /// MatchQuery.parseCounties("Vestland, rogaland,,")  // ["Vestland", "rogaland"]
    /// ```
    ///
    /// - Complexity: O(length of `text`).
    public static func parseCounties(_ text: String) -> Set<String> {
        var counties = Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        counties.remove("")
        return counties
    }
}
