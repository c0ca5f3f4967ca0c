import Foundation

/// What an output file holds, told by the extension of `-o FILE` or by an explicit option
/// (`--format`, `--to`): the one place that decides the format of every command's output.
///
/// A command declares the formats it writes (its `allowed` list); ``init(path:explicit:allowed:default:option:)``
/// then picks the format:
///
/// | `-o` extension | `--format` | result |
/// |---|---|---|
/// | claimed by an allowed format | none or the same | that format |
/// | claimed by an allowed format | another one | usage error: they contradict |
/// | claimed only by formats the command cannot write (`map -o m.csv`) | any | usage error naming the writable extensions |
/// | none or unknown (`out`, `out.dat`) | given | the explicit format |
/// | none or unknown | none | usage error naming the writable extensions |
/// | no `-o` (standard output) | given or not | the explicit format, else the default; a binary one (xlsx, png, pdf) is an error |
///
/// An extension may belong to several formats (`.txt` is an aligned table, or an edge list
/// for `klynge export`); the command's allowed list tells which one it means.
///
/// ```swift
/// let f = try FileFormat(path: "top20.xlsx", explicit: nil, allowed: FileFormat.tables, default: .table)
/// // f == .xlsx
/// _ = try FileFormat(path: "m.csv", explicit: nil, allowed: FileFormat.maps, default: .svg)
/// // throws: "m.csv: cannot write a .csv file here; use .svg, .png, .pdf or .dot"
/// ```
public enum FileFormat: String, CaseIterable, Sendable {
    /// An aligned text table (`--format table`), or a plain text file.
    case table
    case csv, json, md, html, xlsx
    case svg, png, pdf, dot
    case graphml, gexf
    /// `source<TAB>target<TAB>weight` lines (`klynge export --to edgelist`).
    case edgelist

    /// The formats of a table or of a report made of tables.
    public static let tables: [FileFormat] = [.table, .csv, .json, .md, .html, .xlsx]
    /// The formats of a map.
    public static let maps: [FileFormat] = [.svg, .png, .pdf, .dot]
    /// The formats of a graph export.
    public static let exports: [FileFormat] = [.graphml, .gexf, .dot, .edgelist]

    /// The file extensions that name this format, lowercase and without the dot; the first
    /// is the one messages suggest.
    public var extensions: [String] {
        switch self {
        case .table: ["txt", "text"]
        case .md: ["md", "markdown"]
        case .html: ["html", "htm"]
        case .dot: ["dot", "gv"]
        case .edgelist: ["edges", "edgelist", "txt", "tsv"]
        default: [rawValue]
        }
    }

    /// Whether the format is bytes rather than text (never written to standard output).
    public var isBinary: Bool { self == .xlsx || self == .png || self == .pdf }

    /// The text format of a table, for the formats that are one.
    public var textFormat: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The lowercased extension of `path` ("" when it has none).
    public static func fileExtension(of path: String) -> String {
        URL(fileURLWithPath: path).pathExtension.lowercased()
    }

    /// The format to write, decided as the table in the type's documentation says.
    ///
    /// - Parameters:
    ///   - path: the `-o` file, or nil for standard output.
    ///   - explicit: the format given by `option`, if any.
    ///   - allowed: the formats the command writes, in the order messages list them.
    ///   - fallback: the format for standard output without `explicit`; nil when the
    ///     command has none (a usage error then asks for one).
    ///   - option: the name of the explicit option, for messages ("" when the command has none).
    /// - Throws: ``FileFormatError`` (a usage error) when the format cannot be told or the
    ///   command cannot write it.
    /// - Complexity: O(allowed formats).
    public init(
        path: String?,
        explicit: FileFormat?,
        allowed: [FileFormat],
        default fallback: FileFormat?,
        option: String = "--format"
    ) throws(FileFormatError) {
        let writable = FileFormatError.list(allowed)
        if let explicit, !allowed.contains(explicit) {
            throw FileFormatError(
                description: "\(option) \(explicit.rawValue): cannot write that here; use \(writable)"
            )
        }
        guard let path else {
            guard let format = explicit ?? fallback else {
                throw FileFormatError(description: "give \(option) or -o FILE (\(writable))")
            }
            if format.isBinary {
                throw FileFormatError(
                    description: "\(format.rawValue) is binary: give -o FILE.\(format.extensions[0])"
                )
            }
            self = format
            return
        }
        let ext = Self.fileExtension(of: path)
        if let claimed = allowed.first(where: { $0.extensions.contains(ext) }) {
            if let explicit, explicit != claimed {
                throw FileFormatError(
                    description:
                        "\(path): the extension .\(ext) says \(claimed.rawValue) but \(option) says \(explicit.rawValue); "
                        + "rename the file or drop \(option)"
                )
            }
            self = claimed
            return
        }
        if !ext.isEmpty, Self.allCases.contains(where: { $0.extensions.contains(ext) }) {
            throw FileFormatError(description: "\(path): cannot write a .\(ext) file here; use \(writable)")
        }
        if let explicit {
            self = explicit
            return
        }
        let orOption = option.isEmpty ? "" : ", or \(option)"
        throw FileFormatError(
            description: ext.isEmpty
                ? "\(path): cannot tell the format without an extension; use \(writable)\(orOption)"
                : "\(path): cannot tell the format from '.\(ext)'; use \(writable)\(orOption)"
        )
    }
}

/// A format that cannot be told or written: a usage error (the command line is wrong).
public struct FileFormatError: Error, Sendable, CustomStringConvertible {
    public let description: String

    /// ".txt, .csv, .json, .md, .html or .xlsx": the first extension of each format.
    static func list(_ formats: [FileFormat]) -> String {
        let names = formats.map { "." + $0.extensions[0] }
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }
}
