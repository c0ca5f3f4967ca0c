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
    ///   - path: an edge-list file, or a dataset folder.
    ///   - directed: for edge lists (datasets give undirected graphs).
    ///   - weighted: for edge lists: read the third column (datasets are always weighted).
    ///   - weighting: how a dataset's collaboration ties are weighed.
    ///   - years: for a dataset, only projects active in these years (inclusive).
    ///   - includeRelations: for a dataset, add the ties of `relations.csv`.
    ///   - threads: workers that parse an edge list (nil: every core); the graph does not
    ///     depend on it.
    /// - Throws: ``InputError`` (edge list), ``DatasetError`` (dataset), `GraphError`.
    ///
    /// ```swift
    /// let input = try AnalysisInput.load("Datasets/sna-classic/florentine.edges")
    /// let scores = try input.graph.betweenness()  // input.ecosystem is nil: an edge list
    /// ```
    ///
    /// - Complexity: the loader's: O(*bytes* + *E* log *d*).
    public static func load(
        _ path: String,
        directed: Bool = false,
        weighted: Bool = false,
        weighting: CollaborationWeighting = .sharedProjects,
        years: ClosedRange<Int>? = nil,
        includeRelations: Bool = false,
        threads: Int? = nil
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
            graph: try EdgeListReader(directed: directed, weighted: weighted, threads: threads).read(path: path),
            ecosystem: nil
        )
    }
}
