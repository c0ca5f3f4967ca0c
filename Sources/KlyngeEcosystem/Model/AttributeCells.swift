/// The cells of one file's other columns (those beyond the known ones), for every row of the
/// file, kept once per file: the column names once, the cells where the file's table keeps them
/// (spans of its text, ``CellStore``). A row of a loaded dataset refers to it by its index
/// (``AttributeCells``), so the loader makes no dictionary and no `String` per row; a row's
/// dictionary is made only when it is read.
///
/// ```swift
/// var problems: [DatasetProblem] = []
/// let t = CSVTable(file: "members.csv", header: ["id", "country"], rows: [(2, ["m1", "NO"])], problems: &problems)
/// let table = AttributeTable(names: ["country"], columns: [1], table: t)
/// AttributeCells(table: table, row: 0).dictionary  // ["country": "NO"]
/// ```
final class AttributeTable: Sendable {
    /// The column names, in header order.
    let names: [String]
    /// Each name's column in ``table``.
    let columns: [Int]
    /// The table the cells are read from.
    let table: CSVTable

    /// - Complexity: O(1).
    init(names: [String], columns: [Int], table: CSVTable) {
        self.names = names
        self.columns = columns
        self.table = table
    }

    /// The non-empty trimmed cells of row `row`, by column name.
    ///
    /// - Complexity: O(columns + their bytes).
    func dictionary(row: Int) -> [String: String] {
        var d: [String: String] = [:]
        for k in names.indices {
            if let v = table.value(at: columns[k], row: row) { d[names[k]] = v }
        }
        return d
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
                return table.dictionary(row: row)
            }
        }
        set { storage = .dictionary(newValue) }
    }

    static func == (a: AttributeCells, b: AttributeCells) -> Bool { a.dictionary == b.dictionary }
}
