import Foundation
import KlyngeEcosystem
import KlyngeGraph

/// A small valid dataset held in memory; each fuzz input replaces one of its files and the
/// dataset is validated.
enum DatasetInput {
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

    /// The edge list of the `groups` target's graph.
    static let graph: CSRGraph = try! EdgeListReader().parse(Data("a b\nb c\nc d\nd e\n".utf8), file: "groups.edges")

    /// Validates the dataset with `data` as `name`.csv, in memory
    /// (`DatasetLoader.validate(files:)`, the folder loader's code from the bytes on), on this thread.
    ///
    /// - Complexity: that of the loader on the dataset.
    static func load(replacing name: String, with data: Data) {
        func bytes(_ file: String) -> [UInt8] { file == name ? [UInt8](data) : Array(files[file + ".csv"]!.utf8) }
        let dataset = DatasetFiles(
            name: "fuzz",
            readme: "# A dataset for fuzzing",
            members: bytes("members"),
            projects: bytes("projects"),
            participations: bytes("participations"),
            relations: bytes("relations")
        )
        var loader = DatasetLoader()
        loader.onCallerThread = true  // a few hundred bytes: no hand-over to workers (same code, same result)
        let (eco, problems) = loader.validate(files: dataset)
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

    /// Reads `data` as the node,group CSV of ``graph`` (`readNodeGroups(bytes:file:for:)`).
    ///
    /// - Complexity: O(`data.count` + nodes).
    static func readGroups(_ data: Data) {
        if let groups = try? readNodeGroups(bytes: [UInt8](data), file: "groups.csv", for: graph) {
            precondition(groups.primary.count == graph.nodeCount, "a group for every node")
        }
    }
}
