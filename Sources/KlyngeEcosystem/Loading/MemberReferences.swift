/// How `participations.csv` and `relations.csv` name a member: by id; else by organisation
/// number (spaces allowed); else by name, exact first, then ignoring case, accents and
/// punctuation (``foldedKey(_:)``). A name or number that several members share is ambiguous.
final class MemberReferences {
    enum Resolution: Equatable {
        case member(Int)
        /// The indices of the members the text could mean.
        case ambiguous([Int])
        case unknown
    }

    let members: [Member]
    /// The members' ids, by index (read per participation without copying a member).
    let ids: [String]
    /// Member id → index (the first member of an id), looked up by the id's bytes or text.
    let byID: ByteKeyIndex
    /// The indices below are built on first use: most datasets name members by id only.
    private lazy var byOrgnr: [String: [Int]] = {
        var orgnr: [String: [Int]] = [:]
        for (i, m) in members.enumerated() { if let o = m.organisationNumber { orgnr[o, default: []].append(i) } }
        return orgnr
    }()
    private lazy var byName: [String: [Int]] = {
        var name: [String: [Int]] = [:]
        for (i, m) in members.enumerated() { name[m.name, default: []].append(i) }
        return name
    }()
    private lazy var byFoldedName: [String: [Int]] = {
        var folded: [String: [Int]] = [:]
        for (i, m) in members.enumerated() { folded[foldedKey(m.name), default: []].append(i) }
        return folded
    }()

    /// References to `members`, whose ids map to their indices in `byID` (the first member of
    /// an id; built from the ids when not given).
    ///
    /// - Complexity: O(members).
    init(members: [Member], byID: ByteKeyIndex? = nil) {
        self.members = members
        ids = members.map(\.id)
        self.byID = byID ?? ByteKeyIndex(keys: ids)
    }

    /// The member `text` names.
    /// - Complexity: O(1) expected for an id; O(length of `text`) otherwise.
    func resolve(_ text: String) -> Resolution {
        if let i = byID.value(of: text) { return .member(i) }
        let found =
            OrganisationNumber(text).digits.flatMap { byOrgnr[$0] } ?? byName[text] ?? byFoldedName[foldedKey(text)]
        guard let found else { return .unknown }
        return found.count == 1 ? .member(found[0]) : .ambiguous(found)
    }

    /// `ambiguous member 'Bergen kommune': m0003 'Bergen kommune', m0017 'Bergen Kommune' (name it by id or organisation number)`.
    func ambiguityMessage(_ text: String, _ candidates: [Int]) -> String {
        let listed = candidates.map { "\(members[$0].id) '\(members[$0].name)'" }.joined(separator: ", ")
        return "ambiguous member '\(text)': \(listed) (name it by id or organisation number)"
    }
}
