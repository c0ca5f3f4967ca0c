import Foundation

// The parts of an Excel workbook (Office Open XML, ECMA-376 part 1 §18) the reader needs, read in
// one streaming pass each (`PartParser`). Where a part repeats an element that has one value
// (two `<sheets>`, two `<v>` in a cell) the first counts; everything else in a part (fonts, views,
// formulas' text) is ignored. These are the semantics of the XMLCoder-based reader they replaced,
// which `WorkbookReaderDifferentialTests` checks them against.

/// The value of attribute `name`, or a `PartContentError` naming the element.
private func required(
    _ name: String,
    of element: String,
    in attributes: [String: String]
) throws(PartContentError)
    -> String
{
    guard let value = attributes[name] else {
        throw PartContentError(description: "a <\(element)> element has no \(name) attribute")
    }
    return value
}

/// `xl/workbook.xml`: the date system and the sheets in tab order.
final class WorkbookPart: PartContent {
    struct Sheet {
        let name: String
        let relationship: String
    }
    private var date1904: String?
    private var propertiesSeen = false
    private var sheetsSeen = 0
    private var inFirstSheets = false
    /// The sheets in tab order.
    private(set) var sheets: [Sheet] = []

    /// `true` when dates count days from 1904-01-01 (old Mac Excel) instead of 1900-01-00.
    var uses1904: Bool { ["1", "true"].contains(date1904?.lowercased() ?? "") }

    func start(_ name: String, depth: Int, attributes: [String: String]) throws(PartContentError) {
        if depth == 2 {
            inFirstSheets = false
            if name == "workbookPr", !propertiesSeen {
                propertiesSeen = true
                date1904 = attributes["date1904"]
            } else if name == "sheets" {
                sheetsSeen += 1
                inFirstSheets = sheetsSeen == 1
            }
        } else if depth == 3, inFirstSheets, name == "sheet" {
            sheets.append(
                Sheet(
                    name: try required("name", of: "sheet", in: attributes),
                    relationship: try required("r:id", of: "sheet", in: attributes)
                )
            )
        }
    }
    func characters(_ text: String, depth: Int, cdata: Bool) {}
    func end(_ name: String, depth: Int) {}
}

/// A `_rels/*.rels` part: relationship id → target part.
final class RelationshipsPart: PartContent {
    struct Relationship {
        let id: String
        let type: String?
        let target: String
    }
    private(set) var relationships: [Relationship] = []

    func start(_ name: String, depth: Int, attributes: [String: String]) throws(PartContentError) {
        guard depth == 2, name == "Relationship" else { return }
        relationships.append(
            Relationship(
                id: try required("Id", of: name, in: attributes),
                type: attributes["Type"],
                target: try required("Target", of: name, in: attributes)
            )
        )
    }
    func characters(_ text: String, depth: Int, cdata: Bool) {}
    func end(_ name: String, depth: Int) {}
}

/// A string item (`<si>` of the shared strings, `<is>` of an inline string) read as it streams by:
/// plain text in `<t>`, or rich text in runs `<r><t>`; phonetic runs (`<rPh>`) are not part of the
/// value. Fed the events of the item's descendants; `depth` is the item element's own.
struct StringItemReader {
    let depth: Int
    private var t = ElementText()
    private var tSeen = false
    private var inT = false
    private var runs: [String] = []
    private var run = ElementText()
    private var runOpen = false
    private var runTSeen = false
    private var inRunT = false
    /// Whether the item had attributes, elements or text (an empty `<is/>` counts as absent).
    private(set) var hasContent: Bool

    init(depth: Int, attributes: [String: String]) {
        self.depth = depth
        hasContent = !attributes.isEmpty
    }

    mutating func start(_ name: String, depth: Int) {
        hasContent = true
        if inT {
            t.child()
        } else if inRunT {
            run.child()
        } else if depth == self.depth + 1 {
            if name == "t", !tSeen {
                tSeen = true
                inT = true
            } else if name == "r" {
                runs.append("")
                runOpen = true
                runTSeen = false
                run = ElementText()
            }
        } else if depth == self.depth + 2, runOpen, name == "t", !runTSeen {
            runTSeen = true
            inRunT = true
        }
    }

    mutating func characters(_ text: String, depth: Int, cdata: Bool) {
        hasContent = true
        if inT, depth == self.depth + 1 {
            if cdata { t.appendCDATA(text) } else { t.append(text) }
        } else if inRunT, depth == self.depth + 2 {
            if cdata { run.appendCDATA(text) } else { run.append(text) }
        }
    }

    mutating func end(_ name: String, depth: Int) {
        if inT, depth == self.depth + 1 {
            inT = false
        } else if inRunT, depth == self.depth + 2 {
            inRunT = false
            runs[runs.count - 1] = run.value
        } else if runOpen, depth == self.depth + 1 {
            runOpen = false
        }
    }

    /// The item's text: `<t>` then the runs' `<t>`, joined.
    var text: String { (tSeen ? t.value : "") + runs.joined() }
}

/// `xl/sharedStrings.xml`: the string items in order.
final class SharedStringsPart: PartContent {
    private(set) var items: [String] = []
    private var item: StringItemReader?

    func start(_ name: String, depth: Int, attributes: [String: String]) throws(PartContentError) {
        if depth == 2, name == "si" {
            item = StringItemReader(depth: 2, attributes: attributes)
        } else if depth > 2 {
            item?.start(name, depth: depth)
        }
    }
    func characters(_ text: String, depth: Int, cdata: Bool) {
        if depth >= 2 { item?.characters(text, depth: depth, cdata: cdata) }
    }
    func end(_ name: String, depth: Int) {
        if depth == 2, let done = item {
            items.append(done.text)
            item = nil
        } else if depth > 2 {
            item?.end(name, depth: depth)
        }
    }
}

/// `xl/styles.xml`: the number format of each cell style.
final class StylesPart: PartContent {
    /// Custom number formats: id → format code (`164` → `dd.mm.yyyy`).
    private(set) var numberFormats: [(id: String, code: String)] = []
    /// Each cell format's number format id, in style-index order (nil when the `<xf>` has none).
    private(set) var cellFormats: [String?] = []
    private var numFmtsSeen = 0
    private var cellXfsSeen = 0
    private var section = ""

    func start(_ name: String, depth: Int, attributes: [String: String]) throws(PartContentError) {
        if depth == 2 {
            section = ""
            if name == "numFmts" {
                numFmtsSeen += 1
                if numFmtsSeen == 1 { section = name }
            } else if name == "cellXfs" {
                cellXfsSeen += 1
                if cellXfsSeen == 1 { section = name }
            }
        } else if depth == 3 {
            if section == "numFmts", name == "numFmt" {
                numberFormats.append(
                    (
                        try required("numFmtId", of: name, in: attributes),
                        try required("formatCode", of: name, in: attributes)
                    )
                )
            } else if section == "cellXfs", name == "xf" {
                cellFormats.append(attributes["numFmtId"])
            }
        }
    }
    func characters(_ text: String, depth: Int, cdata: Bool) {}
    func end(_ name: String, depth: Int) {
        if depth == 2 { section = "" }
    }
}
