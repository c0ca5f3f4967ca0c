import Foundation
import Testing

@testable import KlyngeEcosystem

/// What reading one dataset file says, exactly: the registers of issue 12 as secretariats have
/// them (Windows-1252 with `;` and CR LF, Excel's UTF-16 "Unicode Text" with tabs), the quoted
/// name that used to lose characters, and files that are not text. Messages written by hand.
@Suite("Reading dataset files")
struct DatasetFileReadingTests {
    /// Writes `bytes` to a fresh temporary file and reads it as `DATASET/members.csv`.
    func read(_ bytes: [UInt8]) throws -> (CSVTable?, [String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("klynge-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("members.csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var problems: [DatasetProblem] = []
        let table = CSVTable.read(path: path, file: "DATASET/members.csv", problems: &problems)
        return (table, problems.map(\.description))
    }

    /// The bytes of `text` in ISO-8859-1 (every character below U+0100).
    func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

    @Test("a quote not doubled inside a quoted name is an error showing the field, not a changed name")
    func unescapedQuote() throws {
        let (table, problems) = try read(
            Array("id,name,kind\nm1,Alfa AS,company\n\nm4,\"Bad \"xyz\" AS\",company\n".utf8)
        )
        #expect(
            problems == [
                "DATASET/members.csv:4: name: unescaped quote in quoted field \"Bad \"xyz\" AS\" "
                    + "(double each quote inside a quoted field: \"Bad \"\"xyz\"\" AS\")"
            ]
        )
        #expect(table?.rows.last?.fields == ["m4", "\"Bad \"xyz\" AS\"", "company"])
    }

    @Test("a quote inside an unquoted field is an error")
    func strayQuote() throws {
        let (_, problems) = try read(
            Array("id,name,kind\r\nm1,\"Alfa\r\nNord\",company\r\nm2,Bad \"xyz\" AS,company\r\n".utf8)
        )
        #expect(
            problems == [
                "DATASET/members.csv:4: name: stray quote in unquoted field 'Bad \"xyz\" AS' "
                    + "(quote the whole field and double each quote inside it: \"Bad \"\"xyz\"\" AS\")"
            ]
        )
    }

    @Test("a quote never closed is an error at the line it opens")
    func unterminated() throws {
        let (table, problems) = try read(Array("id,name,kind\nm1,\"Alfa AS,company\nm2,Beta AS,company\n".utf8))
        #expect(
            problems == [
                "DATASET/members.csv:2: name: quoted field \"Alfa AS is never closed "
                    + "(it runs to the end of the file: close it, and double each quote inside a quoted field)"
            ]
        )
        // The rest of the file is still read, line by line.
        #expect(table?.rows.map(\.line) == [2, 3])
    }

    @Test("a Windows-1252 register with ';' and CR LF, as Norwegian Excel saves it")
    func windows1252() throws {
        let text =
            "Navn;Type;Kommune;Fylke;Org.nr\r\nBærum kommune;Kommune;Bærum;Akershus;964 338 531\r\n"
            + "\"Øye; Sønn AS\";Bedrift;Ås;Akershus;\r\n"
        let (table, problems) = try read(latin1(text))
        #expect(problems == [])
        let t = try #require(table)
        #expect(t.header == ["Navn", "Type", "Kommune", "Fylke", "Org.nr"])
        #expect(t.rows.map(\.line) == [2, 3])
        #expect(
            t.rows.map(\.fields) == [
                ["Bærum kommune", "Kommune", "Bærum", "Akershus", "964 338 531"],
                ["Øye; Sønn AS", "Bedrift", "Ås", "Akershus", ""],
            ]
        )
        #expect(t.notes == ["DATASET/members.csv: read as Windows-1252, ';'-separated"])
    }

    @Test("Excel's Unicode Text: UTF-16 LE with a byte-order mark and tabs")
    func utf16Tabs() throws {
        let text = "\u{FEFF}Navn\tType\tKommune\r\nÅs kommune\tKommune\tÅs\r\n"
        let (table, problems) = try read(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(problems == [])
        let t = try #require(table)
        #expect(t.header == ["Navn", "Type", "Kommune"])
        #expect(t.rows.map(\.fields) == [["Ås kommune", "Kommune", "Ås"]])
        #expect(t.notes == ["DATASET/members.csv: read as UTF-16 LE, tab-separated"])
    }

    @Test("UTF-8 with commas, with or without a byte-order mark, gives no note")
    func plainUTF8() throws {
        for prefix: [UInt8] in [[], [0xEF, 0xBB, 0xBF]] {
            let (table, problems) = try read(prefix + Array("id,name\nm1,Tromsø kommune\n".utf8))
            #expect(problems == [])
            #expect(table?.notes == [])
            #expect(table?.rows.first?.fields == ["m1", "Tromsø kommune"])
        }
    }

    @Test("an Excel workbook renamed .csv is one error saying what it is and how to export")
    func workbook() throws {
        let (table, problems) = try read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])
        #expect(table == nil)
        #expect(
            problems == [
                "DATASET/members.csv: not a text file (found a zip archive, as an Excel workbook (.xlsx) is); "
                    + "in Excel: File → Save As → \"CSV UTF-8 (comma delimited) (*.csv)\""
            ]
        )
    }

    @Test("NUL bytes without a UTF-16 byte-order mark are not text")
    func binary() throws {
        let (table, problems) = try read(Array("id,name\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(table == nil)
        #expect(
            problems == [
                "DATASET/members.csv: not a text file (found NUL bytes: binary data, or UTF-16 text without a "
                    + "byte-order mark); in Excel: File → Save As → \"CSV UTF-8 (comma delimited) (*.csv)\""
            ]
        )
    }

    @Test("a byte that is neither UTF-8 nor Windows-1252 is an error at its line")
    func unassigned() throws {
        let (table, problems) = try read(Array("id,name\r\nm1,Alfa\r\n".utf8) + [0x6D, 0x32, 0x2C, 0x81, 0x0D, 0x0A])
        #expect(table == nil)
        #expect(
            problems == [
                "DATASET/members.csv:3: byte 0x81 is neither UTF-8 nor Windows-1252 text; save the file as UTF-8, "
                    + "in Excel: File → Save As → \"CSV UTF-8 (comma delimited) (*.csv)\""
            ]
        )
    }

    @Test("the delimiter comes from the header line, outside quotes")
    func delimiter() {
        func detect(_ s: String) -> FieldDelimiter {
            Array(s.utf8).withUnsafeBufferPointer { FieldDelimiter.detect(in: $0) }
        }
        #expect(detect("id,name,kind\n") == .comma)
        #expect(detect("\n \t \nNavn;Type;Kommune\r\n") == .semicolon)
        #expect(detect("Navn\tType\n") == .tab)
        #expect(detect("\"a,b,c\";d\n1,2,3,4,5\n") == .semicolon)
        #expect(detect("id\n") == .comma)
    }
}
