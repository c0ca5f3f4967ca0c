import Foundation
import KlyngeTestSupport
import Testing

/// `klynge match` as a user runs it.
@Suite("klynge match")
struct MatchCommandTests {
    static let supercluster = "Datasets/norwegian-health-supercluster"

    @Test(
        "a welfare-tech newcomer gets explained municipalities, in the asked format",
        arguments: ["table", "csv", "json", "md"]
    )
    func profile(_ format: String) throws {
        let r = try Klynge.run([
            "match", Self.supercluster, "--profile",
            "kind=company;topics=fall detection,welfare technology;county=Vestland",
            "--kind", "municipality", "--top", "5", "--explain", "--format", format,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("SYNTHETIC"))
        switch format {
        case "csv":
            let lines = r.stdout.split(separator: "\n")
            #expect(
                lines.first
                    == "rank,member,name,kind,county,score,topic_fit,proximity,shared_partners,consortium_overlap,experience,activity,pilot_experience,complementarity,geography,capacity,recency,newcomer_welcome,same_country,reasons"
            )
            #expect(lines.count == 6)
            #expect(lines.dropFirst().allSatisfy { $0.contains(",municipality,") && $0.contains("(+0.") })  // reasons with contributions
        case "json":
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 5 && rows.allSatisfy { ($0["kind"] as? String) == "municipality" })
        case "md":
            #expect(r.stdout.contains("### Why"))
        default:
            #expect(r.stdout.contains("Why, for the newcomer:"))
        }
    }

    @Test("a member by name, with the match map")
    func memberWithMap() throws {
        let dir = try Klynge.temporaryFolder()
        let map = dir.appendingPathComponent("match.svg").path
        let r = try Klynge.run([
            "match", Self.supercluster, "--for", "Alkeng Omsorgsteknologi", "--kind", "municipality,hospital",
            "--top", "3", "--explain", "--map", map,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Why, for Alkeng Omsorgsteknologi AS:"))
        let svg = try String(contentsOfFile: map, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("id=\"m0183\""))
    }

    @Test("unknown or ambiguous members, bad kinds and profiles are one clear error")
    func errors() throws {
        let unknown = try Klynge.run(["match", Self.supercluster, "--for", "Nowhere Inc"])
        #expect(
            unknown.status == 1 && unknown.stderr.contains("no member 'Nowhere Inc'")
                && unknown.stderr.contains("closest:")
        )
        let ambiguous = try Klynge.run(["match", Self.supercluster, "--for", "kommune"])
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("give an id"))
        let kind = try Klynge.run(["match", Self.supercluster, "--for", "m0183", "--kind", "startup"])
        #expect(kind.status != 0 && kind.stderr.contains("unknown kind 'startup'"))
        let both = try Klynge.run(["match", Self.supercluster])
        #expect(both.status != 0 && both.stderr.contains("give either --for MEMBER or --profile"))
        let profile = try Klynge.run(["match", Self.supercluster, "--profile", "kind=company"])
        #expect(profile.status == 1 && profile.stderr.contains("the profile needs topics="))
    }

    @Test("the same bytes for any thread count")
    func deterministic() throws {
        let args = ["match", Self.supercluster, "--for", "m0183", "--top", "20", "--format", "csv", "--explain"]
        let a = try Klynge.run(args + ["--threads", "1"])
        let b = try Klynge.run(args + ["--threads", "3"])
        #expect(a.status == 0 && a.stdout == b.stdout)
    }

    @Test("a newcomer: text says the shared reason once and leaves out the empty network columns; CSV keeps them")
    func sharedReasonsAndEmptyColumns() throws {
        // The newcomer weights before issue 15's tuning, under which complementarity is among
        // every suggestion's four reasons (the tuned ones rank it lower).
        let args = [
            "match", Self.supercluster, "--profile", "kind=company;topics=fall detection;county=Vestland",
            "--kind", "municipality", "--top", "4", "--explain", "--weights",
            Klynge.root.appendingPathComponent("Scripts/evaluation/newcomer-tuning-start.weights").path,
        ]
        let text = try Klynge.run(args)
        #expect(text.status == 0, "\(text.stderr)")
        let header = text.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("topic_fit") && !header.contains("proximity") && !header.contains("shared_partners"))
        #expect(text.stdout.contains("\nEvery suggestion: public partner for a private seeker (+"))
        #expect(text.stdout.contains("proximity, shared_partners and consortium_overlap are left out of the table"))
        // Said once: in no suggestion's own reasons.
        #expect(text.stdout.components(separatedBy: "public partner for a private seeker").count == 2)

        let csv = try Klynge.run(args + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines[0].contains(",proximity,shared_partners,consortium_overlap,"))
        #expect(lines.dropFirst().allSatisfy { $0.contains("public partner for a private seeker") })

        let member = try Klynge.run([
            "match", Self.supercluster, "--for", "Bergen", "--kind", "municipality", "--top", "3",
        ])
        #expect(
            member.status == 0
                && member.stdout.contains("already works with are left out (--include-partners keeps them).")
        )
        #expect(member.stdout.split(separator: "\n")[0].contains("proximity"))
    }
}
