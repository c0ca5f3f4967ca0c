import Foundation

/// What a `--mapping FILE` says beyond the aliases: lines `their header = our column` and
/// `their value = our kind` (or role); `#` starts a comment. A right side that is both a column
/// and a kind (`municipality`) maps a header when the left side is a header of the registers,
/// else a value. Left sides are compared ignoring case, accents and punctuation.
///
/// ```text
/// # mapping.txt
/// Virksomhetsnavn = name
/// Sektor = kind
/// Privat bedrift = company
/// ```
struct ImportMapping {
    /// Folded header → canonical column.
    var headers: [String: String] = [:]
    /// Folded value → canonical kind.
    var kinds: [String: String] = [:]
    /// Folded value → canonical role.
    var roles: [String: String] = [:]

    /// Reads the mapping at `path`; `headers` are the registers' headers (to settle a right side
    /// that is both a column and a kind). Every line that says nothing known is a problem.
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let m = ImportMapping.read("mapping.txt", headers: ["Virksomhetsnavn"], problems: &problems)
    /// ```
    ///
    /// - Complexity: O(size of the file).
    static func read(_ path: String, headers: [String], problems: inout [DatasetProblem]) -> ImportMapping {
        var mapping = ImportMapping()
        guard let data = readFileBytes(atPath: path),
            let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252)
        else {
            problems.append(DatasetProblem(file: path, message: "no such file"))
            return mapping
        }
        let registerHeaders = Set(headers.map(foldedKey))
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if line.allSatisfy(\.isWhitespace) { continue }
            let sides = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
                problems.append(
                    DatasetProblem(
                        file: path,
                        line: i + 1,
                        message: "expected 'their header = our column' or 'their value = our kind'"
                    )
                )
                continue
            }
            let left = foldedKey(sides[0])
            let right = sides[1].lowercased()
            let column = ImportColumns.canonical.contains(right) ? right : nil
            let kind = MemberKind(named: right)?.rawValue
            let role = ParticipationRole(parsing: right)?.rawValue
            if let column, (kind == nil && role == nil) || registerHeaders.contains(left) {
                mapping.headers[left] = column
            } else if kind != nil || role != nil {
                if let kind { mapping.kinds[left] = kind }
                if let role { mapping.roles[left] = role }
            } else {
                problems.append(
                    DatasetProblem(
                        file: path,
                        line: i + 1,
                        message:
                            "'\(sides[1])' is neither a column (\(ImportColumns.canonical.sorted().joined(separator: ", "))) "
                            + "nor a kind (\(MemberKind.names)) or role"
                    )
                )
            }
        }
        return mapping
    }

    /// Renames `source`'s headers the mapping names; maps the values of its kind and role columns.
    /// - Returns: what was renamed or replaced, for the README (`'Sektor' → kind`).
    ///
    /// ```swift
    /// let said = mapping.apply(to: &members)  // ["header 'Sektor' → kind", "value 'Privat bedrift' → company (3 cells)"]
    /// ```
    ///
    /// - Complexity: O(cells of the kind and role columns + header).
    func apply(to source: inout RegisterSource) -> [String] {
        var said: [String] = []
        for (i, h) in source.header.enumerated() {
            if let column = headers[foldedKey(h)], column != h {
                source.header[i] = column
                said.append("\(source.file): header '\(h)' → \(column)")
            }
        }
        for (column, values) in [
            (source.column("kind", .members), kinds), (source.column("role", .participations), roles),
        ]
        where !values.isEmpty {
            guard let c = column else { continue }
            var counts: [String: (from: String, to: String, n: Int)] = [:]
            for r in source.rows.indices where c < source.rows[r].fields.count {
                let cell = source.rows[r].fields[c]
                guard let to = values[foldedKey(cell)], to != cell else { continue }
                source.rows[r].fields[c] = to
                counts[foldedKey(cell), default: (cell.trimmingCharacters(in: .whitespaces), to, 0)].n += 1
            }
            for (_, v) in counts.sorted(by: { $0.key < $1.key }) {
                said.append("\(source.file): value '\(v.from)' → \(v.to) (\(v.n) cell\(v.n == 1 ? "" : "s"))")
            }
        }
        return said
    }
}
