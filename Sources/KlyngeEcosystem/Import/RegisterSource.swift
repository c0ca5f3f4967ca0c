import Foundation

/// One register given to `klynge import`, read as a raw table: a delimited text file (`.csv`,
/// `.txt`, `.tsv`, any name) through ``CSVTable/read(path:file:problems:)``, or a sheet of an Excel
/// workbook (`.xlsx`) through ``Workbook``.
struct RegisterSource {
    /// The name problems use: the path as given, with `[SHEET]` for a workbook.
    let file: String
    /// The header and rows as read, then as the import rewrites them (mapped headers, made ids,
    /// personal data left out, rows set aside).
    var header: [String]
    var rows: [(line: Int, fields: [String])]
    /// The file as given, the sheet read (nil for a text file) and the file's SHA-256.
    let path: String
    let sheet: String?
    let sha256: String
    /// How many rows were read.
    let rowsRead: Int
    /// What reading converted (`medlemmer.csv: read as Windows-1252, ';'-separated`).
    let notes: [String]

    init(table: CSVTable, path: String, sheet: String?, sha256: String) {
        file = table.file
        header = table.header
        rows = table.rows
        self.path = path
        self.sheet = sheet
        self.sha256 = sha256
        rowsRead = table.rows.count
        notes = table.notes
    }

    /// The current header and rows as a table for the loader (header problems were reported on reading).
    var table: CSVTable {
        var ignored: [DatasetProblem] = []
        return CSVTable(file: file, header: header, rows: rows, problems: &ignored)
    }

    /// The index of the first header naming one of `names` (compared under ``foldedKey(_:)``).
    func column(_ names: [String]) -> Int? {
        let keys = Set(names.map(foldedKey))
        return header.firstIndex { keys.contains(foldedKey($0)) }
    }

    /// The index of the first header the loader reads as `canonical` through `aliases`
    /// (`Navn`, `name` → name).
    func column(_ canonical: String, _ aliases: ColumnAliases) -> Int? {
        header.firstIndex { aliases.canonical($0) == canonical }
    }

    /// The trimmed cell `i` of `fields` (empty when the row is short).
    static func cell(_ fields: [String], _ i: Int?) -> String {
        guard let i, i < fields.count else { return "" }
        return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads `path`. For a workbook the sheet is `sheet` when given, else the first whose name
    /// starts with one of `prefixes` (ignoring case), else the first sheet.
    /// Returns nil after adding a problem when the file cannot be read at all.
    ///
    /// ```swift
    /// var problems: [DatasetProblem] = []
    /// let members = RegisterSource.read("register.xlsx", sheet: nil, prefixes: ["medlem", "member"], problems: &problems)
    /// print(members?.table.file ?? "")  // register.xlsx[Medlemmer]
    /// ```
    ///
    /// - Complexity: O(size of the file).
    static func read(
        _ path: String,
        sheet: String?,
        prefixes: [String],
        problems: inout [DatasetProblem]
    ) -> RegisterSource? {
        guard let data = readFileBytes(atPath: path) else {
            problems.append(DatasetProblem(file: path, message: "no such file"))
            return nil
        }
        let digest = SHA256.hex(of: [UInt8](data))
        let isWorkbook =
            path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".xls")
            || data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if !isWorkbook {
            if let sheet {
                problems.append(
                    DatasetProblem(file: path, message: "--…-sheet '\(sheet)' given, but this is not a workbook")
                )
            }
            guard let table = CSVTable.read(path: path, file: path, problems: &problems) else { return nil }
            return RegisterSource(table: table, path: path, sheet: nil, sha256: digest)
        }
        do {
            let book = try Workbook(path: path)
            let chosen =
                sheet
                ?? book.sheetNames.first { name in prefixes.contains { name.lowercased().hasPrefix($0) } }
                ?? book.sheetNames[0]
            let table = try book.table(sheet: chosen, problems: &problems)
            let name = String(table.file.dropFirst(path.count + 1).dropLast())
            return RegisterSource(table: table, path: path, sheet: name, sha256: digest)
        } catch {
            problems.append(error)
            return nil
        }
    }
}
