import KlyngeReports

/// `format=json|csv|xlsx` of the endpoints that answer with a table: JSON (the default, the
/// CLI's `--format json`), CSV or an Excel workbook, the latter two sent as a download.
///
/// ```swift
/// let f = try DownloadFormat(QueryValues(query: "format=csv"))  // .csv
/// f.contentType  // "text/csv; charset=utf-8"
/// ```
public enum DownloadFormat: String, Sendable, CaseIterable {
    case json, csv, xlsx

    /// The `format` parameter of `values`; JSON when absent.
    /// - Throws: ``ParameterError`` naming `format` and the choices.
    public init(_ values: QueryValues) throws(ParameterError) {
        guard let text = values.first("format") else {
            self = .json
            return
        }
        guard let f = DownloadFormat(rawValue: text.lowercased()) else {
            throw ParameterError("format", "unknown format '\(text)' (choose from json, csv, xlsx)")
        }
        self = f
    }

    /// The response's `Content-Type`.
    public var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    /// The format as the report writers name it.
    public var file: FileFormat {
        switch self {
        case .json: .json
        case .csv: .csv
        case .xlsx: .xlsx
        }
    }
}

/// The limits every request is held to (the contract of `klynge serve`).
public enum RequestLimits {
    /// The largest `top` any endpoint accepts.
    public static let maximumTop = 1000
    /// The longest query string accepted, in bytes.
    public static let maximumQueryBytes = 8 * 1024
    /// How long a request may compute before it is answered 503.
    public static let timeLimit: Duration = .seconds(10)
}
