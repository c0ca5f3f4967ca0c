import Foundation

/// Ids for members of a register that has none: the organisation number when the row has one
/// (9 digits, spaces dropped), else a slug of the name; a repeated id gets `-2`, `-3`… in row order.
enum MemberIDs {
    /// A stable ASCII id from a name: lower case, `æ` → `ae`, `ø` → `o`, `å` → `a`, other accents
    /// dropped, every run of other characters one `-`.
    ///
    /// ```swift
    /// MemberIDs.slug("Tromsø Sykehus (synthetic)")  // "tromso-sykehus-synthetic"
    /// MemberIDs.slug("Bærum kommune")               // "baerum-kommune"
    /// ```
    ///
    /// - Complexity: O(length of `name`).
    static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for ch in name.lowercased() {
            let ascii: String
            switch ch {
            case "æ": ascii = "ae"
            case "ø": ascii = "o"
            case "å": ascii = "a"
            default: ascii = String(ch).folding(options: .diacriticInsensitive, locale: nil)
            }
            for u in ascii.unicodeScalars {
                if u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u)) {
                    if dash && !out.isEmpty { out.append("-") }
                    dash = false
                    out.unicodeScalars.append(u)
                } else {
                    dash = true
                }
            }
        }
        return out
    }

    /// Adds an `id` column in front of `source` (a members register without one).
    /// - Returns: how many ids came from organisation numbers and how many from names.
    ///
    /// ```swift
    /// // Navn;Org.nr → id;Navn;Org.nr with ids 964338531 and baerum-kommune
    /// let (fromOrgnr, fromName) = MemberIDs.add(to: &members)
    /// ```
    ///
    /// - Complexity: O(rows) expected.
    static func add(to source: inout RegisterSource) -> (fromOrgnr: Int, fromName: Int) {
        let nameColumn = source.column("name", .members)
        let orgnrColumn = source.column("orgnr", .members)
        var used: Set<String> = []
        var counts = (fromOrgnr: 0, fromName: 0)
        for r in source.rows.indices {
            let fields = source.rows[r].fields
            let digits = RegisterSource.cell(fields, orgnrColumn).filter { $0.isASCII && $0.isNumber }
            var base: String
            if digits.count == 9 {
                base = digits
                counts.fromOrgnr += 1
            } else {
                base = slug(RegisterSource.cell(fields, nameColumn))
                if base.isEmpty { base = "row-\(source.rows[r].line)" }
                counts.fromName += 1
            }
            var id = base
            var n = 1
            while used.contains(id) {
                n += 1
                id = "\(base)-\(n)"
            }
            used.insert(id)
            source.rows[r].fields.insert(id, at: 0)
        }
        source.header.insert("id", at: 0)
        return counts
    }
}
