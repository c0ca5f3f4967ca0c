import ArgumentParser

/// The `klynge` command: analyses of an innovation ecosystem as a graph.
@main
struct Klynge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "klynge",
        abstract: "Analyse an innovation ecosystem (members, clusters, projects) as a graph.",
        discussion: """
            Node rankings follow NetworkX 3.x definitions, computed on all cores.
            Run 'klynge help <subcommand>' for each command's options.
            """,
        version: "0.1.0",
        subcommands: [
            Centrality.self, Validate.self, Stats.self, Export.self, Brokers.self, ReportCommand.self, MapCommand.self,
            Match.self, ConsortiumCommand.self, Evaluate.self, Import.self, Topics.self, Serve.self, Trends.self,
        ]
    )
}
