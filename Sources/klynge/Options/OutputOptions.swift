import ArgumentParser
import KlyngeReports

/// `--threads N`: worker threads for the parallel algorithms.
struct ThreadOptions: ParsableArguments {
    @Option(help: "Worker threads (default: all cores). Output is identical for any value.")
    var threads: Int?

    func validate() throws {
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

/// `-o FILE`: where the output goes; its extension tells the format (``FileFormat``).
struct OutputFileOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: "Write to FILE (atomically) instead of standard output, in the format its extension names."
    )
    var output: String?

    /// The format to write: `explicit` or the extension of `-o`, among `allowed`
    /// (``FileFormat/init(path:explicit:allowed:default:option:)``), as a usage error (exit 64)
    /// when they contradict or the command cannot write it.
    func format(
        explicit: FileFormat?,
        allowed: [FileFormat],
        default fallback: FileFormat?,
        option: String = "--format"
    ) throws -> FileFormat {
        try FileFormat.chosen(path: output, explicit: explicit, allowed: allowed, default: fallback, option: option)
    }
}

extension FileFormat {
    /// ``FileFormat/init(path:explicit:allowed:default:option:)`` with its error as a usage
    /// error (ArgumentParser prints it with the usage and exits 64).
    static func chosen(
        path: String?,
        explicit: FileFormat?,
        allowed: [FileFormat],
        default fallback: FileFormat?,
        option: String
    ) throws -> FileFormat {
        do {
            return try FileFormat(path: path, explicit: explicit, allowed: allowed, default: fallback, option: option)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// `--format` of the commands that write a table or a report of tables.
enum TableFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, md, html, xlsx

    var file: FileFormat {
        switch self {
        case .table: .table
        case .csv: .csv
        case .json: .json
        case .md: .md
        case .html: .html
        case .xlsx: .xlsx
        }
    }
}

/// The output of the commands that print one table or report: its format and file.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: "Output format (default: the extension of -o, else table).")
    var format: TableFormat?

    @Flag(help: "CSV for Excel with a decimal comma (Norwegian): byte-order mark, ';', decimal comma, CRLF.")
    var excel = false

    @OptionGroup var file: OutputFileOptions

    var output: String? { file.output }

    /// The format chosen by `--format` and the extension of `-o` (.txt, .csv, .json, .md,
    /// .html, .xlsx); table without either.
    var fileFormat: FileFormat {
        get throws { try file.format(explicit: format?.file, allowed: FileFormat.tables, default: .table) }
    }

    func validate() throws {
        if try fileFormat != .csv && excel {
            throw ValidationError("--excel is for CSV: add --format csv or name the file .csv")
        }
    }

    /// Writes `result` in ``fileFormat`` to `-o` or standard output, refusing to overwrite
    /// the `inputs`.
    func write(_ result: some TabularResult, generator: String, protecting inputs: [String]) throws {
        try Output.write(
            result,
            as: try fileFormat,
            dialect: excel ? .excel : .standard,
            generator: generator,
            to: output,
            protecting: inputs
        )
    }
}
