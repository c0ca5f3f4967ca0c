import Foundation
import KlyngeEcosystem
import KlyngeTestSupport
import Testing

@testable import KlyngeMatching

/// A call topic code weighs more than the programme part it belongs to (TopicIndex's idf).
@Suite("call topic codes in the topic index")
struct TopicCodeWeightTests {
    @Test("norway-h2020: on every project with a call topic, the code's idf is above its programme topics'")
    func codesAboveProgrammes() throws {
        let eco = try DatasetLoader().load(
            folder: Klynge.root.appendingPathComponent("Datasets/norway-h2020").path
        )
        let context = try MatchingContext(eco)
        var coded = 0
        for p in eco.projects {
            guard let code = p.attributes["topic_code"], !code.isEmpty else { continue }
            coded += 1
            // The builder appends the code after the programme words.
            #expect(p.topics.last == code, "\(p.id)")
            let codeIDF = try #require(context.topics.idf[code.lowercased()])
            for t in p.topics.dropLast() {
                let programmeIDF = try #require(context.topics.idf[t.lowercased()])
                #expect(codeIDF > programmeIDF, "\(p.id): \(code) \(codeIDF) vs \(t) \(programmeIDF)")
            }
        }
        #expect(coded == 1357)  // the projects linked to a Research Council grant (dataset README)
    }

}
