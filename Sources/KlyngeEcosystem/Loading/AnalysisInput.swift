import Foundation
import KlyngeGraph

/// What a command's INPUT argument names: an edge-list file, or a dataset
/// folder analysed through its member collaboration graph.
public struct AnalysisInput: Sendable {
    /// The graph to analyse. For a dataset: members as nodes (ids = member ids),
    /// weighted by collaboration strength.
    public let graph: CSRGraph
    /// The dataset, when INPUT was a folder.
    public let ecosystem: Ecosystem?

    /// Loads `path`: a folder is a dataset, anything else an edge list.
    /// - Parameters:
    ///   - directed, weighted: for edge lists (datasets give undirected weighted graphs).
    ///   - weighting, years, includeRelations: how a dataset's collaboration graph is built.
    /// - Throws: ``InputError`` (edge list), ``DatasetError`` (dataset), ``GraphError``.
    public static func load(
        _ path: String,
        directed: Bool = false,
        weighted: Bool = false,
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil,
        includeRelations: Bool = false
    ) throws -> AnalysisInput {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            let eco = try DatasetLoader().load(folder: path)
            return AnalysisInput(
                graph: try eco.collaborationGraph(
                    weighting: weighting,
                    years: years,
                    includeRelations: includeRelations
                ),
                ecosystem: eco
            )
        }
        return AnalysisInput(
            graph: try EdgeListReader(directed: directed, weighted: weighted).read(path: path),
            ecosystem: nil
        )
    }
}
