import KlyngeEcosystem
import KlyngeGraph

/// The members and ties a whole-ecosystem map (supercluster, brokers) draws: the members
/// highest by the size measure when ``MapOptions/keptMembers(memberCount:)`` says so (the
/// large-dataset default: the top 150 of a dataset over 1,500 members), the ties among them at
/// least ``MapOptions/weakestTie(memberCount:)`` strong, and — when either filter is active —
/// only the members left with a drawn tie, so that no member floats alone on the map.
///
/// - Complexity: O(V log V) for the ranking plus O(V + E) for the ties.
struct MapSelection {
    /// Members drawn (member indices), highest by the size measure first when ranked.
    let kept: [Int]
    /// Ties drawn among them.
    let ties: WholeMapTies
    /// How many members the top selection kept before those without a drawn tie were left out.
    let chosen: Int
    /// The top selection (nil: every member).
    let top: Int?
    /// The weakest tie drawn.
    let minWeight: Double
    /// How many members the dataset has.
    let total: Int
    /// Each member's strongest ties kept (nil: all), and how many ties there were before.
    let perMember: Int?
    let tiesBefore: Int

    /// - Parameter order: every member, best first, when the top selection follows another
    ///   ranking than the size measure (the brokers map: ``BrokerRanking``).
    init(_ eco: Ecosystem, style: MemberStyling, options: MapOptions, order: [Int]? = nil) {
        total = eco.members.count
        top = options.keptMembers(memberCount: total)
        minWeight = options.weakestTie(memberCount: total)
        let all = Array(eco.members.indices)
        let chosenMembers = top.map { n in order.map { Array($0.prefix(n)) } ?? style.top(n, among: all) } ?? all
        chosen = chosenMembers.count
        var ties = WholeMapTies(style.graph, kept: chosenMembers, minWeight: minWeight)
        tiesBefore = ties.list.count
        perMember = options.strongestTies(memberCount: total)
        if let k = perMember { ties = ties.strongest(k, ids: eco.members.map(\.id)) }
        if top != nil || minWeight > 0 || perMember != nil {
            var tied = [Bool](repeating: false, count: style.graph.nodeCount)
            for t in ties.list {
                tied[t.u] = true
                tied[t.v] = true
            }
            kept = chosenMembers.filter { tied[$0] }
        } else {
            kept = chosenMembers
        }
        self.ties = ties
    }

    /// Who is on the map: "530 members", "the 150 members highest on betweenness of 9,361",
    /// or with members left out for want of a drawn tie "142 of the 150 … (8 … left out)".
    func who(_ text: MapText, measure: String) -> String {
        let left = chosen - kept.count
        if let top, top < total {
            return left == 0
                ? text(.topMembers, text.count(chosen), measure, text.count(total))
                : text(
                    .topMembersShownOf,
                    text.count(kept.count),
                    text.count(chosen),
                    measure,
                    text.count(total),
                    text.count(left)
                )
        }
        return left == 0
            ? text.plural(kept.count, .memberOne, .membersMany)
            : text(.membersShownOf, text.count(kept.count), text.count(total), text.count(left))
    }

    /// "1,234 collaboration ties" or, with a weakest tie, "1,234 ties of 2+ shared projects".
    /// With each member's strongest ties: "412 of their 5,572 ties of 2+ shared projects, each
    /// member's 3 strongest".
    func tieCount(_ text: MapText, relations: Bool) -> String {
        let n = text.count(ties.list.count)
        let what: String
        if minWeight > 1 || (relations && minWeight > 0) {
            what = text(relations ? .tiesStrengthAtLeast : .tiesAtLeast, n, number(minWeight))
        } else {
            what = text(.ties, n)
        }
        guard let perMember, tiesBefore > ties.list.count else { return what }
        return text(.strongestOf, what, text.count(tiesBefore), text.count(perMember))
    }
}
