import KlyngeEcosystem

extension Member {
    /// `true` when the member's name is only an identifier: its id or a number alone, or one
    /// label word and a code of five or more characters with a digit that is the member's id,
    /// organisation number or one of its attribute values (`PIC 918199964` for a member whose
    /// `eu_pic` is 918199964). Such a member is known to the data by a code
    /// and nothing else; ``ConsortiumCall/includeUnnamed`` decides whether it may be proposed.
    ///
    /// ```swift
    /// let m = Member(id: "pic-918199964", name: "PIC 918199964", kind: .company,
    ///                attributes: ["eu_pic": "918199964"])
    /// m.isUnnamed  // true
    /// ```
    ///
    /// - Complexity: O(attributes + |name|).
    public var isUnnamed: Bool {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        guard let code = words.last, words.count <= 2 else { return false }
        if words.count == 2, !words[0].allSatisfy(\.isLetter) { return false }
        if words.count == 1, code.allSatisfy(\.isNumber) || code == id.lowercased() { return true }
        // After a label, only a code: five characters or more, with a digit ("k1" in "Name k1" is
        // a short handle, not a registry code).
        guard code.count >= 5, code.contains(where: \.isNumber) else { return false }
        var identifiers: Set<String> = [id.lowercased()]
        if let orgnr = organisationNumber { identifiers.insert(orgnr.lowercased()) }
        for value in attributes.values { identifiers.insert(value.lowercased()) }
        return identifiers.contains(code)
    }
}
