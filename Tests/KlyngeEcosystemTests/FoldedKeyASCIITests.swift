import KlyngeEcosystem
import Testing

/// foldedKey's ASCII path (no Foundation) keeps exactly the letters, lowered, and the digits.
@Suite("foldedKey on ASCII text")
struct FoldedKeyASCIITests {
    @Test("every ASCII character: letters lowered, digits kept, the rest dropped")
    func everyCharacter() {
        let all = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        #expect(foldedKey(all) == "0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
    }

    @Test("ASCII and non-ASCII spellings of one word meet")
    func mixed() {
        #expect(foldedKey("Ukjent") == "ukjent")
        #expect(foldedKey("2019-03-01") == "20190301")
        #expect(foldedKey("Org.nr\r\n") == "orgnr")
        #expect(foldedKey("") == "")
        #expect(foldedKey("Tromsø") == foldedKey("TROMSO"))
    }
}
