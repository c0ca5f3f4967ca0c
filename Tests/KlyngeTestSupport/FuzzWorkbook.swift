import Foundation

/// The base workbook of the `xlsx` fuzz target (`Sources/klynge-fuzz/WorkbookInput.swift`) and how
/// an input becomes a workbook file: the input's first byte chooses a part (modulo the number of
/// choices), `0` being the whole file, and the rest of the input replaces it. Shared by the fuzz
/// target and the tests that replay its corpus against the XMLCoder-based reader
/// (`WorkbookReaderDifferentialTests`).
///
/// ```swift
/// let file = FuzzWorkbook.file(for: Data([1]) + Data("<worksheet/>".utf8))
/// ```
public enum FuzzWorkbook {

    /// The parts of the base workbook, by path in the archive (a two-sheet register with shared
    /// strings, a date style and an inline string).
    public static let parts: [(path: String, text: String)] = [
        (
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            </Types>
            """
        ),
        (
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """
        ),
        (
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="0"/><sheets>\
            <sheet name="Medlemmer" sheetId="1" r:id="rId1"/><sheet name="Prosjekter" sheetId="2" r:id="rId2"/></sheets></workbook>
            """
        ),
        (
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        ),
        (
            "xl/worksheets/sheet1.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>147000</v></c><c r="D2" s="1"><v>43525</v></c></row>\
            <row r="4"><c r="A4" t="inlineStr"><is><t>Alfa_x000D_ AS</t></is></c><c r="B4" t="str"><v>Bedrift</v></c><c r="C4" t="b"><v>1</v></c></row>\
            </sheetData></worksheet>
            """
        ),
        (
            "xl/worksheets/sheet2.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row><c t="inlineStr"><is><t>Prosjekt</t></is></c><c t="inlineStr"><is><r><t>Part</t></r><r><t>nere</t></r></is></c></row>\
            <row><c t="inlineStr"><is><t>Velferd</t></is></c><c t="s"><v>4</v></c></row></sheetData></worksheet>
            """
        ),
        (
            "xl/sharedStrings.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">\
            <si><t>Navn</t></si><si><t>Type</t></si><si><t>Ansatte</t></si><si><t>Stiftet</t></si>\
            <si><r><t>Bergen </t></r><r><t>kommune</t></r></si><si><t>Kommune</t></si></sst>
            """
        ),
        (
            "xl/styles.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>\
            <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
            """
        ),
    ]

    /// The parts the first byte chooses from (0 is the whole file).
    public static let choices = [
        "", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml",
        "xl/_rels/workbook.xml.rels", "_rels/.rels",
    ]

    /// The base workbook with the part at `replaced` (if any) holding `bytes`, as a ZIP archive of
    /// stored (uncompressed) entries written here rather than with ZIPFoundation, so that the input
    /// reaches the reader as bytes Klynge chose (and `Archive(data:accessMode: .read)`, which leaks
    /// its in-memory FILE when the bytes are not a ZIP archive, is never used; `Tests/Fuzz/ZIPLeak`).
    public static func archive(replacing replaced: String?, with bytes: Data) -> Data {
        var out = Data()
        var central = Data()
        for (name, text) in parts {
            let data = name == replaced ? bytes : Data(text.utf8)
            let offset = UInt32(out.count)
            let crc = CRC32.checksum(data)
            let header = { (signature: UInt32) -> Data in
                var h = Data()
                h.append(le: signature)
                if signature == 0x0201_4B50 { h.append(le: UInt16(20)) }  // made by
                h.append(le: UInt16(20))  // version needed
                h.append(le: UInt16(0x0800))  // UTF-8 names
                h.append(le: UInt16(0))  // stored
                h.append(le: UInt32(0))  // time, date
                h.append(le: crc)
                h.append(le: UInt32(data.count))
                h.append(le: UInt32(data.count))
                h.append(le: UInt16(name.utf8.count))
                h.append(le: UInt16(0))  // extra
                if signature == 0x0201_4B50 {
                    h.append(le: UInt16(0))  // comment
                    h.append(le: UInt32(0))  // disk, internal attributes
                    h.append(le: UInt32(0o100644 << 16))  // external attributes: a regular file
                    h.append(le: offset)
                }
                return h + Data(name.utf8)
            }
            out += header(0x0403_4B50) + data
            central += header(0x0201_4B50)
        }
        let centralOffset = UInt32(out.count)
        out += central
        out.append(le: UInt32(0x0605_4B50))
        out.append(le: UInt32(0))  // disk numbers
        out.append(le: UInt16(parts.count))
        out.append(le: UInt16(parts.count))
        out.append(le: UInt32(central.count))
        out.append(le: centralOffset)
        out.append(le: UInt16(0))
        return out
    }

    /// The workbook file input `data` stands for (nil for an empty input).
    public static func file(for data: Data) -> Data? {
        guard let first = data.first else { return nil }
        let choice = choices[Int(first) % choices.count]
        let rest = Data(data.dropFirst())
        return choice.isEmpty ? rest : archive(replacing: choice, with: rest)
    }
}

/// The CRC-32 of ZIP entries (ISO 3309 polynomial 0xEDB88320, reflected).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// - Complexity: O(`data.count`).
    public static func checksum(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension Data {
    /// Appends `value` in little-endian byte order.
    public mutating func append<T: FixedWidthInteger>(le value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
