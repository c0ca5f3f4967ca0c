import Foundation

/// A worksheet part (`xl/worksheets/sheet1.xml`) read as it streams by: the rows of cells of its
/// first `<sheetData>`, sparse (empty cells and rows may be left out).
///
/// ```swift
/// let sheet = WorksheetPart()
/// try PartParser.parse(Data(#"<worksheet><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>"#.utf8), into: sheet)
/// sheet.rows[0].cells[0].value  // "7"
/// ```
///
/// - Complexity: O(size of the part).
final class WorksheetPart: PartContent {
    struct Cell {
        /// Reference such as `B7`; absent when the cell follows the previous one.
        var r: String?
        /// Style index into the cell formats (decides whether a number is a date).
        var s: String?
        /// Type: `s` shared string, `inlineStr`, `str` formula text, `b` boolean, `e` error,
        /// `d` ISO date, `n` or absent number.
        var t: String?
        /// The text of the first `<v>` (empty when there is none).
        var value = ""
        /// The text of the first `<is>` (an inline string); nil when there is none or it is empty.
        var inline: String?
    }
    struct Row {
        /// 1-based row number; absent when the row follows the previous one.
        var r: String?
        var cells: [Cell] = []
    }
    private(set) var rows: [Row] = []

    private var sheetDataSeen = 0
    private var inSheetData = false
    private var inRow = false
    private var cell: Cell?
    private var v = ElementText()
    private var vSeen = false
    private var inV = false
    private var inline: StringItemReader?
    private var inlineSeen = false

    func start(_ name: String, depth: Int, attributes: [String: String]) throws(PartContentError) {
        switch depth {
        case 2:
            if name == "sheetData" {
                sheetDataSeen += 1
                inSheetData = sheetDataSeen == 1
            }
        case 3 where inSheetData && name == "row":
            rows.append(Row(r: attributes["r"]))
            inRow = true
        case 4 where inRow && name == "c":
            cell = Cell(r: attributes["r"], s: attributes["s"], t: attributes["t"])
            v = ElementText()
            vSeen = false
            inlineSeen = false
        case 5 where cell != nil:
            if name == "v", !vSeen {
                vSeen = true
                inV = true
            } else if name == "is", !inlineSeen {
                inlineSeen = true
                inline = StringItemReader(depth: 5, attributes: attributes)
            }
        default:
            if depth > 5 {
                if inV { v.child() } else { inline?.start(name, depth: depth) }
            }
        }
    }

    func characters(_ text: String, depth: Int, cdata: Bool) {
        if inV, depth == 5 {
            if cdata { v.appendCDATA(text) } else { v.append(text) }
        } else if depth >= 5 {
            inline?.characters(text, depth: depth, cdata: cdata)
        }
    }

    func end(_ name: String, depth: Int) {
        switch depth {
        case 2: inSheetData = false
        case 3: inRow = false
        case 4:
            if var done = cell {
                done.value = v.value
                rows[rows.count - 1].cells.append(done)
                cell = nil
            }
        case 5:
            if inV {
                inV = false
            } else if let item = inline {
                if item.hasContent { cell?.inline = item.text }
                inline = nil
            }
        default:
            if depth > 5 { inline?.end(name, depth: depth) }
        }
    }
}
