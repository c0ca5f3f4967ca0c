import CGraphviz

/// One parse → layout → render pass, run inside ``GraphvizSession``'s lock.
///
/// Frees everything it creates on every path: the graph (`agclose`), the layout
/// (`gvFreeLayout`) and the render buffer (`gvFreeRenderData`).
struct GraphvizRenderJob {
    let context: GraphvizSession.Context
    let engine: LayoutEngine
    let format: RenderFormat

    /// The error for a `name` this Graphviz build lacks, listing what it has; `nil` when it has it.
    private static func unavailable(
        _ what: String,
        _ name: String,
        in available: Set<String>,
        stage: GraphvizError.Stage,
        context: String
    ) -> GraphvizError? {
        guard !available.contains(name) else { return nil }
        return GraphvizError(
            stage: stage,
            message: "\(what) \(name) is not available; Graphviz has " + available.sorted().joined(separator: ", "),
            context: context
        )
    }

    func run(dot: String) -> Result<[UInt8], GraphvizError> {
        let engineName = engine.rawValue
        let formatName = format.graphvizName
        if let missing = Self.unavailable(
            "layout engine",
            engineName,
            in: context.layouts,
            stage: .layout,
            context: "laying out with \(engineName)"
        ) {
            return .failure(missing)
        }
        if let missing = Self.unavailable(
            "output format",
            formatName,
            in: context.formats,
            stage: .render,
            context: "rendering \(formatName)"
        ) {
            return .failure(missing)
        }

        GraphvizDiagnostics.clear()
        // The lexer is global state. agmemread stops after the first graph, leaving what
        // followed it (e.g. the final newline) in the lexer's buffer, where the next parse
        // would read it first and count its lines: flush it (cgv_lexer_reset), then reset
        // the line counter, which only the file-reading paths do.
        cgv_lexer_reset()
        agreadline(1)
        guard let graph = agmemread(dot) else {
            return .failure(
                GraphvizDiagnostics.error(
                    .parse,
                    context: "parsing DOT",
                    fallback: "the text holds no graph"
                )
            )
        }
        defer { agclose(graph) }

        GraphvizDeterminism.resetRandomState()
        let laidOut = gvLayout(context.gvc, graph, engineName)
        guard laidOut == 0 else {
            return .failure(
                GraphvizDiagnostics.error(
                    .layout,
                    context: "laying out with \(engineName)",
                    fallback: "gvLayout returned \(laidOut)"
                )
            )
        }
        defer { gvFreeLayout(context.gvc, graph) }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rendered = gvRenderData(context.gvc, graph, formatName, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard rendered == 0, let buffer else {
            return .failure(
                GraphvizDiagnostics.error(
                    .render,
                    context: "rendering \(formatName)",
                    fallback: "gvRenderData returned \(rendered)"
                )
            )
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(length))
        GraphvizDiagnostics.forwardWarnings()
        return .success(Array(bytes))
    }
}
