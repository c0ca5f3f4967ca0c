import Foundation
import KlyngeTestSupport
import Testing

/// `klynge import` on registers as Norwegian secretariats keep them (Registers/, see its README):
/// the same register saved three ways gives one dataset folder, written by hand; problems are
/// told all at once, warnings never refuse.
@Suite("import of Norwegian registers")
struct ImportRegisterTests {
    /// Excel's "CSV UTF-8" (byte-order mark, ';', CRLF), "CSV (semikolonseparert)" (Windows-1252)
    /// and "Unicode Text" (UTF-16, tabs) with the projects in a workbook.
    @Test(
        "one register saved three ways gives the expected dataset folder",
        arguments: [
            ("excel-csv-utf8", "medlemmer.csv", "prosjekter.csv", "read as UTF-8, ';'-separated"),
            ("windows-1252", "medlemmer.csv", "prosjekter.csv", "read as Windows-1252, ';'-separated"),
            ("unicode-text", "medlemmer.txt", "prosjekter.xlsx", "read as UTF-16 LE, tab-separated"),
        ]
    )
    func savedThreeWays(_ c: (folder: String, members: String, projects: String, note: String)) throws {
        let out = try Klynge.temporaryFolder().appendingPathComponent("register")
        let members = "\(RegisterFiles.folder)/\(c.folder)/\(c.members)"
        let projects = "\(RegisterFiles.folder)/\(c.folder)/\(c.projects)"
        let r = try Klynge.run(["import", "--members", members, "--projects", projects, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(members): \(c.note)\n"))
        #expect(r.stdout.contains("left out personal data: \(members): Kontaktperson"))
        #expect(r.stdout.hasSuffix("wrote \(out.path): 4 members, 2 projects, 5 participations, 0 relations\n"))
        #expect(try RegisterFiles.differences(out, expected: "excel-csv-utf8").isEmpty)
        #expect(!(try RegisterFiles.read(out.appendingPathComponent("members.csv"))).contains("Nordmann"))
        let v = try Klynge.run(["validate", out.path])
        #expect(v.status == 0, "\(v.stdout)")
    }

    @Test("a stray quote and an unknown county refuse the import together; warnings are not errors")
    func problemsRefuse() throws {
        let dir = try Klynge.temporaryFolder()
        let out = dir.appendingPathComponent("register")
        let members = RegisterFiles.folder + "/problems/medlemmer.csv"
        let r = try Klynge.run(["import", "--members", members, "-o", out.path])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("klynge: error: ") }
        #expect(errors.count == 3, "\(r.stderr)")
        #expect(
            errors[0].hasPrefix(
                "klynge: error: \(members):5: Navn: stray quote in unquoted field 'Bad \"xyz\" AS (synthetic)'"
            )
        )
        #expect(
            errors[1].hasPrefix(
                "klynge: error: \(members):6: county: unknown county 'Vestlandet'; did you mean Vestland?"
            )
        )
        #expect(errors[2] == "klynge: error: 2 problems; nothing written to \(out.path)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("--set-aside: the two rows at fault left out and listed; the likely duplicate and the check digit warned")
    func problemsSetAside() throws {
        let members = RegisterFiles.folder + "/problems/medlemmer.csv"
        let (r, out) = try RegisterFiles.runImport(["--members", members, "--set-aside"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("\(members):4: warning: orgnr: organisation number '123 456 789' has a wrong check digit")
        )
        #expect(r.stdout.contains("\(members):2 and :3: warning: likely the same organisation"))
        #expect(r.stdout.hasSuffix("wrote \(out.path): 4 members, 0 projects, 0 participations, 0 relations\n"))
        let readme = try RegisterFiles.read(out.appendingPathComponent("README.md"))
        #expect(readme.contains("- \(members):5: Navn: stray quote"))
        #expect(readme.contains("- \(members):6: county: unknown county 'Vestlandet'"))
        #expect(readme.contains("- \(members):2 and :3: warning: likely the same organisation"))
        let names = try RegisterFiles.read(out.appendingPathComponent("members.csv")).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",")[1] }
        #expect(names == ["Bergen kommune", "Bergen Kommune", "Fjordsensor AS (synthetic)", "Alver kommune"])
        #expect(try Klynge.run(["validate", out.path]).status == 0)
    }

    @Test("the bundled example register imports, validates and stays SYNTHETIC")
    func exampleRegister() throws {
        let out = try Klynge.temporaryFolder().appendingPathComponent("example")
        let r = try Klynge.run([
            "import", "--members", "Datasets/example-register/medlemmer.csv", "--projects",
            "Datasets/example-register/prosjekter.xlsx", "-o", out.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Datasets/example-register/medlemmer.csv: read as Windows-1252, ';'-separated\n"))
        #expect(r.stdout.hasSuffix("wrote \(out.path): 22 members, 8 projects, 29 participations, 0 relations\n"))
        let v = try Klynge.run(["validate", out.path])
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("\(out.path): valid — 22 members, 8 projects, 29 participations"))
        #expect(v.stdout.contains("SYNTHETIC"))
        #expect(
            try RegisterFiles.read(out.appendingPathComponent("README.md")).hasPrefix(
                "# example — imported by `klynge import` (SYNTHETIC)\n"
            )
        )
    }
}
