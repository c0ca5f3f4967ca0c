import KlyngeEcosystem
import Testing

@Suite("Vocabulary: names read without case, accents or punctuation, unknown ones named")
struct VocabularyTests {
    @Test("folded keys drop case, accents, punctuation; ø æ å are written out")
    func folding() {
        #expect(foldedKey("Fall-detection") == "falldetection")
        #expect(foldedKey("fall_detection ") == "falldetection")
        #expect(foldedKey("Tromsø") == "tromso")
        #expect(foldedKey("Bærum") == "baerum")
        #expect(foldedKey("Ålesund") == "alesund")
        #expect(foldedKey("Org.nr") == "orgnr")
        #expect(foldedKey("Café Nærøy") == "cafenaeroy")
    }

    @Test("edit distance is Levenshtein's")
    func distance() {
        #expect(editDistance("muncipality", "municipality") == 1)
        #expect(editDistance("kitten", "sitting") == 3)
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("abc", "") == 3)
    }

    @Test("known names and synonyms resolve to the canonical name")
    func resolves() throws {
        let topics = Vocabulary(
            field: "topic",
            names: ["fall detection", "welfare technology"],
            synonyms: ["fallsensor": "fall detection", "velferdsteknologi": "welfare technology", "x": "absent"]
        )
        #expect(try topics.resolve("Fall-Detection") == "fall detection")
        #expect(try topics.resolve("FALLSENSOR") == "fall detection")
        #expect(try topics.resolve("velferdsteknologi") == "welfare technology")
        #expect(topics.canonical("x") == nil)  // a synonym of a name the dataset lacks is ignored
        // Pairs are groups, read both ways and transitively: a dataset written in Norwegian.
        let norsk = Vocabulary(
            field: "topic",
            names: ["velferdsteknologi", "fallsensor"],
            synonyms: [
                "velferdsteknologi": "welfare technology", "fallalarm": "fall detection",
                "fallsensor": "fall detection",
            ]
        )
        #expect(norsk.canonical("Welfare technology") == "velferdsteknologi")
        #expect(norsk.canonical("fall-detection") == "fallsensor")
        #expect(norsk.canonical("fallalarm") == "fallsensor")
    }

    @Test("an unknown name is an error naming it, the nearest names and the known ones")
    func unknown() {
        let counties = Vocabulary(field: "county", names: ["Rogaland", "Vestland", "Oslo"])
        #expect(throws: UnknownName.self) { try counties.resolve("Vestlandet") }
        do {
            _ = try counties.resolve("Vestlandet")
        } catch {
            #expect(error.suggestions == ["Vestland"])
            #expect(
                error.description
                    == "unknown county 'Vestlandet'; did you mean Vestland? (known: Rogaland, Vestland, Oslo)"
            )
        }
        #expect(counties.suggestions(for: "Rogland") == ["Rogaland"])
        #expect(counties.suggestions(for: "Finnmark") == [])
    }
}

@Suite("Vocabulary: suggestions for long unknown values")
struct VocabularyLongTextTests {
    @Test("a name far longer than every known name is offered only what it contains")
    func longText() {
        let kinds = Vocabulary(field: "kind", names: ["municipality", "company", "university"])
        let long = String(repeating: "x", count: 5000)
        #expect(kinds.suggestions(for: long) == [])
        #expect(kinds.suggestions(for: long + "company") == ["company"])
        // Length within a third: the edit distance still decides (2 edits of 12).
        #expect(kinds.suggestions(for: "municipalityxx") == ["municipality"])
        #expect(kinds.suggestions(for: "municipalityxxxxx") == ["municipality"])  // contains it
        #expect(kinds.suggestions(for: "compny") == ["company"])
    }
}
