import Foundation
import KlyngeTestSupport
import Testing

@testable import KlyngeEcosystem

/// The XLSX reader against openpyxl: each workbook in Workbooks/ (written by make_workbooks.py)
/// must read as openpyxl read it back (NAME.expected.json): every sheet, every non-blank row with
/// its Excel row number, shared and inline strings, rich text, formula results, numbers,
/// booleans, dates in built-in and custom formats, line breaks, empty cells.
@Suite("Excel workbooks")
struct WorkbookTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Workbooks")

    struct Expected: Decodable {
        struct Sheet: Decodable {
            struct Row: Decodable {
                let line: Int
                let cells: [String]
            }
            let name: String
            let rows: [Row]
        }
        let sheets: [Sheet]
    }

    /// `cells` without trailing empty cells (openpyxl's reading leaves them out).
    static func trimmed(_ cells: [String]) -> [String] {
        var cells = cells
        while cells.last == "" { cells.removeLast() }
        return cells
    }

    @Test("reads as openpyxl reads it", arguments: ["register", "date1904", "prefixed"])
    func matchesOpenpyxl(_ name: String) throws {
        let expected = try JSONDecoder().decode(
            Expected.self,
            from: Data(contentsOf: Self.folder.appendingPathComponent(name + ".expected.json"))
        )
        let book = try Workbook(path: Self.folder.appendingPathComponent(name + ".xlsx").path, file: name + ".xlsx")
        #expect(book.sheetNames == expected.sheets.map(\.name))
        for sheet in expected.sheets {
            var problems: [DatasetProblem] = []
            let table = try book.table(sheet: sheet.name, problems: &problems)
            #expect(problems.isEmpty)
            #expect(table.file == "\(name).xlsx[\(sheet.name)]")
            #expect(table.header == sheet.rows[0].cells)
            #expect(table.rows.count == sheet.rows.count - 1)
            for (row, want) in zip(table.rows, sheet.rows.dropFirst()) {
                #expect(row.line == want.line)
                #expect(Self.trimmed(row.fields) == want.cells, "row \(want.line)")
                #expect(row.fields.count == table.header.count, "row \(want.line) padded to the header")
            }
        }
    }

    @Test("the cells the fixture was made for")
    func namedCells() throws {
        let book = try Workbook(path: Self.folder.appendingPathComponent("register.xlsx").path, file: "register.xlsx")
        var problems: [DatasetProblem] = []
        let members = try book.table(sheet: "medlemmer", problems: &problems)  // any case
        #expect(members.rows.map(\.line) == [2, 3, 5])  // row 4 is blank
        #expect(members.value("Navn", in: members.rows[1].fields) == "Ålesund kommune")  // rich text
        #expect(members.value("Kommune", in: members.rows[1].fields) == nil)  // an empty cell in the middle
        #expect(members.value("Medlem siden", in: members.rows[0].fields) == "2019-03-01")  // built-in 14
        #expect(members.value("Innmeldt", in: members.rows[1].fields) == "2024-02-29")  // dd.mm.yyyy
        #expect(members.value("Medlem siden", in: members.rows[1].fields) == "1900-03-01")  // after the false leap day
        #expect(members.value("Merknad", in: members.rows[0].fields) == "Første linje\nandre linje")
        #expect(members.value("Andel", in: members.rows[2].fields) == "inline tekst")
        let projects = try book.table(sheet: "Prosjekter", problems: &problems)
        #expect(projects.value("Kilde", in: projects.rows[0].fields) == "Forskningsrådet")  // t="str"
        #expect(projects.value("Start", in: projects.rows[1].fields) == "2022")  // a number, no date format
        #expect(problems.isEmpty)
    }

    @Test("no such sheet names the sheets there are")
    func noSuchSheet() throws {
        let book = try Workbook(path: Self.folder.appendingPathComponent("register.xlsx").path, file: "register.xlsx")
        var problems: [DatasetProblem] = []
        #expect(
            throws: InputError(
                file: "register.xlsx",
                message: "no sheet named 'Members' (the workbook has: Medlemmer, Prosjekter)"
            )
        ) {
            _ = try book.table(sheet: "Members", problems: &problems)
        }
    }

    @Test("a file that is not a workbook gives one clear error naming it")
    func notAWorkbook() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("register.xlsx")
        try Data("Navn;Type\nA;Bedrift\n".utf8).write(to: csv)
        #expect(
            throws: InputError(
                file: "register.xlsx",
                message:
                    "not an Excel workbook (.xlsx is a ZIP archive); save it from Excel as 'Excel Workbook (.xlsx)' or as 'CSV UTF-8'"
            )
        ) {
            _ = try Workbook(path: csv.path, file: "register.xlsx")
        }
        let xls = dir.appendingPathComponent("old.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: xls)
        #expect(
            throws: InputError(
                file: "old.xls",
                message:
                    "an encrypted workbook or an old Excel 97–2003 file (.xls); open it in Excel and save it as 'Excel Workbook (.xlsx)' without a password"
            )
        ) {
            _ = try Workbook(path: xls.path, file: "old.xls")
        }
        #expect(throws: InputError(file: "gone.xlsx", message: "no such file")) {
            _ = try Workbook(path: dir.appendingPathComponent("gone.xlsx").path, file: "gone.xlsx")
        }
    }

    @Test("a damaged workbook (found by fuzzing) is one clear error, not a crash")
    func damagedWorkbooks() throws {
        let folder = Self.folder
        #expect(
            throws: InputError(
                file: "damaged-utf8.xlsx",
                message:
                    "the part xl/workbook.xml is not UTF-8 text (at byte 308); open the file in Excel and save it again as 'Excel Workbook (.xlsx)'"
            )
        ) {
            _ = try Workbook(path: folder.appendingPathComponent("damaged-utf8.xlsx").path, file: "damaged-utf8.xlsx")
        }
        let book = try Workbook(
            path: folder.appendingPathComponent("damaged-column.xlsx").path,
            file: "damaged-column.xlsx"
        )
        var problems: [DatasetProblem] = []
        #expect(
            throws: InputError(
                file: "damaged-column.xlsx[Medlemmer]",
                message:
                    "row 2: cell reference 'ZZZZZZZZZZZZZZZZZ2' is not a column Excel has (A to XFD); open the file in Excel and save it again"
            )
        ) {
            _ = try book.table(sheet: "Medlemmer", problems: &problems)
        }
    }

    /// A register of 60,000 rows written with inline strings (as openpyxl writes them) has a 12 MB sheet
    /// part; given to libxml2 in one piece, such a part stopped with an internal error ("huge input
    /// lookup", past 10 MB) in the XMLCoder-based reader and in the first streaming one.
    @Test("a sheet part over 10 MB reads whole")
    func largeSheet() throws {
        var sheet = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        sheet += #"<row r="1"><c t="inlineStr"><is><t>Navn</t></is></c><c t="inlineStr"><is><t>By</t></is></c></row>"#
        let rows = 60_000
        for r in 2...rows + 1 {
            sheet +=
                #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>Organisasjon nummer \#(r) med et langt navn AS</t></is></c>"#
            sheet += #"<c r="B\#(r)" t="inlineStr"><is><t>Bergen</t></is></c><c r="C\#(r)"><v>\#(r * 7)</v></c></row>"#
        }
        sheet += "</sheetData></worksheet>"
        #expect(sheet.utf8.count > 10_500_000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.xlsx").path
        try FuzzWorkbook.archive(replacing: "xl/worksheets/sheet1.xml", with: Data(sheet.utf8)).write(
            to: URL(fileURLWithPath: path)
        )
        var problems: [DatasetProblem] = []
        let table = try Workbook(path: path, file: "large.xlsx").table(sheet: "Medlemmer", problems: &problems)
        #expect(table.header == ["Navn", "By"])
        #expect(table.rows.count == rows)
        #expect(table.rows.last?.line == rows + 1)
        #expect(
            table.rows.last?.fields == [
                "Organisasjon nummer \(rows + 1) med et langt navn AS", "Bergen", "\((rows + 1) * 7)",
            ]
        )
    }

    /// FoundationXML's parser took the length of a null pointer for a processing instruction without
    /// data (`<?x?>`): a crash (found by fuzzing, `Tests/Fuzz/corpus/xlsx/5364a7cb…`).
    @Test("a processing instruction without data (found by fuzzing) is read past, not a crash")
    func processingInstructionWithoutData() throws {
        #expect(
            PartParser.withDataInProcessingInstructions(Data("<?x?><a><?y?></a><?xml?>".utf8))
                == Data("<?x ?><a><?y ?></a><?xml ?>".utf8)
        )
        let unchanged = Data(#"<?xml version="1.0"?><a><?y z?><!-- <? --></a>"#.utf8)
        #expect(PartParser.withDataInProcessingInstructions(unchanged) == unchanged)
        let strings =
            #"<?xml version="1.0" encoding="UTF-8"?><?x?><sst><si><t>Na<?y?>vn</t></si><si><t>Type</t></si>"#
            + "<si><t>Ansatte</t></si><si><t>Stiftet</t></si><si><t>Bergen kommune</t></si><si><t>Kommune</t></si></sst><?z?>"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-pi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pi.xlsx").path
        try FuzzWorkbook.archive(replacing: "xl/sharedStrings.xml", with: Data(strings.utf8)).write(
            to: URL(fileURLWithPath: path)
        )
        var problems: [DatasetProblem] = []
        let table = try Workbook(path: path, file: "pi.xlsx").table(sheet: "Medlemmer", problems: &problems)
        #expect(table.header == ["Navn", "Type", "Ansatte", "Stiftet"])
        #expect(table.rows.first?.fields.first == "Bergen kommune")
    }

    @Test("date formats: built-in ids and custom codes with d, m, y or h outside quotes and brackets")
    func dateFormats() {
        #expect(ExcelDate.isDateFormat(id: 14, code: nil))
        #expect(ExcelDate.isDateFormat(id: 47, code: nil))
        #expect(!ExcelDate.isDateFormat(id: 0, code: nil))
        #expect(!ExcelDate.isDateFormat(id: 3, code: nil))
        #expect(ExcelDate.isDateFormat(id: 164, code: "dd.mm.yyyy"))
        #expect(ExcelDate.isDateFormat(id: 164, code: "[$-414]d. mmmm yyyy;@"))
        #expect(!ExcelDate.isDateFormat(id: 164, code: "0 \"dager\""))
        #expect(!ExcelDate.isDateFormat(id: 164, code: "[Red]#,##0"))
        #expect(!ExcelDate.isDateFormat(id: 164, code: "#,##0\\ \\k\\r"))
        #expect(ExcelDate.isoDay(1, uses1904: false) == "1900-01-01")
        #expect(ExcelDate.isoDay(59, uses1904: false) == "1900-02-28")
        #expect(ExcelDate.isoDay(61, uses1904: false) == "1900-03-01")
        #expect(ExcelDate.isoDay(45351.75, uses1904: false) == "2024-02-29")
        #expect(ExcelDate.isoDay(0, uses1904: true) == "1904-01-01")
        #expect(Workbook.columnIndex("A1") == 0)
        #expect(Workbook.columnIndex("AB12") == 27)
        #expect(Workbook.columnIndex("XFD1048576") == 16_383)
        #expect(Workbook.columnIndex("XFE1") == nil)  // past Excel's last column
        #expect(Workbook.columnIndex("ZZZZZZZZZZZZZZZZZ1") == nil)  // overflowed Int before (a fuzzing finding)
        #expect(Workbook.columnIndex("Å1") == nil)
        #expect(Workbook.unescape("a_x000D_\nb") == "a\nb")
    }
}
