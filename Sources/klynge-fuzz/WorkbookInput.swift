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

    /// Opens the workbook `data` chooses (see the type's description) and reads every sheet.
    static func open(_ data: Data) {
        guard let file = FuzzWorkbook.file(for: data) else { return }
        // A file, as `klynge import` opens workbooks; `Archive(data:)` on bytes that are not a ZIP
        // archive leaks ~230 bytes (its FILE is never closed; found by this target's first run).
        let path = NSTemporaryDirectory() + "klynge-fuzz-\(getpid()).xlsx"
        guard (try? file.write(to: URL(fileURLWithPath: path))) != nil else { return }
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let book = try? Workbook(path: path, file: "fuzz.xlsx") else { return }
        precondition(!book.sheetNames.isEmpty, "a workbook opened without a sheet")
        for sheet in book.sheetNames {
            var problems: [DatasetProblem] = []
            _ = try? book.table(sheet: sheet, problems: &problems)
        }
    }
}
