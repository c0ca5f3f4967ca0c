import Foundation
import KlyngeEcosystem

/// Colours, shapes and text conventions shared by every map kind.
enum MapStyle {
    /// A qualitative palette of light colours with dark text readable on each
    /// (ColorBrewer Set3 followed by Pastel1 without its repeat, 20 colours; Brewer 2002, Apache-2.0 licence).
    static let palette = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9",
        "#bc80bd", "#ccebc5", "#ffed6f", "#fbb4ae", "#b3cde3", "#decbe4", "#fed9a6", "#ffffcc",
        "#e5d8bd", "#fddaec", "#f2f2f2",
    ]
    /// Stronger colours for up to eight groups that must stand apart (the clusters of a
    /// supercluster): ColorBrewer Set2 (Apache-2.0).
    static let strong = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"]
    /// Fill of a member outside every group.
    static let none = "#eeeeee"
    /// Border of highlighted members (brokers, the seeker).
    static let highlight = "#c0392b"

    /// Colour `i` of `count` groups: the strong palette when it suffices, else the long one.
    static func color(_ i: Int, of count: Int) -> String {
        count <= strong.count ? strong[i] : palette[i % palette.count]
    }

    /// A darker shade of `hex` (for text and edges drawn in a group's colour).
    static func darker(_ hex: String, by f: Double = 0.55) -> String {
        guard hex.count >= 7, let v = Int(hex.dropFirst().prefix(6), radix: 16) else { return hex }
        let c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { Int(Double($0) * f) }
        return "#" + c.map { String(format: "%02x", $0) }.joined()
    }

    /// The shape of each member kind; every kind has its own.
    static func shape(_ kind: MemberKind) -> NodeShape {
        switch kind {
        case .company: .ellipse
        case .municipality: .box
        case .countyAuthority: .invtriangle
        case .hospital: .diamond
        case .university: .triangle
        case .researchInstitute: .hexagon
        case .userOrganisation: .house
        case .investor: .star
        case .publicAgency: .pentagon
        case .clusterOrganisation: .doublecircle
        case .other: .circle
        }
    }

    /// `name` cut to at most `limit` characters at a word boundary, with "…" when cut
    /// (the full name stays in the tooltip).
    static func shorten(_ name: String, limit: Int = 26) -> String {
        let flat = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        // A trailing "(…)" goes first: "Universitetet i Tåkenes (synthetic)" → "Universitetet i Tåkenes…".
        if let open = flat.lastIndex(of: "("), flat.hasSuffix(")") {
            let head = flat[..<open].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty && head.count < limit { return head + "…" }
        }
        var cut = String(flat.prefix(limit - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, last == " " || last == "," || last == "(" || last == "-" { cut.removeLast() }
        return cut + "…"
    }

    /// `name` as a node label: on one line when it fits in `width` characters, else broken at
    /// a space onto two lines of up to `width` each, so names up to about twice `width` show
    /// whole ("Universitetet i Sørøst-Norge" → "Universitetet i\nSørøst-Norge"); only a longer
    /// second line is shortened (``shorten(_:limit:)``; the full name stays in the tooltip).
    ///
    /// ```swift
    /// MapStyle.wrapped("Høgskulen på Vestlandet, Bergen")  // "Høgskulen på Vestlandet,\nBergen"
    /// ```
    /// - Complexity: O(length of `name`).
    static func wrapped(_ name: String, width: Int = 26) -> String {
        let flat = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > width else { return flat }
        var first = ""
        var rest = flat.split(separator: " ", omittingEmptySubsequences: false)[...]
        while let word = rest.first, (first.isEmpty ? word.count : first.count + 1 + word.count) <= width {
            first += (first.isEmpty ? "" : " ") + word
            rest = rest.dropFirst()
        }
        guard !first.isEmpty else { return shorten(flat, limit: width) }
        return first + "\n" + shorten(rest.joined(separator: " "), limit: width)
    }

    /// A centrality value for tooltips: four significant digits.
    /// "undefined" for a value that is not a number, never `nan`.
    static func score(_ x: Double) -> String { x.isFinite ? String(format: "%.4g", x) : "undefined" }
}
