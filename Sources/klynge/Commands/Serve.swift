import ArgumentParser
import Foundation
import KlyngeEcosystem
import KlyngeRender
import KlyngeServer

/// `klynge serve DATASET`: the dataset in the browser — the interactive map, partner matching,
/// brokers, consortia, the report — and a JSON API, on a local web server.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the dataset in the browser: the map, partner matching, brokers and a JSON API.",
        discussion: """
            Loads DATASET once, computes its graph, centralities, brokerage and matching index \
            (progress on stderr), prints the address and answers until Ctrl-C or SIGTERM. Pages: \
            / (the map), /members/ID, /match, /brokers, /consortium, /report. The JSON API under \
            /api/ gives the same results as --format json; /openapi.json describes it.

            The server binds 127.0.0.1 unless --host says otherwise; any other address needs \
            --token, which every request must then carry (Authorization: Bearer TOKEN, or the \
            cookie that /login?token=TOKEN sets). Nothing is written; query strings over 8 kB, \
            top over 1000 and requests over 10 s are refused.
            """
    )

    @OptionGroup var data: DatasetArgument

    @Option(help: "Address to listen on (a non-loopback address needs --token).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(help: ArgumentHelp("A secret every request must carry.", valueName: "TOKEN"))
    var token: String?

    @Option(help: "Threads for the start-up computations and for answering requests (default: all cores).")
    var threads: Int?

    var server: ServerConfiguration {
        var c = ServerConfiguration()
        c.host = host
        c.port = port
        c.token = token
        c.threads = threads
        return c
    }

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
        if let token, token.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--token must not be empty")
        }
        if !server.isLoopback && token == nil {
            throw ValidationError(
                "--host \(host) is reachable from other machines: give --token TOKEN so that only those who have it can use the server"
            )
        }
    }

    func run() async throws {
        try await runReportingErrors {
            let eco = try data.load()
            if eco.isSynthetic { Diagnostics.note(eco.syntheticNotice) }
            let timer = StepTimer()
            let served = try ServedDataset(eco, threads: threads) { timer.begin($0) }
            timer.begin("supercluster map")
            _ = try served.superclusterMap()
            timer.end()
            for note in served.notes { Diagnostics.note(note) }
            if served.mapsSelectMembers {
                Diagnostics.note(
                    "the maps show the \(MapOptions.largeDatasetTop) members highest on betweenness of \(eco.members.count), with ties of at least \(Int(MapOptions.largeDatasetMinWeight)) shared projects"
                )
            }
            let name = eco.name
            let host = server.host.contains(":") ? "[\(server.host)]" : server.host
            try await KlyngeApplication.serve(served: served, configuration: server) { port in
                let line = "Klynge is serving \(name) at http://\(host):\(port)/ — Ctrl-C stops it\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        }
    }
}

/// Each start-up step on stderr with the time it took: `klynge: centrality: betweenness 0.41 s`.
private final class StepTimer {
    private let started = Date()
    private var step: (name: String, at: Date)?

    /// Ends the running step and starts `name`.
    func begin(_ name: String) {
        end()
        step = (name, Date())
    }

    /// Ends the running step, and says how long everything took so far.
    func end() {
        guard let (name, at) = step else { return }
        let now = Date()
        Diagnostics.note(
            "\(name) \(String(format: "%.2f", now.timeIntervalSince(at))) s "
                + "(\(String(format: "%.2f", now.timeIntervalSince(started))) s in all)"
        )
        step = nil
    }
}
