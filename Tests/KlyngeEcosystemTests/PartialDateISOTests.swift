import KlyngeEcosystem
import Testing

/// PartialDate's byte-level reading of ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) agrees with the
/// calendar rules of the general reading: years 1000–2999, months 1–12, real days.
@Suite("PartialDate ISO reading")
struct PartialDateISOTests {
    @Test("well-formed ISO dates")
    func valid() {
        #expect(PartialDate(parsing: "1000") == PartialDate(year: 1000))
        #expect(PartialDate(parsing: "2999-12") == PartialDate(year: 2999, month: 12))
        #expect(PartialDate(parsing: "2019-12-31") == PartialDate(year: 2019, month: 12, day: 31))
        #expect(PartialDate(parsing: "2000-02-29") == PartialDate(year: 2000, month: 2, day: 29))
    }

    @Test("ISO-shaped text that is no date, and other shapes")
    func invalid() {
        for text in [
            "0999", "3000", "2019-00", "2019-13", "2019-04-31", "1900-02-29", "2019-00-10", "2019-05-00",
            "2019-1a", "20x9", "2019-05-1", "2019-05-01x", "2019/05", "-2019", "2019-", "", "２０１９",
        ] {
            #expect(PartialDate(parsing: text) == nil, "\(text)")
        }
    }
}
