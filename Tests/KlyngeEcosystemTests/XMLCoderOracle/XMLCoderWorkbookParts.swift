// The workbook parts as XMLCoder decoded them (commit ba57694), the differential oracle of the
// streaming part readers (WorkbookReaderDifferentialTests).

import Foundation
import KlyngeGraph
import XMLCoder

@testable import KlyngeEcosystem

// The parts of an Excel workbook (Office Open XML, ECMA-376 part 1 §18) the reader needs, as
// XMLCoder reads them: attributes and child elements are both decoded by name, `""` is an
// element's own text. Everything else in a part (fonts, views, formulas' text) is ignored.

/// `xl/workbook.xml`: the date system and the sheets in tab order.
struct XMLCoderWorkbookPart: Decodable {
    struct Properties: Decodable { let date1904: String? }
    struct Sheet: Decodable {
        let name: String
        let relationship: String
        enum CodingKeys: String, CodingKey {
            case name
            case relationship = "r:id"
        }
    }
    struct Sheets: Decodable { let sheet: [Sheet]? }
    let workbookPr: Properties?
    let sheets: Sheets?

    /// `true` when dates count days from 1904-01-01 (old Mac Excel) instead of 1900-01-00.
    var uses1904: Bool { ["1", "true"].contains(workbookPr?.date1904?.lowercased() ?? "") }
}

/// A `_rels/*.rels` part: relationship id → target part.
struct XMLCoderRelationshipsPart: Decodable {
    struct Relationship: Decodable {
        let id: String
        let type: String?
        let target: String
        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case type = "Type"
            case target = "Target"
        }
    }
    let relationships: [Relationship]?
    enum CodingKeys: String, CodingKey { case relationships = "Relationship" }
}

/// An element's text (`<t xml:space="preserve"> a </t>`, `<v>42</v>`); empty for `<t/>`.
struct XMLCoderTextNode: Decodable {
    let text: String
    enum CodingKeys: String, CodingKey { case text = "" }
    init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: CodingKeys.self),
            let text = try? keyed.decodeIfPresent(String.self, forKey: .text)
        {
            self.text = text
        } else {
            self.text = (try? decoder.singleValueContainer().decode(String.self)) ?? ""
        }
    }
}

/// A string item (`<si>` of the shared strings, `<is>` of an inline string): plain text in `<t>`,
/// or rich text in runs `<r><t>`; phonetic runs (`<rPh>`) are not part of the value.
struct XMLCoderStringItem: Decodable {
    struct Run: Decodable { let t: XMLCoderTextNode? }
    let t: XMLCoderTextNode?
    let r: [Run]?

    var text: String { (t?.text ?? "") + (r ?? []).map { $0.t?.text ?? "" }.joined() }
}

/// `xl/sharedStrings.xml`.
struct XMLCoderSharedStringsPart: Decodable {
    let si: [XMLCoderStringItem]?
}

/// `xl/styles.xml`: the number format of each cell style.
struct XMLCoderStylesPart: Decodable {
    struct NumberFormat: Decodable {
        let numFmtId: String
        let formatCode: String
    }
    struct NumberFormats: Decodable { let numFmt: [NumberFormat]? }
    struct CellFormat: Decodable { let numFmtId: String? }
    struct CellFormats: Decodable { let xf: [CellFormat]? }
    let numFmts: NumberFormats?
    let cellXfs: CellFormats?
}

/// A worksheet part: rows of cells, sparse (empty cells and rows may be left out).
struct XMLCoderWorksheetPart: Decodable {
    struct Cell: Decodable {
        /// Reference such as `B7`; absent when the cell follows the previous one.
        let r: String?
        /// Style index into the cell formats (decides whether a number is a date).
        let s: String?
        /// Type: `s` shared string, `inlineStr`, `str` formula text, `b` boolean, `e` error,
        /// `d` ISO date, `n` or absent number.
        let t: String?
        let v: XMLCoderTextNode?
        let inline: XMLCoderStringItem?
        enum CodingKeys: String, CodingKey {
            case r, s, t, v
            case inline = "is"
        }
    }
    struct Row: Decodable {
        /// 1-based row number; absent when the row follows the previous one.
        let r: String?
        let c: [Cell]?
    }
    struct SheetData: Decodable { let row: [Row]? }
    let sheetData: SheetData?
}

extension XMLDecoder {
    /// A decoder for workbook parts: values kept as written (spaces and line breaks in cells
    /// matter); names without their namespace prefix (`x:row` as written by some tools is `row`;
    /// attributes keep theirs, `r:id`).
    static func workbookParts() -> XMLDecoder {
        let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
        decoder.shouldProcessNamespaces = true
        return decoder
    }
}
