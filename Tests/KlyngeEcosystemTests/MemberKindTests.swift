import KlyngeEcosystem
import Testing

@Suite("Member kind names")
struct MemberKindTests {
    @Test("one reading of a kind's name, case-insensitive everywhere")
    func caseInsensitive() throws {
        #expect(try MemberKind.named("Municipality") == .municipality)
        #expect(MemberKind(named: "RESEARCH-INSTITUTE") == .researchInstitute)
        #expect(try MemberKind.parseList(" Hospital, ,company ,UNIVERSITY") == [.hospital, .company, .university])
        let error = #expect(throws: UnknownKind.self) { try MemberKind.parseList("company, Hospitals") }
        #expect(error?.name == "Hospitals")
        #expect(MemberKind(named: "research institute") == nil)
        #expect(error?.description.hasSuffix("(choose from \(MemberKind.names))") == true)
        #expect(MemberKind.names.hasPrefix("company, municipality, county-authority, "))
    }
}
