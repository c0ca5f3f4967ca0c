/// Members that are likely one organisation entered twice: the same organisation number, or the
/// same name once case, accents, punctuation and the words `AS`, `ASA`, `SA`, `ANS` and
/// `kommune` are set aside (`Bergen kommune` and `BERGEN KOMMUNE`; `Tellu AS` and `Tellu`).
/// Warnings, never errors: two members may share a name.
///
/// ```swift
/// LikelyDuplicates.nameKey("Bergen kommune")  // "bergen"
/// LikelyDuplicates.nameKey("Fallvakt, A.S.")  // "fallvakt"
/// LikelyDuplicates.nameKey("Helse-Vest IKT")  // "helsevestikt"
/// ```
enum LikelyDuplicates {
    /// Words that do not tell organisations apart.
    static let ignoredWords: Set<String> = ["as", "asa", "sa", "ans", "kommune"]

    /// The name under which likely duplicates compare equal: its words, punctuation removed
    /// (`A.S.` is `AS`, `Helse-Vest` is `HelseVest`), folded, the ignored words left out,
    /// joined without spaces.
    /// - Complexity: O(length of `name`).
    static func nameKey(_ name: String) -> String {
        if let key = asciiNameKey(name) { return key }
        var key = ""
        var word = ""
        func flush() {
            if !ignoredWords.contains(word) { key += word }
            word = ""
        }
        for ch in name {
            if ch.isWhitespace {
                flush()
            } else if ch.isASCII {
                if ch.isLetter || ch.isNumber { word.append(ch.lowercased()) }
            } else if !ch.isPunctuation {
                word += foldedKey(String(ch))
            }
        }
        flush()
        return key
    }

    /// ``nameKey(_:)`` of an all-ASCII name, byte by byte (most names; no Unicode tables), or
    /// nil when the name is not all ASCII. Each word is written straight into the key and taken
    /// out again when it is an ignored one.
    ///
    /// - Complexity: O(length of `name`).
    private static func asciiNameKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { key in
                var (k, wordStart) = (0, 0)
                func flush() {
                    if k > wordStart && isIgnored(UnsafeBufferPointer(rebasing: key[wordStart..<k])) { k = wordStart }
                    wordStart = k
                }
                for b in bytes {
                    switch b {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        key[k] = b + 32
                        k += 1
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        key[k] = b
                        k += 1
                    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                        flush()
                    default: break  // punctuation joins (A.S. is AS)
                    }
                }
                flush()
                return k
            }
        }
    }

    /// ``ignoredWords`` as bytes, for ``asciiNameKey(_:)``.
    private static let ignoredASCII: [[UInt8]] = ignoredWords.map { Array($0.utf8) }

    /// `true` when the lowered ASCII `word` is one of ``ignoredWords``.
    private static func isIgnored(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count <= 7 && ignoredASCII.contains { $0.elementsEqual(word) }
    }

    /// One warning per group of likely duplicates, at the first member's line with the others'
    /// lines, in line order.
    /// - Complexity: O(total length of the names + members · log members).
    static func warnings(members: [Member], lines: [Int], file: String) -> [DatasetProblem] {
        var byOrgnr: [String: [Int]] = [:]
        // Members by name key: each key's group is a chain through `next`, in member order, so
        // no key needs an array of its own (most keys have one member).
        var groupOf = ByteKeyIndex(capacity: members.count)
        var (first, last, size) = ([Int](), [Int](), [Int]())
        var next = [Int](repeating: -1, count: members.count)
        for i in members.indices {
            if let o = members[i].organisationNumber { byOrgnr[o, default: []].append(i) }
            let key = nameKey(members[i].name)
            if key.isEmpty { continue }
            if let g = groupOf.insert(key, value: first.count) {
                next[last[g]] = i
                last[g] = i
                size[g] += 1
            } else {
                first.append(i)
                last.append(i)
                size.append(1)
            }
        }
        var groups: [(members: [Int], reason: String)] = []
        var sameOrgnr: [Set<Int>] = []
        for (orgnr, group) in byOrgnr where group.count > 1 {
            groups.append((group, "same organisation number \(orgnr)"))
            sameOrgnr.append(Set(group))
        }
        for g in first.indices where size[g] > 1 {
            let group = Array(sequence(first: first[g]) { next[$0] >= 0 ? next[$0] : nil })
            if !sameOrgnr.contains(where: { $0.isSuperset(of: group) }) { groups.append((group, "similar names")) }
        }
        return groups.sorted { (lines[$0.members[0]], $0.reason) < (lines[$1.members[0]], $1.reason) }.map { group in
            let names = group.members.map { "'\(members[$0].name)'" }.joined(separator: ", ")
            return DatasetProblem(
                file: file,
                line: lines[group.members[0]],
                message: "likely the same organisation (\(group.reason): \(names))",
                severity: .warning,
                otherLines: group.members.dropFirst().map { lines[$0] }
            )
        }
    }
}
