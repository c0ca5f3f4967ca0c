import KlyngeEcosystem
import KlyngeGraph

extension CentralityOptions {
    /// Options for the graph of `input`, reading its weights as the input means them (with
    /// `weighted`): an edge list's weights are lengths already; a dataset's collaboration ties
    /// are strengths (shared projects), so betweenness, closeness and harmonic run on lengths
    /// 1/strength while eigenvector, PageRank and clustering keep the strengths.
    ///
    /// ```swift
    /// let input = try AnalysisInput.load("Datasets/norwegian-health-supercluster", weighted: true)
    /// let options = CentralityOptions(for: input, weighted: true)
    /// let result = try computeCentrality(input.graph, measures: [.betweenness], options: options)
    /// ```
    /// - Complexity: O(E) for a dataset with `weighted` (the length graph), else O(1).
    public init(for input: AnalysisInput, weighted: Bool) {
        self.init()
        self.weighted = weighted
        if input.ecosystem != nil && weighted { distanceGraph = input.graph.mappingWeights { 1 / $0 } }
    }
}

extension AnalysisInput {
    /// What a dataset input holds, for a note on stderr: members, ties and the projects (and
    /// relations) they come from; and, with a year window, how many undated projects it left
    /// out. Empty for an edge list.
    /// - Complexity: O(projects).
    public func notes(years: ClosedRange<Int>?, includeRelations: Bool) -> [String] {
        guard let eco = ecosystem else { return [] }
        var notes: [String] = []
        if eco.isSynthetic { notes.append(eco.syntheticNotice) }
        let sources =
            "\(eco.projects(activeIn: years).count) projects"
            + (includeRelations ? " and \(eco.relations.count) relations" : "")
        notes.append("\(eco.name): \(eco.members.count) members, \(graph.edgeCount) collaboration ties from \(sources)")
        let undated = eco.projects.filter { $0.start == nil }.count
        if years != nil && undated > 0 {
            notes.append("\(undated) projects with an unknown start are in no year window and were left out")
        }
        return notes
    }
}
