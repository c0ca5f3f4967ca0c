import Foundation
import KlyngeTestSupport
import Testing

/// `klynge import` on the registers under Registers/ (see its README): what it writes, what it
/// refuses, and that what it writes passes `klynge validate`.
@Suite("import command")
struct ImportCommandTests {
    /// Names in `folder` (hidden ones too: a temporary folder left behind would show).
    static func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("an .xlsx with two sheets: members found by sheet name, partners become participations")
    func workbook() throws {
        let dir = try Klynge.temporaryFolder()
        let out = dir.appendingPathComponent("register")
        let book = RegisterFiles.folder + "/xlsx-two-sheets/register.xlsx"
        let r = try Klynge.run(["import", "--members", book, "--projects", book, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("read \(book)[Members]: 3 rows\n"))
        #expect(r.stdout.contains("read \(book)[Projects]: 2 rows\n"))
        #expect(r.stdout.contains("left out personal data: \(book)[Members]: contact person"))
        #expect(r.stdout.hasSuffix("wrote \(out.path): 3 members, 2 projects, 5 participations, 0 relations\n"))
        #expect(try RegisterFiles.differences(out, expected: "xlsx-two-sheets").isEmpty)
        #expect(try Self.contents(out) == ["README.md", "members.csv", "participations.csv", "projects.csv"])
        let readme = try RegisterFiles.read(out.appendingPathComponent("README.md"))
        let sha = try RegisterFiles.text(RegisterFiles.folder + "/xlsx-two-sheets/register.xlsx.sha256")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(readme.contains("| \(book) | Members | 3 | `\(sha)` |"))
        #expect(readme.contains("| \(book) | Projects | 2 | `\(sha)` |"))
        #expect(readme.contains("- \(book)[Members]: contact person\n"))
        #expect(!(try RegisterFiles.read(out.appendingPathComponent("members.csv"))).contains("Nordmann"))
        let v = try Klynge.run(["validate", out.path])
        #expect(v.status == 0, "\(v.stdout)")
        #expect(v.stdout.hasPrefix("\(out.path): valid — 3 members, 2 projects, 5 participations"))
    }

    @Test("a Windows-1252, ';'-separated register with CRLF: read, said so, written as UTF-8 with commas")
    func windows1252() throws {
        let out = try Klynge.temporaryFolder().appendingPathComponent("register")
        let members = RegisterFiles.folder + "/semicolon-1252/members.csv"
        let r = try Klynge.run(["import", "--members", members, "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(members): read as Windows-1252, ';'-separated\n"))
        let expected = try RegisterFiles.text(RegisterFiles.folder + "/semicolon-1252/expected/members.csv")
        #expect(try RegisterFiles.read(out.appendingPathComponent("members.csv")) == expected)
        let readme = try RegisterFiles.read(out.appendingPathComponent("README.md"))
        #expect(readme.contains("- \(members): read as Windows-1252, ';'-separated\n"))
        #expect(try Klynge.run(["validate", out.path]).status == 0)
    }

    @Test("--include-personal keeps the contact column")
    func includePersonal() throws {
        let (r, out) = try RegisterFiles.runImport([
            "--members", RegisterFiles.folder + "/xlsx-two-sheets/register.xlsx", "--include-personal",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let members = try RegisterFiles.read(out.appendingPathComponent("members.csv"))
        #expect(members.hasPrefix("id,name,kind,county,municipality,size,orgnr,contact person\n"))
        #expect(members.contains(",Kari Nordmann\n"))
    }

    @Test("an error refuses the import: every problem with file, line and column; nothing written")
    func refused() throws {
        let dir = try Klynge.temporaryFolder()
        let out = dir.appendingPathComponent("register")
        let members = RegisterFiles.folder + "/unknown-kind/members.csv"
        let r = try Klynge.run([
            "import", "--members", members, "--projects", RegisterFiles.folder + "/unknown-kind/projects.csv", "-o",
            out.path,
        ])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("klynge: error: \(members):3: kind: unknown kind 'compnay'"))
        #expect(r.stderr.contains("klynge: error: 1 problem; nothing written to \(out.path)\n"))
        #expect(r.stderr.contains("--set-aside"))
        #expect(try Self.contents(dir).isEmpty)  // no folder, no temporary folder
    }

    @Test("--set-aside leaves the row at fault and the participations naming it out, and says so")
    func setAside() throws {
        let out = try Klynge.temporaryFolder().appendingPathComponent("register")
        let members = RegisterFiles.folder + "/unknown-kind/members.csv"
        let projects = RegisterFiles.folder + "/unknown-kind/projects.csv"
        let r = try Klynge.run(["import", "--members", members, "--projects", projects, "--set-aside", "-o", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  \(members):3: kind: unknown kind 'compnay'"))
        #expect(r.stdout.contains("  \(projects):2: partners: unknown member 'fjordsensor-as-synthetic'"))
        #expect(r.stdout.hasSuffix("wrote \(out.path): 2 members, 2 projects, 2 participations, 0 relations\n"))
        let readme = try RegisterFiles.read(out.appendingPathComponent("README.md"))
        #expect(readme.contains("## Rows set aside"))
        #expect(readme.contains("- \(members):3: kind: unknown kind 'compnay'"))
        #expect(try Klynge.run(["validate", out.path]).status == 0)
    }

    @Test("an existing dataset is replaced only with --force, and a refused import leaves it as it was")
    func noOverwrite() throws {
        let dir = try Klynge.temporaryFolder()
        let out = dir.appendingPathComponent("register")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("keep me\n".utf8).write(to: out.appendingPathComponent("note.txt"))
        let book = RegisterFiles.folder + "/xlsx-two-sheets/register.xlsx"
        let r = try Klynge.run(["import", "--members", book, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr == "klynge: error: \(out.path): already exists; give --force to replace it\n")
        let bad = RegisterFiles.folder + "/unknown-kind/members.csv"
        let refused = try Klynge.run(["import", "--members", bad, "--force", "-o", out.path])
        #expect(refused.status == 1)
        #expect(try Self.contents(out) == ["note.txt"])
        #expect(try Self.contents(dir) == ["register"])  // nothing left beside it
        let forced = try Klynge.run(["import", "--members", book, "--force", "-o", out.path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Self.contents(out) == ["README.md", "members.csv", "participations.csv", "projects.csv"])
        #expect(try Self.contents(dir) == ["register"])
    }

    @Test("never writes into a source's folder")
    func notBesideSources() throws {
        let dir = try Klynge.temporaryFolder()
        let members = dir.appendingPathComponent("members.csv")
        try FileManager.default.copyItem(
            at: Klynge.root.appendingPathComponent(RegisterFiles.folder + "/unknown-kind/members.csv"),
            to: members
        )
        for output in [dir.path, dir.path + "/"] {
            let r = try Klynge.run(["import", "--members", members.path, "--force", "-o", output])
            #expect(r.status == 1)
            #expect(r.stderr.contains("holds the source \(members.path); write the dataset to a new folder"))
        }
        #expect(try Self.contents(dir) == ["members.csv"])
    }

    @Test("a workbook without the sheet asked for names the sheets it has")
    func noSuchSheet() throws {
        let out = try Klynge.temporaryFolder().appendingPathComponent("register")
        let book = RegisterFiles.folder + "/xlsx-two-sheets/register.xlsx"
        let r = try Klynge.run(["import", "--members", book, "--members-sheet", "Medlemmer", "-o", out.path])
        #expect(r.status == 1)
        #expect(
            r.stderr.hasPrefix(
                "klynge: error: \(book): no sheet named 'Medlemmer' (the workbook has: Projects, Members)\n"
            )
        )
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
