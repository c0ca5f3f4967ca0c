import Foundation
import ZIPFoundation

/// An Excel workbook (`.xlsx`) opened for reading its sheets as tables.
///
/// The file is a ZIP archive of XML parts (ZIPFoundation opens it, FoundationXML's streaming `XMLParser` reads
/// the parts, `PartParser`):
/// `xl/workbook.xml` names the sheets, its relationships lead to each sheet's part, the shared
/// strings and the styles. A cell's value is read as Excel shows it in a register: text from the
/// shared strings (rich-text runs joined), inline strings and formula results; numbers as
/// written (`147000`, `0.5`); booleans `TRUE`/`FALSE`; a number whose style has a date format as
/// the ISO day (`2019-03-01`, in the workbook's 1900 or 1904 date system). Line breaks within a
/// cell are kept (`\n`).
///
/// ```swift
/// let book = try Workbook(path: "register.xlsx")
/// print(book.sheetNames)  // ["Medlemmer", "Prosjekter"]
/// var problems: [DatasetProblem] = []
/// let members = try book.table(sheet: "Medlemmer", problems: &problems)  // file "register.xlsx[Medlemmer]"
/// ```
///
/// - Complexity: opening O(size of the archive's shared strings and styles); ``table(sheet:problems:)``
///   O(size of that sheet's part).
package struct Workbook: Sendable {
    /// The name messages use (the path as given).
    package let file: String
    /// Sheet names in tab order.
    package let sheetNames: [String]
    /// Each sheet's XML part, by sheet name (read on opening, parsed when asked for).
    private let sheetParts: [String: Data]
    private let sharedStrings: [String]
    /// Per cell style: `true` when its number format shows a date.
    private let dateStyles: [Bool]
    private let uses1904: Bool

    /// Opens the workbook at `path`, naming it `file` in messages (default: `path`).
    /// - Throws: ``InputError`` naming the file: missing, not a ZIP archive (with how to save it
    ///   from Excel), an encrypted or Excel 97–2003 (`.xls`) file, or a part that cannot be read.
    package init(path: String, file: String? = nil) throws(InputError) {
        let file = file ?? path
        self.file = file
        guard
            let head = FileHandle(forReadingAtPath: path).map({ h in
                defer { try? h.close() }
                return h.readData(ofLength: 8)
            })
        else { throw InputError(file: file, message: "no such file") }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw InputError(
                file: file,
                message: "an encrypted workbook or an old Excel 97–2003 file (.xls); open it in Excel and "
                    + "save it as 'Excel Workbook (.xlsx)' without a password"
            )
        }
        let notZip = InputError(
            file: file,
            message: "not an Excel workbook (.xlsx is a ZIP archive); save it from Excel as "
                + "'Excel Workbook (.xlsx)' or as 'CSV UTF-8'"
        )
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw notZip }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        } catch {
            throw notZip
        }
        let reader = PartReader(archive: archive, file: file)
        let mainPath = try reader.mainPart()
        let book = try reader.read(WorkbookPart(), at: mainPath)
        let rels = try reader.relationships(of: mainPath)
        uses1904 = book.uses1904
        var names: [String] = []
        var parts: [String: Data] = [:]
        for sheet in book.sheets {
            guard let target = rels[sheet.relationship] else {
                throw InputError(file: file, message: "sheet '\(sheet.name)' has no part in the workbook")
            }
            names.append(sheet.name)
            parts[sheet.name] = try reader.data(at: target)
        }
        guard !names.isEmpty else { throw InputError(file: file, message: "the workbook has no sheet") }
        sheetNames = names
        sheetParts = parts
        let kinds = try reader.relationshipTargets(of: mainPath)
        if let path = kinds["sharedStrings"] {
            sharedStrings = try reader.read(SharedStringsPart(), at: path).items.map(Self.unescape)
        } else {
            sharedStrings = []
        }
        if let path = kinds["styles"] {
            let styles = try reader.read(StylesPart(), at: path)
            var custom: [Int: String] = [:]
            for f in styles.numberFormats { if let id = Int(f.id) { custom[id] = f.code } }
            dateStyles = styles.cellFormats.map { numFmtId in
                let id = numFmtId.flatMap { Int($0) } ?? 0
                return ExcelDate.isDateFormat(id: id, code: custom[id])
            }
        } else {
            dateStyles = []
        }
    }

    /// The sheet called `name` (exactly, else ignoring case) as a table named `FILE[SHEET]`: the
    /// first non-blank row is the header, blank rows are skipped, and each row keeps its Excel row
    /// number as its line, so every problem names file, sheet and row.
    /// - Throws: ``InputError`` when there is no such sheet (listing the sheets) or its part
    ///   cannot be read.
    package func table(sheet name: String, problems: inout [DatasetProblem]) throws(InputError) -> CSVTable {
        guard
            let sheet = sheetNames.first(where: { $0 == name })
                ?? sheetNames.first(where: {
                    $0.lowercased() == name.lowercased()
                }),
            let data = sheetParts[sheet]
        else {
            throw InputError(
                file: file,
                message: "no sheet named '\(name)' (the workbook has: \(sheetNames.joined(separator: ", ")))"
            )
        }
        let tableName = "\(file)[\(sheet)]"
        let part = WorksheetPart()
        do {
            try PartParser.parse(data, into: part)
        } catch {
            throw InputError(file: tableName, message: "the sheet cannot be read as XML (\(error))")
        }
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        var rowNumber = 0
        for row in part.rows {
            rowNumber = row.r.flatMap { Int($0) } ?? rowNumber + 1
            var cells: [String] = []
            var column = -1
            for cell in row.cells {
                if let reference = cell.r {
                    guard let index = Self.columnIndex(reference) else {
                        throw InputError(
                            file: tableName,
                            message: "row \(rowNumber): cell reference '\(reference.prefix(40))' is not a column "
                                + "Excel has (A to XFD); open the file in Excel and save it again"
                        )
                    }
                    column = index
                } else {
                    column += 1
                }
                guard column < Self.columnLimit else {
                    throw InputError(
                        file: tableName,
                        message: "row \(rowNumber): more than \(Self.columnLimit) cells (Excel's limit, column XFD)"
                    )
                }
                let value = text(of: cell)
                if value.isEmpty { continue }
                if cells.count <= column { cells += Array(repeating: "", count: column + 1 - cells.count) }
                cells[column] = value
            }
            if cells.isEmpty { continue }  // a blank row
            if let header {
                if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
                rows.append((rowNumber, cells))
            } else {
                header = cells
            }
        }
        guard let header else {
            throw InputError(file: tableName, message: "empty sheet (expected a header row)")
        }
        return CSVTable(file: tableName, header: header, rows: rows, problems: &problems)
    }

    /// A cell's value as text (empty for an empty cell).
    private func text(of cell: WorksheetPart.Cell) -> String {
        let raw = cell.value
        switch cell.t {
        case "s":
            guard let i = Int(raw), sharedStrings.indices.contains(i) else { return "" }
            return sharedStrings[i]
        case "inlineStr": return Self.unescape(cell.inline ?? raw)
        case "str", "e": return Self.unescape(raw)
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        case "d": return String(raw.prefix(10))
        default:
            guard let x = Double(raw.trimmingCharacters(in: .whitespaces)) else { return raw }
            if let style = cell.s.flatMap({ Int($0) }), dateStyles.indices.contains(style), dateStyles[style],
                let day = ExcelDate.isoDay(x, uses1904: uses1904)
            {
                return day
            }
            if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
            return x.description
        }
    }

    /// The number of columns a sheet can have (Excel's A to XFD).
    static let columnLimit = 16_384

    /// The 0-based column of a cell reference (`A1` → 0, `AB12` → 27), or nil when it starts with
    /// no letter or names a column past Excel's last, XFD (a reference such as `ZZZZZZZZZZZZZZ1`
    /// from a damaged file, which would otherwise overflow or allocate a row of 10¹⁸ cells).
    ///
    /// ```swift
    /// Workbook.columnIndex("AB12")  // 27
    /// Workbook.columnIndex("XFE1")  // nil
    /// ```
    ///
    /// - Complexity: O(length of `reference`).
    static func columnIndex(_ reference: String) -> Int? {
        var n = 0
        var letters = 0
        for u in reference.unicodeScalars {
            guard u.isASCII else { return nil }
            let v = Int(u.value)
            if (65...90).contains(v) {
                n = n * 26 + v - 64
            } else if (97...122).contains(v) {
                n = n * 26 + v - 96
            } else {
                break
            }
            letters += 1
            if n > columnLimit { return nil }
        }
        return letters == 0 ? nil : n - 1
    }

    /// `s` with Office's escapes decoded (`_x000D_` → carriage return) and line breaks as `\n`.
    static func unescape(_ s: String) -> String {
        var s = s
        if s.contains("_x") {
            var out = ""
            var rest = Substring(s)
            while let r = rest.range(of: "_x") {
                out += rest[..<r.lowerBound]
                let after = rest[r.upperBound...]
                let hex = after.prefix(4)
                if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
                    let scalar = Unicode.Scalar(code)
                {
                    out.unicodeScalars.append(scalar)
                    rest = after.dropFirst(5)
                } else {
                    out += "_x"
                    rest = after
                }
            }
            s = out + rest
        }
        if s.contains("\r") {
            s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return s
    }
}
