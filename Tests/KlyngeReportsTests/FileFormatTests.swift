import KlyngeReports
import Testing

@Suite("Output format from -o and --format")
struct FileFormatTests {
    static func choose(
        _ path: String?,
        _ explicit: FileFormat? = nil,
        allowed: [FileFormat] = FileFormat.tables,
        default fallback: FileFormat? = .table,
        option: String = "--format"
    ) -> Result<FileFormat, FileFormatError> {
        Result { () throws(FileFormatError) in
            try FileFormat(path: path, explicit: explicit, allowed: allowed, default: fallback, option: option)
        }
    }

    @Test(
        "the extension picks the format among the allowed ones",
        arguments: [
            ("top20.xlsx", FileFormat.tables, FileFormat.xlsx),
            ("report.HTML", FileFormat.tables, .html),
            ("page.htm", FileFormat.tables, .html),
            ("x.csv", FileFormat.tables, .csv),
            ("a/b.c/x.json", FileFormat.tables, .json),
            ("notes.markdown", FileFormat.tables, .md),
            ("table.txt", FileFormat.tables, .table),
            ("graph.txt", FileFormat.exports, .edgelist),
            ("graph.edges", FileFormat.exports, .edgelist),
            ("graph.tsv", FileFormat.exports, .edgelist),
            ("graph.gexf", FileFormat.exports, .gexf),
            ("map.gv", FileFormat.maps, .dot),
            ("map.PNG", FileFormat.maps, .png),
        ]
    )
    func byExtension(path: String, allowed: [FileFormat], expected: FileFormat) throws {
        #expect(try Self.choose(path, allowed: allowed).get() == expected)
        #expect(try Self.choose(path, expected, allowed: allowed).get() == expected)
    }

    @Test("without -o: the explicit format, else the default; binary formats need a file")
    func standardOutput() throws {
        #expect(try Self.choose(nil).get() == .table)
        #expect(try Self.choose(nil, .md).get() == .md)
        #expect(try Self.choose(nil, allowed: FileFormat.maps, default: .svg).get() == .svg)
        #expect(Self.message(Self.choose(nil, .xlsx)) == "xlsx is binary: give -o FILE.xlsx")
        #expect(Self.message(Self.choose(nil, .png, allowed: FileFormat.maps)) == "png is binary: give -o FILE.png")
        #expect(
            Self.message(Self.choose(nil, allowed: FileFormat.exports, default: nil, option: "--to"))
                == "give --to or -o FILE (.graphml, .gexf, .dot or .edges)"
        )
    }

    @Test("usage errors name the extension and the extensions the command writes")
    func errors() {
        #expect(
            Self.message(Self.choose("r.html", .md))
                == "r.html: the extension .html says html but --format says md; rename the file or drop --format"
        )
        #expect(
            Self.message(Self.choose("m.csv", allowed: FileFormat.maps, default: .svg))
                == "m.csv: cannot write a .csv file here; use .svg, .png, .pdf or .dot"
        )
        #expect(
            Self.message(Self.choose("m.csv", .svg, allowed: FileFormat.maps, default: .svg))
                == "m.csv: cannot write a .csv file here; use .svg, .png, .pdf or .dot"
        )
        #expect(
            Self.message(Self.choose("r.xlsx", allowed: [.md, .html, .json, .table], default: .md))
                == "r.xlsx: cannot write a .xlsx file here; use .md, .html, .json or .txt"
        )
        #expect(
            Self.message(Self.choose("out.dat"))
                == "out.dat: cannot tell the format from '.dat'; use .txt, .csv, .json, .md, .html or .xlsx, or --format"
        )
        #expect(
            Self.message(Self.choose("out"))
                == "out: cannot tell the format without an extension; use .txt, .csv, .json, .md, .html or .xlsx, or --format"
        )
        #expect(
            Self.message(Self.choose("--format", .svg))
                == "--format svg: cannot write that here; use .txt, .csv, .json, .md, .html or .xlsx"
        )
    }

    @Test("an unknown or missing extension takes the explicit format")
    func explicitWithoutExtension() throws {
        #expect(try Self.choose("out.dat", .csv).get() == .csv)
        #expect(try Self.choose("weights", .table).get() == .table)
        #expect(try Self.choose("tiny.graph", .graphml, allowed: FileFormat.exports, default: nil).get() == .graphml)
    }

    static func message(_ r: Result<FileFormat, FileFormatError>) -> String {
        switch r {
        case .success(let f): "succeeded with \(f)"
        case .failure(let e): e.description
        }
    }
}
