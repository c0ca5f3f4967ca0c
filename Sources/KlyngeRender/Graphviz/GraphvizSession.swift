import CGraphviz
import KlyngeConcurrency

/// The single owner of Graphviz in the process: every Graphviz call runs inside
/// ``run(_:)``, one at a time.
///
/// Graphviz is not thread-safe, not even with one context per thread: two threads
/// with separate contexts and separate graphs crashed in libgvc within a few
/// iterations (Documentation/Graphviz.md §5). Its globals (the error channel, the
/// ID and memory disciplines, the C random number generators reset before each
/// layout) are process-wide too. So all calls are serialized through one
/// ``Locked`` (a serial `DispatchQueue`, which Thread Sanitizer understands; TSan
/// cannot see inside the uninstrumented libgvc, so this lock is the protection).
///
/// **One context for the process.** The `GVC_t` context is created lazily, on the
/// first call, and kept until the process exits, as the `dot` command keeps one
/// for all its input graphs. Measured on this machine kind (release build): a
/// context per call would cost about 0.4 ms (`gvContext()`, plugin listing,
/// `gvFreeContext()`), renders take the same time either way (the plugin
/// libraries stay loaded in the process once used: a 10-node SVG in about 1 ms
/// after the first call's 30 ms), and it changes nothing about layout
/// determinism (see ``GraphvizDeterminism``). Graphs, layouts and render buffers
/// are freed after every call; RSS stays flat over repeated renders.
///
/// **Plugins.** `gvContext()` loads plugins listed in `config6a` in the Graphviz
/// plugin folder (`/usr/lib/x86_64-linux-gnu/graphviz` on Debian), written by the
/// libgvc6 package's post-install script. Without that file the context has no
/// plugins at all; this is reported as a ``GraphvizError/Stage/setup`` error that
/// names the repair (`libgvc6-config-update -c`), and the next call tries again.
final class GraphvizSession: Sendable {
    /// The process-wide session.
    static let shared = GraphvizSession()

    /// A context and what it can do. Only used inside the lock.
    struct Context {
        let gvc: OpaquePointer
        /// Layout plugin names, e.g. `sfdp`, `dot`.
        let layouts: Set<String>
        /// Output format (device) names, e.g. `svg`, `png`.
        let formats: Set<String>
    }

    private struct State: @unchecked Sendable {
        // Safety of @unchecked Sendable: `gvc` is a pointer into Graphviz, used only
        // inside `Locked.withLock`, which runs one closure at a time.
        var gvc: OpaquePointer?
        var layouts: Set<String> = []
        var formats: Set<String> = []
        var globalsInstalled = false
    }

    private let state = Locked(State())

    private init() {}

    /// Runs `body` with exclusive use of Graphviz and a context that has plugins.
    func run<R>(_ body: (Context) -> Result<R, GraphvizError>) -> Result<R, GraphvizError> {
        state.withLock { state in
            switch Self.context(&state) {
            case .success(let context): body(context)
            case .failure(let error): .failure(error)
            }
        }
    }

    /// The library's version string (e.g. `2.43.0`), or `unknown` if no context could
    /// be created.
    var version: String {
        state.withLock { state in
            guard let gvc = Self.bareContext(&state), let text = gvcVersion(gvc) else { return "unknown" }
            return String(cString: text)
        }
    }

    /// Installs the process-wide settings once, then creates the context if needed.
    private static func bareContext(_ state: inout State) -> OpaquePointer? {
        if !state.globalsInstalled {
            // Before the first graph exists: a graph must be closed under the
            // disciplines it was opened with.
            GraphvizDeterminism.install()
            GraphvizDiagnostics.install()
            state.globalsInstalled = true
        }
        if state.gvc == nil { state.gvc = gvContext() }
        return state.gvc
    }

    private static func context(_ state: inout State) -> Result<Context, GraphvizError> {
        GraphvizDiagnostics.clear()
        guard let gvc = bareContext(&state) else {
            return .failure(
                GraphvizDiagnostics.error(
                    .setup,
                    context: "creating the Graphviz context",
                    fallback: "gvContext() returned no context"
                )
            )
        }
        if state.layouts.isEmpty {
            state.layouts = pluginNames(gvc, kind: "layout")
            state.formats = pluginNames(gvc, kind: "device")
        }
        guard !state.layouts.isEmpty else {
            // Drop this context so that the next call sees a repaired installation.
            gvFreeContext(gvc)
            state.gvc = nil
            return .failure(
                GraphvizError(
                    stage: .setup,
                    message: "Graphviz has no layout plugins registered: its plugin list (config6a in the "
                        + "Graphviz plugin folder, /usr/lib/x86_64-linux-gnu/graphviz on Debian) is missing "
                        + "or empty. Run `sudo libgvc6-config-update -c` (or `sudo dot -c`) to write it.",
                    context: "loading Graphviz plugins"
                )
            )
        }
        return .success(Context(gvc: gvc, layouts: state.layouts, formats: state.formats))
    }

    /// The names of the plugins of one kind (`layout`, `device`, `render`, ...).
    private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> Set<String> {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { cgv_free_plugin_list(list, count) }
        var names = Set<String>()
        for i in 0..<Int(count) {
            if let name = list[i] { names.insert(String(cString: name)) }
        }
        return names
    }
}
