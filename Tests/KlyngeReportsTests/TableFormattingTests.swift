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
