import Foundation
import KlyngeReports

extension Output {
    /// Writes `result` to `path` (atomically) or to standard output in `format`: a text form
    /// (CSV in `dialect`, with its byte-order mark), one HTML page, or an xlsx workbook (a
    /// sheet per table). `generator` goes in the HTML page's footer.
    static func write(
        _ result: some TabularResult,
        as format: FileFormat,
        dialect: CSVDialect = .standard,
        generator: String,
        to path: String?,
        protecting inputs: [String]
    ) throws {
        switch format {
        case .csv where dialect != .standard:
            try write(dialect.byteOrderMark + result.csv(dialect), to: path, protecting: inputs)
        case .html:
            try write(result.tables.renderHTML(generator: generator), to: path, protecting: inputs)
        case .xlsx:
            let data: Data
            do { data = try XLSXWorkbook(result.tables).xlsx() } catch {
                throw OutputError(description: "\(path ?? "xlsx"): \(error.description)")
            }
            try write(data, to: path, protecting: inputs)
        default:
            guard let text = format.textFormat else {
                throw OutputError(description: "\(path ?? "output"): a table cannot be written as \(format.rawValue)")
            }
            try write(result.render(text), to: path, protecting: inputs)
        }
    }
}
