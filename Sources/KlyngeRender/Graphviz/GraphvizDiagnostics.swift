import CGraphviz

/// Graphviz's error channel, captured per operation.
///
/// Graphviz reports problems through `agerr`, which prints to stderr unless a
/// user function is installed with `agseterrf`. That function is a C function
/// pointer and cannot capture Swift state, so the shim (`cgv_errors_*` in
/// `shim.h`) appends the message pieces to a static C buffer, which this type
/// clears before an operation and reads afterwards.
///
/// All `cgv_errors_*` calls live in this file on purpose: the shim's buffer is a
/// `static` in a header, and each compiled object that calls the functions gets
/// its own copy. Every use happens under ``GraphvizSession``'s lock.
enum GraphvizDiagnostics {
    /// Routes Graphviz's errors and warnings into the buffer (process-wide, once).
    static func install() {
        cgv_errors_install()
    }

    /// Empties the buffer before an operation.
    static func clear() {
        cgv_errors_clear()
    }

    /// The text Graphviz reported since ``clear()``, trimmed; empty if none.
    static func collected() -> String {
        var text = String(cString: cgv_errors_text())
        if cgv_errors_were_truncated() != 0 { text += " …" }
        return text.trimmingWhitespace()
    }

    /// An error for `stage` with Graphviz's text, or `fallback` when it said nothing.
    static func error(_ stage: GraphvizError.Stage, context: String, fallback: String) -> GraphvizError {
        let text = collected()
        return GraphvizError(stage: stage, message: text.isEmpty ? fallback : text, context: context)
    }

    /// Writes what Graphviz reported during a successful call (warnings such as
    /// "graph is too large for cairo-renderer bitmaps. Scaling by ...") to stderr,
    /// where Graphviz itself would have written it.
    static func forwardWarnings() {
        cgv_errors_forward_to_stderr()
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
