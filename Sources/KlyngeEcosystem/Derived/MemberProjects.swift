/// The projects each member takes part in, within a window of years, and the projects two
/// members share — the one owner of "projects two members share" (ego and match maps label
/// ties with them, explanations quote one, consortium reasons list them).
///
/// ```swift
/// let projects = eco.memberProjects(years: 2020...2024)
/// let shared = projects.shared(a, b)                  // ascending project indices
/// let titles = shared.map { eco.projects[$0].title ?? eco.projects[$0].id }
/// ```
public struct MemberProjects: Sendable {
    /// The window the projects were taken from (`nil`: every project).
    public let years: ClosedRange<Int>?
    /// `byMember[m]`: the projects member `m` takes part in, active in ``years``, ascending,
    /// each once.
    public let byMember: [[Int]]

    /// - Complexity: O(participations + P log P) for P participations in the window.
    public init(_ eco: Ecosystem, years: ClosedRange<Int>? = nil) {
        self.years = years
        let active = Set(eco.projects(activeIn: years))
        var by = [[Int]](repeating: [], count: eco.members.count)
        for p in eco.participations where active.contains(p.project) { by[p.member].append(p.project) }
        byMember = by.map { Array(Set($0)).sorted() }
    }

    /// The projects of member `m`, ascending.
    public subscript(member m: Int) -> [Int] { byMember[m] }

    /// The projects members `a` and `b` both take part in, ascending by index.
    /// - Complexity: O(p_a + p_b), a merge of the two sorted lists.
    public func shared(_ a: Int, _ b: Int) -> [Int] {
        let x = byMember[a]
        let y = byMember[b]
        var i = 0
        var j = 0
        var out: [Int] = []
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                out.append(x[i])
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }
}

extension Ecosystem {
    /// Every member's projects within `years` (see ``MemberProjects``); build it once and ask
    /// ``MemberProjects/shared(_:_:)`` for many pairs.
    ///
    /// ```swift
    /// let projects = eco.memberProjects(years: nil)
    /// for (u, v) in ties { print(projects.shared(u, v).count) }
    /// ```
    /// - Complexity: O(participations + P log P).
    public func memberProjects(years: ClosedRange<Int>? = nil) -> MemberProjects {
        MemberProjects(self, years: years)
    }

    /// The projects members `a` and `b` share within `years`, ascending by index (one pair; for
    /// many pairs build ``memberProjects(years:)`` once).
    ///
    /// ```swift
    /// let eco = try DatasetLoader().load(folder: "Datasets/norwegian-health-supercluster")
    /// let a = eco.memberIndex(of: "m0066")!, b = eco.memberIndex(of: "m0093")!  // Bergen, a hospital
    /// let shared = eco.sharedProjects(a, b).map { eco.projects[$0].id }
    /// ```
    /// - Complexity: O(participations).
    public func sharedProjects(_ a: Int, _ b: Int, years: ClosedRange<Int>? = nil) -> [Int] {
        let active = Set(projects(activeIn: years))
        var ofA = Set<Int>()
        var ofB = Set<Int>()
        for p in participations where active.contains(p.project) {
            if p.member == a { ofA.insert(p.project) }
            if p.member == b { ofB.insert(p.project) }
        }
        return ofA.intersection(ofB).sorted()
    }
}
