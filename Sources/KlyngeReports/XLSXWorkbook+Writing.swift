import Foundation
import KlyngeEcosystem
import ZIPFoundation

/// A workbook that could not be packed (ZIPFoundation failed in memory).
public struct XLSXError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

extension XLSXWorkbook {
    /// The workbook as an Office Open XML spreadsheet (`.xlsx`, ECMA-376), the bytes of a ZIP
    /// archive that Excel, LibreOffice, Numbers and openpyxl open.
    ///
    /// Each sheet: the header row in bold and frozen; integers and finite numbers as numeric
    /// cells (`t="n"`, full precision); text as inline strings, XML-escaped (``Escape/xml(_:)``:
    /// control characters Excel cannot hold are dropped); empty text and non-finite numbers as
    /// empty cells; column widths fitted to the content (``columnWidths(_:)``). The same
    /// workbook gives the same bytes: parts in a fixed order, every entry dated 1980-01-01
    /// 00:00 (the ZIP epoch), no document properties with a creation time.
    ///
    /// ```swift
    /// let table = Table(columns: ["member", "score"], rows: [[.text("Haukeland"), .number(0.75)]])
    /// let data = try XLSXWorkbook([("Suggestions", table)]).xlsx()
    /// ```
    /// - Throws: ``XLSXError`` when the archive cannot be built.
    /// - Complexity: O(cells).
    public func xlsx() throws(XLSXError) -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("xl/workbook.xml", workbookXML),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", Self.styles),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", Self.worksheet(sheet.table)))
        }
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path,
                    type: .file,
                    uncompressedSize: Int64(bytes.count),
                    modificationDate: Self.zipEpoch,
                    permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw XLSXError(description: "xlsx: no archive data") }
            return data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(description: "xlsx: cannot build the archive (\(error))")
        }
    }

    /// 1980-01-01 00:00:00 UTC, the earliest ZIP date (ZIPFoundation converts with `gmtime`).
    static let zipEpoch = Date(timeIntervalSince1970: 315_532_800)

    /// The width of each column in Excel's units (characters of the default font): the
    /// longest of the header and the cells' texts, plus 2, between 6 and 60. A text's length
    /// is its longest line in Unicode scalars; a number's is that of its exact text
    /// (``Table`` CSV form), at most 11 (what Excel's General format shows).
    /// - Complexity: O(cells).
    public static func columnWidths(_ table: Table) -> [Int] {
        table.columns.indices.map { i in
            var longest = longestLine(table.columns[i])
            for row in table.rows where i < row.count {
                switch row[i] {
                case .text(let s): longest = max(longest, longestLine(s))
                case .integer, .number: longest = max(longest, min(11, Table.exact(row[i]).unicodeScalars.count))
                }
            }
            return min(60, max(6, longest + 2))
        }
    }

    private static func longestLine(_ s: String) -> Int {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.unicodeScalars.count }.max() ?? 0
    }

    /// "A", "B", … "Z", "AA", … for a zero-based column index.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// One worksheet: dimension, frozen header pane, column widths, then the rows.
    static func worksheet(_ table: Table) -> String {
        let lastColumn = columnName(max(0, table.columns.count - 1))
        var out = xmlHeader + "<worksheet xmlns=\"\(mainNamespace)\">"
        out += "<dimension ref=\"A1:\(lastColumn)\(table.rows.count + 1)\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = columnWidths(table)
        if !widths.isEmpty {
            out += "<cols>"
            for (i, w) in widths.enumerated() {
                out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        out += row(1, table.columns.map { Table.Cell.text($0) }, style: 1)
        for (r, cells) in table.rows.enumerated() { out += row(r + 2, cells, style: 0) }
        return out + "</sheetData></worksheet>"
    }

    /// `<row r="N">` with a `<c>` per non-empty cell; `style` 1 is the bold header.
    private static func row(_ number: Int, _ cells: [Table.Cell], style: Int) -> String {
        var out = "<row r=\"\(number)\">"
        let s = style == 0 ? "" : " s=\"\(style)\""
        for (i, cell) in cells.enumerated() {
            let ref = columnName(i) + String(number)
            switch cell {
            case .text(let text):
                let escaped = Escape.xml(text)
                if escaped.isEmpty { continue }
                let first = text.unicodeScalars.first
                let last = text.unicodeScalars.last
                let keep =
                    [first, last].contains { $0.map { $0.properties.isWhitespace } ?? false }
                    ? " xml:space=\"preserve\"" : ""
                out += "<c r=\"\(ref)\"\(s) t=\"inlineStr\"><is><t\(keep)>\(escaped)</t></is></c>"
            case .integer, .number:
                if case .number(let x) = cell, !x.isFinite { continue }
                out += "<c r=\"\(ref)\"\(s) t=\"n\"><v>\(Table.exact(cell))</v></c>"
            }
        }
        return out + "</row>"
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var contentTypes: String {
        var out = Self.xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out +=
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        out +=
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in sheets.indices {
            out +=
                "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    static let packageRelationships =
        xmlHeader + "<Relationships xmlns=\"\(relationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    var workbookXML: String {
        var out = Self.xmlHeader + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.officeRelationships)\">"
        out += "<bookViews><workbookView/></bookViews><sheets>"
        for (i, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(Escape.xml(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    var workbookRelationships: String {
        var out = Self.xmlHeader + "<Relationships xmlns=\"\(Self.relationshipNamespace)\">"
        for i in sheets.indices {
            out +=
                "<Relationship Id=\"rId\(i + 1)\" Type=\"\(Self.officeRelationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        out +=
            "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.officeRelationships)/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>"
    }

    /// Two cell formats: 0 the default, 1 bold (the header row).
    static let styles =
        xmlHeader + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
