import Foundation
import KlyngeEcosystem
import KlyngeTestSupport

/// The `xlsx` target: a small valid workbook in which one part is replaced by the fuzz input, so
/// that most inputs reach the XML readers instead of stopping at the ZIP signature.
///
/// The input's first byte chooses the part (modulo the number of choices): `0` the whole file as
/// given, `1` the first sheet, `2` the shared strings, `3` `xl/workbook.xml`, `4` the styles,
/// `5` the workbook's relationships, `6` the package relationships. The rest of the input is that
/// part's bytes (``FuzzWorkbook``, shared with the tests). The workbook is written to a temporary file, opened with
/// `Workbook(path:file:)` and every sheet read as a table.
///
/// ```swift
/// WorkbookInput.open(Data([1]) + Data("<worksheet/>".utf8))
/// ```
enum WorkbookInput {

    /// Where each input's workbook is written: /dev/shm when it is a folder, else the temporary folder.
    static let folder: String = {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue {
            return "/dev/shm/"
        }
        return NSTemporaryDirectory()
    }()

    /// Opens the workbook `data` chooses (see the type's description) and reads every sheet.
    static func open(_ data: Data) {
        guard let file = FuzzWorkbook.file(for: data) else { return }
        // A file, as `klynge import` opens workbooks; `Archive(data:)` on bytes that are not a ZIP
        // archive leaks ~230 bytes (its FILE is never closed; found by this target's first run).
        // In memory (/dev/shm, a tmpfs, where there is one) and written with write(2): with
        // `Data.write(to:)` to /tmp the write took a fifth of the target's time (perf, 2026-12-04), a
        // third of it syncing the file to disk, and on a busy disk the sync or the removal stalled past
        // the 1 s hang limit (4 timeouts in the 2026-12-04 campaign; replayed alone, 90 ms each).
        let path = Self.folder + "klynge-fuzz-\(getpid()).xlsx"
        let written = writeUnsynced(file, to: path)
        guard written else { return }
        defer { unlink(path) }
        guard let book = try? Workbook(path: path, file: "fuzz.xlsx") else { return }
        precondition(!book.sheetNames.isEmpty, "a workbook opened without a sheet")
        for sheet in book.sheetNames {
            var problems: [DatasetProblem] = []
            _ = try? book.table(sheet: sheet, problems: &problems)
        }
    }
}

/// Writes `data` to `path` (created or truncated) with write(2), without syncing it to disk.
private func writeUnsynced(_ data: Data, to path: String) -> Bool {
    data.withUnsafeBytes { bytes -> Bool in
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, bytes.baseAddress, bytes.count) == bytes.count
    }
}
