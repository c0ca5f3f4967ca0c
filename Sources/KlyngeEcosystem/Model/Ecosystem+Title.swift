extension Ecosystem {
    /// What outputs call the dataset: its README's title (``title``), else its folder name.
    public var displayName: String { title ?? name }

    /// The title a README's first heading gives the dataset: the text after `# `, without a
    /// leading "folder —" (or "folder -", "folder:"), which repeats the folder name; nil when
    /// the README is missing or does not start with a heading.
    ///
    /// ```swift
    /// Ecosystem.readmeTitle("# norway-h2020 — Norway's H2020 network\n…", folder: "norway-h2020")
    /// // "Norway's H2020 network"
    /// ```
    /// - Parameters:
    ///   - readme: the README's text.
    ///   - folder: the dataset's folder name.
    /// - Returns: the title, or nil.
    /// - Complexity: O(length of the first line).
    public static func readmeTitle(_ readme: String?, folder: String) -> String? {
        guard let readme else { return nil }
        let first = readme.split(separator: "\n", omittingEmptySubsequences: true).first { line in
            !line.allSatisfy(\.isWhitespace)
        }
        guard let first, first.hasPrefix("# ") else { return nil }
        var title = Substring(first.dropFirst(2)).drop(while: \.isWhitespace)
        while title.last?.isWhitespace == true || title.last == "#" { title = title.dropLast() }
        if title.hasPrefix(folder) {
            let rest = title.dropFirst(folder.count).drop(while: \.isWhitespace)
            for separator in ["—", "–", "-", ":"] where rest.hasPrefix(separator) {
                let after = rest.dropFirst(separator.count).drop(while: \.isWhitespace)
                if !after.isEmpty { title = after }
                break
            }
        }
        return title.isEmpty ? nil : String(title)
    }
}
