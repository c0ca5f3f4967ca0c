import Foundation
import KlyngeTestSupport
import Testing

/// A library error about an option's value names the option the user typed, and exits as the
/// error did before (1 for a member that is not found, 64 for a usage error). The member
/// lookup messages below were computed without klynge, by this Python over members.csv (the
/// rule of `Ecosystem.member(matching:)`: id, else name without case, else the names that
/// contain the query; none: the five closest names by edit distance, ties by id):
///
///     rows = list(csv.DictReader(open(folder + "/members.csv", encoding="utf-8")))
///     def lev(a, b):  # textbook Levenshtein, one row at a time
///         prev = list(range(len(b) + 1))
///         for i, ca in enumerate(a, 1):
///             cur = [i]
///             for j, cb in enumerate(b, 1):
///                 cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
///             prev = cur
///         return prev[-1]
///     q = query.lower()
///     found = [r for r in rows if q in r["name"].lower()]  # "fits N members": the first 8, then "…"
///     closest = sorted(rows, key=lambda r: (lev(q, r["name"].lower()), r["id"]))[:5]
@Suite("options named in errors")
struct OptionErrorTests {
    static let dataset = "Datasets/norwegian-health-supercluster"

    static let unknownBergn =
        "no member 'Bergn' in norwegian-health-supercluster; closest: m0066 (Bergen), m0034 (Bærum), "
        + "m0051 (Gran), m0016 (Strand), m0045 (Løten)"

    static let ambiguousKommune =
        "'kommune' fits 7 members: m0005 (Agder fylkeskommune), m0006 (Innlandet fylkeskommune), "
        + "m0007 (Møre og Romsdal fylkeskommune), m0008 (Nordland fylkeskommune), "
        + "m0009 (Rogaland fylkeskommune), m0010 (Trøndelag fylkeskommune), m0011 (Vestland fylkeskommune); "
        + "give an id"

    static let ambiguousRavne =
        "'Ravne' fits 10 members: m0118 (Universitetet i Ravneland (synthetic)), m0380 (Ravnebø Therapeutics AS), "
        + "m0381 (Ravnedal AS), m0382 (Ravneheim Helseinnovasjon AS), m0383 (Ravneli Sensorikk AS), "
        + "m0384 (Ravneng Diagnostics AS), m0385 (Ravnesund Biotek AS), m0386 (Ravnetun Care AS), …; give an id"

    static let call = ["--topics", "fall detection", "--roles", "municipality,company"]

    /// Arguments after `klynge`, the exit status and the whole of standard error.
    static let members: [(args: [String], status: Int32, stderr: String)] = [
        (["match", dataset, "--for", "Bergn"], 1, "klynge: error: --for: \(unknownBergn)\n"),
        (["match", dataset, "--for", "kommune"], 1, "klynge: error: --for: \(ambiguousKommune)\n"),
        (["consortium", dataset, "--lead", "Bergn"] + call, 1, "klynge: error: --lead: \(unknownBergn)\n"),
        (["consortium", dataset, "--lead", "kommune"] + call, 1, "klynge: error: --lead: \(ambiguousKommune)\n"),
        (["map", dataset, "--kind", "ego", "--focus", "Bergn"], 1, "klynge: error: --focus: \(unknownBergn)\n"),
        (["map", dataset, "--kind", "ego", "--focus", "Ravne"], 1, "klynge: error: --focus: \(ambiguousRavne)\n"),
        (
            ["map", dataset, "--kind", "match", "--focus", "Bergn", "--pairs", "no-such-pairs.csv"], 1,
            "klynge: error: --focus: \(unknownBergn)\n"
        ),
    ]

    /// Arguments, the exit status and how standard error begins (usage errors go on with the
    /// usage line; the kind list is long); whole when it ends in a line break.
    static let values: [(args: [String], status: Int32, stderr: String)] = [
        (
            ["match", dataset, "--for", "m0183", "--kind", "startup"], 64,
            "Error: --kind: unknown kind 'startup' (choose"
        ),
        (
            ["consortium", dataset, "--topics", "fall detection", "--roles", "hospitals"], 1,
            "klynge: error: --roles: unknown role 'hospitals' (roles are member kinds: "
        ),
        (
            ["match", dataset, "--profile", "kind=company"], 1,
            "klynge: error: --profile: the profile needs topics=… (comma-separated)\n"
        ),
        (
            ["match", dataset, "--profile", "kind=startup;topics=fall detection"], 64,
            "Error: --profile: unknown kind 'startup' (choose from company, "
        ),
        (
            ["map", dataset, "--lang", "fr"], 64,
            "Error: The value 'fr' is invalid for '--lang <en|nb>': unknown language 'fr': use en (English, the default) or nb (Norwegian bokmål)"
        ),
        (["map", dataset, "--all", "--top", "5"], 64, "Error: --all draws every member: leave out --top, or --all"),
        (
            ["match", dataset, "--for", "m0183", "--weights", "no/such/weights.txt"], 1,
            "klynge: error: --weights: no/such/weights.txt: cannot read the file\n"
        ),
    ]

    static let cases = members + values

    @Test("a member, kind list, role list, profile or weights file at fault names its option", arguments: cases.indices)
    func named(_ index: Int) throws {
        let (args, status, stderr) = Self.cases[index]
        let r = try Klynge.run(args)
        #expect(r.status == status, "\(args)")
        #expect(r.stderr.hasPrefix(stderr), "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(stderr.hasSuffix("\n") ? r.stderr == stderr : r.stderr.contains("\nUsage: klynge ") == (status == 64))
    }
}
