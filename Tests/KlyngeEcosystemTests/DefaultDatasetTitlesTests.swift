import Foundation
import KlyngeEcosystem
import Testing

/// The default dataset tells no visible untruths (issue 14): a project titled "… in X" claims
/// that the municipality X takes part, so a member of kind municipality named X must be among
/// its partners (in any role). A hospital or company merely located in X does not make the
/// title true. Titles are written by Scripts/datasets/generate_supercluster.py.
@Suite("The default dataset's titles name only municipalities that take part")
struct DefaultDatasetTitlesTests {
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Datasets").standardized

    /// The place a title names: the text after its last " in " when that text starts with a
    /// capital letter ("… in Tromsø"); nil for "Welfare technology in municipal care", whose
    /// " in " is part of the phrase, and for a title without " in ".
    static func place(in title: String) -> String? {
        guard let range = title.range(of: " in ", options: .backwards) else { return nil }
        let place = String(title[range.upperBound...])
        guard let first = place.first, first.isUppercase else { return nil }
        return place
    }

    /// The ids of the projects whose title names a place that is no municipality among their
    /// partners, and how many titles name a place.
    static func untruePlaces(in eco: Ecosystem) -> (untrue: [String], claims: Int) {
        let byProject = eco.membersByProject
        var untrue: [String] = []
        var claims = 0
        for (p, project) in eco.projects.enumerated() {
            guard let title = project.title, let place = place(in: title) else { continue }
            claims += 1
            let named = byProject[p].contains {
                eco.members[$0.member].kind == .municipality && eco.members[$0.member].name == place
            }
            if !named { untrue.append("\(project.id) '\(title)'") }
        }
        return (untrue, claims)
    }

    @Test("every '… in X' title has the municipality X among its partners")
    func titles() throws {
        let eco = try DatasetLoader().load(
            folder: Self.datasets.appendingPathComponent("norwegian-health-supercluster").path
        )
        let (untrue, claims) = Self.untruePlaces(in: eco)
        #expect(untrue == [], "titles naming a place that does not take part")
        // 113 titles name a place (counted with Python's csv module on the regenerated files);
        // the check would pass vacuously if the titles lost their places.
        #expect(claims == 113)
    }

    @Test("the check finds a title naming a town where only a hospital located there takes part")
    func checkFails() {
        let members = [
            Member(id: "m1", name: "Tromsø", kind: .municipality, municipality: "Tromsø"),
            Member(id: "m2", name: "Sykehus (synthetic)", kind: .hospital, municipality: "Bodø"),
        ]
        let projects = [
            Project(id: "p1", title: "A: Welfare technology in municipal care in Tromsø", start: nil),
            Project(id: "p2", title: "B: Rapid diagnostics in Bodø", start: nil),
            Project(id: "p3", title: "C: Welfare technology in municipal care", start: nil),
        ]
        let parts = [
            Participation(project: 0, member: 0, role: .pilotSite),
            Participation(project: 1, member: 1, role: .pilotSite),
            Participation(project: 2, member: 1),
        ]
        let eco = Ecosystem(name: "t", members: members, projects: projects, participations: parts)
        let (untrue, claims) = Self.untruePlaces(in: eco)
        #expect(untrue == ["p2 'B: Rapid diagnostics in Bodø'"])
        #expect(claims == 2)
    }
}
