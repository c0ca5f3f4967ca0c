import Foundation
import KlyngeTestSupport
import Testing

/// `klynge consortium` as a user runs it.
@Suite("klynge consortium")
struct ConsortiumCommandTests {
    static let supercluster = "Datasets/norwegian-health-supercluster"
    static let tiny = "Tests/KlyngeEcosystemTests/Fixtures/tiny"
    static let call = [
        "--topics", "welfare technology,fall detection", "--roles", "municipality,hospital,company,university",
    ]

    /// The data rows of RFC 4180 CSV (quoted fields may hold commas and doubled quotes).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                row.append(field)
                field = ""
            } else if ch == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(ch)
            }
        }
        return Array(rows.dropFirst())
    }

    @Test("table: a title, the objective, the best team and an alternative, each with its summary")
    func table() throws {
        let r = try Klynge.run(["consortium", Self.supercluster] + Self.call)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines[0]
                == "Consortium for 'welfare technology', 'fall detection' in norwegian-health-supercluster: municipality, hospital, company, university; 4 members"
        )
        #expect(
            lines[2]
                == "score = topic fit (relative to the best candidate) + 0.5 × cohesion + 0.25 × balance; every role covered, at least one new tie"
        )
        #expect(lines.contains("Best team") && lines.contains("Alternative 1"))
        #expect(
            lines.filter {
                $0.hasPrefix("score ") && $0.contains("pairs already tied") && $0.contains("3 public / 1 private")
            }.count == 2
        )
        #expect(lines.contains { $0.hasPrefix("member  name") && $0.hasSuffix("topic_fit  ties  new_ties  why") })
        #expect(
            r.stderr.contains(
                "klynge: candidates by topic fit: 30 of 72 municipalities, 16 hospitals, 30 of 352 companies, 12 universities\n"
            )
        )
        #expect(r.stderr.contains("klynge: 2 teams of 4 in "))
    }

    @Test("csv: one row per member with its team; every role covered, a new tie, teams differ; same bytes every run")
    func csv() throws {
        let r = try Klynge.run(["consortium", Self.supercluster, "--format", "csv"] + Self.call)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("team,team_score,member,name,role,sector,clusters,topic_fit,ties,new_ties,why\n"))
        let rows = Self.csvRows(r.stdout)
        #expect(rows.count == 8)
        var teams: [String: [[String]]] = [:]
        for row in rows { teams[row[0], default: []].append(row) }
        #expect(teams.keys.sorted() == ["1", "2"])
        for (_, team) in teams {
            #expect(team.map { $0[4] } == ["municipality", "hospital", "company", "university"])
            #expect(team.contains { Int($0[9])! > 0 })  // someone brings a new tie
            #expect(Set(team.map { $0[1] }).count == 1)  // one team score
        }
        let shared = Set(teams["1"]!.map { $0[2] }).intersection(teams["2"]!.map { $0[2] })
        #expect(shared.count <= 2)
        #expect(Double(teams["1"]![0][1])! >= Double(teams["2"]![0][1])!)
        let again = try Klynge.run(["consortium", Self.supercluster, "--format", "csv"] + Self.call)
        #expect(again.stdout == r.stdout)
    }

    @Test("json: the call, the notes and each team's terms and members")
    func json() throws {
        let r = try Klynge.run(
            ["consortium", Self.supercluster, "--format", "json", "--alternatives", "3"] + Self.call
        )
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let call = try #require(obj["call"] as? [String: Any])
        #expect(call["roles"] as? [String] == ["municipality", "hospital", "company", "university"])
        #expect(call["size"] as? Int == 4)
        let teams = try #require(obj["teams"] as? [[String: Any]])
        #expect(teams.count == 3)
        for t in teams {
            let score = try #require(t["score"] as? Double)
            let terms = [t["relative_topic_fit"], t["cohesion"], t["balance"]].compactMap { $0 as? Double }
            #expect(terms.count == 3 && abs(score - (terms[0] + 0.5 * terms[1] + 0.25 * terms[2])) < 1e-12)
            #expect((t["new_ties"] as? Int ?? 0) >= 1)
            let members = try #require(t["members"] as? [[String: Any]])
            #expect(members.count == 4 && members.allSatisfy { !($0["why"] as? String ?? "").isEmpty })
        }
    }

    @Test("md: a Markdown document with a section per team")
    func markdown() throws {
        let r = try Klynge.run(["consortium", Self.supercluster, "--format", "md"] + Self.call)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.hasPrefix(
                "# Consortium for 'welfare technology', 'fall detection' in norwegian-health-supercluster: municipality, hospital, company, university; 4 members\n\nscore = topic fit (relative to the best candidate)"
            )
        )
        #expect(r.stdout.contains("\n## Best team\n") && r.stdout.contains("\n## Alternative 1\n"))
        #expect(r.stdout.contains("| member | name | role | sector | clusters | topic_fit | ties | new_ties | why |"))
    }

    @Test("--lead by name and --size: the lead first in every team, extra members marked")
    func leadAndSize() throws {
        let r = try Klynge.run(
            ["consortium", Self.supercluster, "--lead", "Bergen", "--size", "6", "--format", "csv"] + Self.call
        )
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csvRows(r.stdout)
        #expect(rows.count == 12)
        for team in ["1", "2"] {
            let members = rows.filter { $0[0] == team }
            #expect(members.count == 6)
            #expect(members[0][2] == "m0066" && members[0][4] == "municipality (lead)")
            #expect(members.filter { $0[4].hasSuffix("(extra)") }.count == 2)
        }
    }

    @Test("-o FILE writes the file; the dataset's files are protected")
    func outputFile() throws {
        let dir = try Klynge.temporaryFolder()
        let path = dir.appendingPathComponent("team.md").path
        let r = try Klynge.run(["consortium", Self.supercluster, "--format", "md", "-o", path] + Self.call)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Consortium for "))
        let clobber = try Klynge.run(
            ["consortium", Self.supercluster, "-o", Self.supercluster + "/members.csv"] + Self.call
        )
        #expect(clobber.status == 1 && clobber.stderr.contains("refusing to overwrite the input file"))
    }

    @Test("errors: unknown role, lead not found, size below the roles, a role with no candidate, bad options")
    func errors() throws {
        let role = try Klynge.run([
            "consortium", Self.supercluster, "--topics", "x", "--roles", "municipality,hospitals",
        ])
        #expect(role.status == 1)
        #expect(
            role.stderr
                == "klynge: error: --roles: unknown role 'hospitals' (roles are member kinds: company, municipality, county-authority, hospital, university, research-institute, user-organisation, investor, public-agency, cluster-organisation, other)\n"
        )
        let lead = try Klynge.run(["consortium", Self.supercluster, "--lead", "Nowhere Kommune AS"] + Self.call)
        #expect(
            lead.status == 1
                && lead.stderr.hasPrefix(
                    "klynge: error: --lead: no member 'Nowhere Kommune AS' in norwegian-health-supercluster; closest: "
                )
        )
        let size = try Klynge.run(["consortium", Self.supercluster, "--size", "3"] + Self.call)
        #expect(
            size.status == 1 && size.stderr == "klynge: error: team size 3 is smaller than the number of roles (4)\n"
        )
        let none = try Klynge.run([
            "consortium", Self.tiny, "--topics", "diagnostics", "--roles", "company,research-institute",
        ])
        #expect(none.status == 1)
        #expect(
            none.stderr
                == "klynge: error: no candidate for the role 'research-institute': the dataset has no research-institute member besides the lead\n"
        )
        let topics = try Klynge.run(["consortium", Self.supercluster, "--topics", " , ", "--roles", "company"])
        #expect(topics.status == 1 && topics.stderr.hasPrefix("klynge: error: no topics given"))
        let alternatives = try Klynge.run(["consortium", Self.supercluster, "--alternatives", "0"] + Self.call)
        #expect(alternatives.status != 0 && alternatives.stderr.contains("--alternatives must be at least 1"))
    }

    @Test("a small dataset: the tiny fixture's team brings a new tie and explains it")
    func tiny() throws {
        let r = try Klynge.run([
            "consortium", Self.tiny, "--topics", "diagnostics", "--roles", "company,hospital,university", "--format",
            "csv", "--alternatives", "1",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csvRows(r.stdout)
        #expect(rows.map { $0[4] } == ["company", "hospital", "university"])
        #expect(rows.contains { $0[10].contains("new tie") })
    }

    /// norway-h2020: a Stavanger-led call on 'health' for a company and a university. The
    /// expected facts come from the dataset's members.csv (country, name "PIC <eu_pic>"), not from
    /// an earlier run.
    @Test("norway-h2020: --country NO keeps the team Norwegian, unnamed members are left out and counted")
    func norwegianCall() throws {
        let data = "Datasets/norway-h2020"
        let call = [
            "consortium", data, "--topics", "health", "--roles", "company,university", "--lead", "pic-994034079",
        ]
        // The dataset's countries and names, read from members.csv directly.
        let members = Self.csvRows(try String(contentsOfFile: data + "/members.csv", encoding: .utf8))
        let country = Dictionary(uniqueKeysWithValues: members.map { ($0[0], $0[10]) })
        let unnamed = Set(members.filter { $0[1] == "PIC " + $0[11] }.map { $0[0] })

        let open = try Klynge.run(call + ["--format", "csv"])
        #expect(open.status == 0, "\(open.stderr)")
        let openIds = Self.csvRows(open.stdout).map { $0[2] }
        #expect(!openIds.isEmpty && openIds.allSatisfy { !unnamed.contains($0) })
        #expect(open.stderr.contains("unnamed members left out (a name that is only an identifier"))
        #expect(open.stderr.contains("--include-unnamed proposes them too"))

        let norwegian = try Klynge.run(call + ["--country", "no", "--format", "csv"])
        #expect(norwegian.status == 0, "\(norwegian.stderr)")
        let rows = Self.csvRows(norwegian.stdout)
        #expect(rows.count == 6)  // two teams of three
        #expect(rows.allSatisfy { country[$0[2]] == "NO" && !unnamed.contains($0[2]) })
        #expect(norwegian.stderr.contains("candidates only in country NO"))

        let excluded = rows.filter { $0[4] != "municipality (lead)" }.map { $0[2] }
        let without = try Klynge.run(
            call + ["--country", "NO", "--exclude", excluded.joined(separator: ","), "--format", "csv"]
        )
        #expect(without.status == 0, "\(without.stderr)")
        #expect(Self.csvRows(without.stdout).allSatisfy { !excluded.contains($0[2]) })

        let typo = try Klynge.run(call + ["--county", "Rogalnd"])
        #expect(typo.status == 64 && typo.stderr.contains("unknown county 'Rogalnd'; did you mean Rogaland?"))
        let cluster = try Klynge.run(call + ["--cluster", "Smart Care"])
        #expect(cluster.status == 64 && cluster.stderr.contains("unknown cluster 'Smart Care'"))
    }
}
