import KlyngeReports
import Testing

@Suite("Table formats")
struct TableFormattingTests {
    static let table = Table(
        columns: ["node", "score", "k"],
        rows: [
            [.text("Tromsø"), .number(0.1234567890123456), .integer(3)],
            [.text("a,b \"quoted\""), .number(2), .integer(10)],
            [.text("tiny|pipe"), .number(1.5e-7), .integer(0)],
        ]
    )

    @Test("CSV quotes by RFC 4180 and keeps full precision")
    func csv() {
        #expect(
            Self.table.render(.csv) == #"""
                node,score,k
                Tromsø,0.1234567890123456,3
                "a,b ""quoted""",2,10
                tiny|pipe,1.5e-07,0

                """#
        )
    }

    @Test("JSON is an array of objects with escaped strings")
    func json() {
        #expect(
            Self.table.render(.json) == #"""
                [
                  {"node": "Tromsø", "score": 0.1234567890123456, "k": 3},
                  {"node": "a,b \"quoted\"", "score": 2, "k": 10},
                  {"node": "tiny|pipe", "score": 1.5e-07, "k": 0}
                ]

                """#
        )
    }

    @Test("Markdown escapes pipes and right-aligns numbers")
    func markdown() {
        #expect(
            Self.table.render(.md) == #"""
                | node | score | k |
                |---|---:|---:|
                | Tromsø | 0.123457 | 3 |
                | a,b "quoted" | 2 | 10 |
                | tiny\|pipe | 1.5e-7 | 0 |

                """#
        )
    }

    @Test("aligned text pads by characters, not bytes")
    func aligned() {
        let text = Self.table.render(.table)
        let lines = text.split(separator: "\n")
        // Column widths: node 12 (`a,b "quoted"`), score 8 (`0.123457`), k 2; two spaces between.
        #expect(lines[0] == "node" + String(repeating: " ", count: 8 + 2 + 3) + "score" + "   k")
        #expect(lines[2] == "Tromsø" + String(repeating: " ", count: 6 + 2) + "0.123457" + "   3")
        #expect(lines[4] == "tiny|pipe" + String(repeating: " ", count: 3 + 2 + 2) + "1.5e-7" + "   0")
    }

    @Test("non-finite numbers")
    func nonFinite() {
        let t = Table(columns: ["x"], rows: [[.number(.nan)], [.number(.infinity)]])
        #expect(t.render(.csv) == "x\nnan\ninf\n")
        #expect(t.render(.json) == "[\n  {\"x\": null},\n  {\"x\": null}\n]\n")
    }
}

@Suite("CSV for Excel")
struct ExcelCSVTests {
    @Test("byte-order mark, ';', decimal comma in numeric cells only, CRLF; quoting by the separator")
    func excelBytes() {
        let table = Table(
            columns: ["navn", "andel", "antall", "merknad"],
            rows: [
                [.text("Tromsø"), .number(0.25), .integer(147000), .text("v1.2, ikke tall")],
                [.text("Bad; \"xyz\" AS"), .number(-1.5e-7), .integer(-3), .text("to\nlinjer")],
                [.text("x"), .number(.nan), .integer(0), .text("3.5")],
            ]
        )
        let bytes = Array((CSVDialect.excel.byteOrderMark + table.csv(.excel)).utf8)
        let expected: [UInt8] =
            [0xEF, 0xBB, 0xBF]
            + Array(
                ("navn;andel;antall;merknad\r\n" + "Tromsø;0,25;147000;v1.2, ikke tall\r\n"
                    + "\"Bad; \"\"xyz\"\" AS\";-1,5e-07;-3;\"to\nlinjer\"\r\n" + "x;nan;0;3.5\r\n").utf8
            )
        #expect(bytes == expected)
    }

    @Test("the standard dialect is render(.csv), byte for byte")
    func standardIsRender() {
        #expect(TableFormattingTests.table.csv(.standard) == TableFormattingTests.table.render(.csv))
    }
}
