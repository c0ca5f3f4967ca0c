import Foundation
import KlyngeEcosystem
import KlyngeGraph
import KlyngeMatching

/// What one fuzz input is fed to. Each target either accepts the bytes or rejects them with the
/// reader's own error type; anything else — a crash, a sanitizer report, a broken invariant
/// (checked with `precondition`) — is a finding.
///
/// ```swift
/// FuzzTarget.edgelist.run(Data("a\tb\n".utf8))
/// ```
enum FuzzTarget: String, CaseIterable, Sendable {
    /// The bytes as `members.csv` of an otherwise valid dataset folder.
    case members
    /// The bytes as `projects.csv`.
    case projects
    /// The bytes as `participations.csv`.
    case participations
    /// The bytes as `relations.csv`.
    case relations
    /// The bytes as an edge list (`EdgeListReader.parse`), undirected and weighted.
    case edgelist
    /// The bytes as a `node,group` CSV for a fixed five-node graph (`readNodeGroups`).
    case groups
    /// The bytes (as UTF-8, lossily) as a newcomer profile (`Seeker.parseProfile`).
    case profile
    /// The bytes (as UTF-8, lossily) through every escaper, checking what each promises.
    case escape
    /// The bytes as one part of an Excel workbook, or as the whole file (``WorkbookInput``).
    case xlsx

    /// Feeds `data` to the target. - Complexity: that of the reader on `data`.
    func run(_ data: Data) {
        switch self {
        case .members, .projects, .participations, .relations:
            DatasetInput.load(replacing: rawValue, with: data)
        case .edgelist:
            if let g = try? EdgeListReader(directed: false, weighted: true).parse(data, file: "fuzz.edges") {
                precondition(g.nodes.count == g.nodeCount, "edge list: node table and CSR disagree")
            }
        case .groups:
            DatasetInput.readGroups(data)
        case .profile:
            _ = try? Seeker.parseProfile(String(decoding: data, as: UTF8.self))
        case .escape:
            EscapeProperties.check(String(decoding: data, as: UTF8.self))
        case .xlsx:
            WorkbookInput.open(data)
        }
    }
}
