/// The cells of one file's other columns (those beyond the known ones), for every row of the
/// file, kept once per file: the column names once, the cells row after row in one array. A row
/// of a loaded dataset refers to it by its index (``AttributeCells``), so the loader makes no
/// dictionary per row; a row's dictionary is made only when it is read.
///
/// ```swift
/// let table = AttributeTable(names: ["country", "eu_pic"], cells: ["NO", "999", "", "998"])
/// AttributeCells(table: table, row: 1).dictionary  // ["eu_pic": "998"]
/// ```
final class AttributeTable: Sendable {
    /// The column names, in header order.
    let names: [String]
    /// The trimmed cells, row-major (`names.count` per row); an empty cell is "".
    let cells: [String]

    /// - Complexity: O(1).
    init(names: [String], cells: [String]) {
        self.names = names
        self.cells = cells
    }
}

/// The attributes of one member, project or participation: either a dictionary (made in
/// code, or set) or a row of the file it was loaded from (``AttributeTable``), read as a
/// dictionary on demand. Two values are equal when their dictionaries are.
///
/// ```swift
/// var cells = AttributeCells(["country": "NO"])
/// cells.dictionary["eu_pic"] = "999"  // now a dictionary of two
/// ```
struct AttributeCells: Sendable, Equatable {
    private enum Storage: Sendable {
        case dictionary([String: String])
        case row(AttributeTable, Int)
    }

    private var storage: Storage

    /// Attributes given as a dictionary.
    /// - Complexity: O(1).
    init(_ dictionary: [String: String] = [:]) { storage = .dictionary(dictionary) }

    /// The non-empty cells of row `row` of `table`.
    /// - Complexity: O(1).
    init(table: AttributeTable, row: Int) {
        storage = table.names.isEmpty ? .dictionary([:]) : .row(table, row)
    }

    /// The attributes by column name, empty cells left out.
    /// - Complexity: O(columns of the file) to read; O(1) to set.
    var dictionary: [String: String] {
        get {
            switch storage {
            case .dictionary(let d):
                return d
            case .row(let table, let row):
                let width = table.names.count
                var d: [String: String] = [:]
                for k in 0..<width where !table.cells[row * width + k].isEmpty {
                    d[table.names[k]] = table.cells[row * width + k]
                }
                return d
            }
        }
        set { storage = .dictionary(newValue) }
    }

    static func == (a: AttributeCells, b: AttributeCells) -> Bool { a.dictionary == b.dictionary }
}
