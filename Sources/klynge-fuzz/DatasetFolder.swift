import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// A small valid dataset in a temporary folder; each fuzz input replaces one of its files,
/// is loaded, and the file is put back.
final class DatasetFolder: Sendable {
    static let shared = DatasetFolder()

    static let files: [String: String] = [
        "members.csv": """
        id,name,kind,municipality,county,clusters,topics,size,founded
        m1,Bergen,municipality,Bergen,Vestland,Smart Care,welfare technology,291940,1070
        m2,Alpha AS,company,Oslo,Oslo,Smart Care;Health Tech,fall detection,12,2015
        m3,Universitetet,university,Tromsø,Troms,Health Tech,medical imaging,3000,1968

        """,
        "projects.csv": """
        id,title,start,end,topics,programme
        p1,Fall sensors in Bergen,2019-03-01,2021-12-31,fall detection,Pilot Health
        p2,Imaging,2020,2022,medical imaging,EU

        """,
        "participations.csv": """
        project,member,role
        p1,m1,pilot-site
        p1,m2,coordinator
        p2,m2,partner
        p2,m3,partner

        """,
        "relations.csv": """
        source,target,type,weight
        m1,m3,MoU,1

        """,
    ]

    let path: String
    /// The edge list of the `groups` target's graph.
    let graph: CSRGraph

    init() {
        path = NSTemporaryDirectory() + "klynge-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in Self.files {
            try? text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
        }
        graph = try! EdgeListReader().parse(Data("a b\nb c\nc d\nd e\n".utf8), file: "groups.edges")
    }

    /// Loads the dataset with `data` as `name`.csv, then restores that file.
    func load(replacing name: String, with data: Data) {
        let file = path + "/" + name + ".csv"
        try? data.write(to: URL(fileURLWithPath: file))
        defer { try? Self.files[name + ".csv"]!.write(toFile: file, atomically: false, encoding: .utf8) }
        let (eco, problems) = DatasetLoader().validate(folder: path)
        if let eco {
            precondition(!problems.contains(where: \.isError), "an ecosystem despite errors")
            for p in eco.participations {
                precondition(eco.members.indices.contains(p.member), "participation names no member")
                precondition(eco.projects.indices.contains(p.project), "participation names no project")
            }
        } else {
            precondition(problems.contains(where: \.isError), "no ecosystem and no error to say why")
        }
    }

    /// Reads `data` as the node,group CSV of ``graph``.
    func readGroups(_ data: Data) {
        let file = path + "/groups.csv"
        try? data.write(to: URL(fileURLWithPath: file))
        if let groups = try? readNodeGroups(path: file, for: graph) {
            precondition(groups.primary.count == graph.nodeCount, "a group for every node")
        }
    }
}
