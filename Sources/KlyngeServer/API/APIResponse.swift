import Foundation
import Hummingbird
import KlyngeReports
import NIOCore

/// The bodies the API sends: JSON text, other text, bytes, and a table in `format=json|csv|xlsx`.
enum APIResponse {
    /// `value` as JSON, keys sorted (the same bytes for the same value), slashes not escaped.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Our values hold no non-finite numbers (``finite(_:)``), so encoding cannot fail.
        let data =
            (try? encoder.encode(value)) ?? Data(#"{"error":"internal error: the answer could not be encoded"}"#.utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        self.text(text, contentType: "application/json; charset=utf-8", status: status)
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(text.utf8), contentType: contentType, status: status)
    }

    static func bytes(
        _ bytes: [UInt8],
        contentType: String,
        status: HTTPResponse.Status = .ok,
        headers extra: HTTPFields = [:]
    ) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `result` in `format`: its JSON (what the CLI's `--format json` prints), or its CSV / xlsx
    /// workbook as a download named `name.csv` / `name.xlsx`.
    static func table(_ result: some TabularResult, format: DownloadFormat, name: String) throws -> Response {
        let disposition: HTTPFields = [
            .contentDisposition: "attachment; filename=\"\(name).\(format.rawValue)\""
        ]
        switch format {
        case .json:
            return json(result.render(.json))
        case .csv:
            return bytes(Array(result.render(.csv).utf8), contentType: format.contentType, headers: disposition)
        case .xlsx:
            let data = try XLSXWorkbook(result.tables).xlsx()
            return bytes(Array(data), contentType: format.contentType, headers: disposition)
        }
    }
}
