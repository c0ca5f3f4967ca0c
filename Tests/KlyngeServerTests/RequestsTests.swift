import Foundation
import KlyngeEcosystem
import KlyngeMatching
import KlyngeServer
import Testing

/// Reading query strings into the library's queries: the parameter at fault named in every error.
@Suite struct RequestsTests {
    let served = defaultServed

    func values(_ query: String) throws -> QueryValues { try QueryValues(query: query) }

    /// The error `body` throws, or nil.
    func error(_ body: () throws -> Void) -> ParameterError? {
        do {
            try body()
            return nil
        } catch let e as ParameterError {
            return e
        } catch {
            Issue.record("not a ParameterError: \(error)")
            return nil
        }
    }

    @Test func queryValuesDecodeAsAFormSendsThem() throws {
        let q = try values("for=Bergen+kommune&kind=municipality,%20hospital&kind=company&top=&x=%C3%B8")
        #expect(q.first("for") == "Bergen kommune")
        #expect(q.list("kind") == ["municipality", "hospital", "company"])
        #expect(q.first("top") == nil)
        #expect(q.first("x") == "ø")
        #expect(error { _ = try QueryValues(query: "q=%FF") }?.parameter == "q")
    }

    @Test func integersAreCheckedAgainstTheirRange() throws {
        #expect(try values("top=5").integer("top", default: 10, in: 1...1000) == 5)
        #expect(try values("").integer("top", default: 10, in: 1...1000) == 10)
        #expect(
            error { _ = try values("top=1001").integer("top", default: 10, in: 1...1000) }?.description
                == "top: must be at most 1000"
        )
        #expect(
            error { _ = try values("top=0").integer("top", default: 10, in: 1...1000) }?.description
                == "top: must be at least 1"
        )
        #expect(
            error { _ = try values("top=ten").integer("top", default: 10, in: 1...1000) }?.description
                == "top: 'ten' is not a whole number"
        )
    }

    @Test func matchParametersBuildTheQueryTheCLIBuilds() throws {
        let eco = served.ecosystem
        let p = try MatchParameters(
            query: values("for=Bergen&kind=municipality&county=vestland&top=7&explain=true"),
            in: served
        )
        #expect(p.query.seeker == .member(try eco.member(matching: "Bergen")))
        #expect(p.query.kinds == [.municipality])
        #expect(p.query.counties == ["Vestland"])
        #expect(p.top == 7)
        #expect(p.explain)
        #expect(p.format == .json)
        let newcomer = try MatchParameters(
            query: values("profile=kind%3Dbedrift%3Btopics%3Dfallsensor%3Bcounty%3Dvestland&kind=municipality"),
            in: served
        )
        #expect(newcomer.query.seeker == .profile(kind: .company, topics: ["fall detection"], county: "Vestland"))
    }

    @Test func matchErrorsNameTheParameterInTheCLIsWords() throws {
        let unknownKind = error { _ = try MatchParameters(query: values("for=Bergen&kind=kommunne"), in: served) }
        #expect(unknownKind?.parameter == "kind")
        let expected: UnknownKind
        do {
            _ = try MemberKind.named("kommunne")
            Issue.record("kommunne is a kind")
            return
        } catch { expected = error }
        #expect(unknownKind?.description == "kind: " + expected.description)
        let county = error { _ = try MatchParameters(query: values("for=Bergen&county=Vestlandet"), in: served) }
        #expect(county?.parameter == "county")
        #expect(county?.message.hasPrefix("unknown county 'Vestlandet'; did you mean Vestland?") == true)
        let cluster = error { _ = try MatchParameters(query: values("for=Bergen&cluster=Nowhere"), in: served) }
        #expect(cluster?.parameter == "cluster")
        #expect(cluster?.message.hasPrefix("unknown cluster 'Nowhere'") == true)
        let topic = error {
            _ = try MatchParameters(query: values("profile=kind%3Dcompany%3Btopics%3Dquantum%20knitting"), in: served)
        }
        #expect(topic?.parameter == "profile")
        #expect(topic?.message.hasPrefix("unknown topic 'quantum knitting'") == true)
        let neither = error { _ = try MatchParameters(query: values("kind=municipality"), in: served) }
        #expect(neither?.parameter == nil)
        #expect(neither?.message == "give either for=MEMBER or profile=\"kind=…;topics=…;county=…\"")
        let top = error { _ = try MatchParameters(query: values("for=Bergen&top=1001"), in: served) }
        #expect(top?.description == "top: must be at most 1000")
    }

    @Test func anUnknownMemberIsA404WithTheClosestMembers() throws {
        let e = try #require(error { _ = try MatchParameters(query: values("for=Bergnx"), in: served) })
        #expect(e.status == 404)
        #expect(e.parameter == "for")
        let expected: MemberLookupError
        do {
            _ = try served.ecosystem.member(matching: "Bergnx")
            Issue.record("found a member")
            return
        } catch { expected = error }
        #expect(e.message == expected.description)
        #expect(e.closest == expected.suggestions)
        #expect(!e.closest.isEmpty)
    }

    /// An 8,000-character `for=` (as long as the query limit allows) is still a 404 with closest
    /// names, the same as for its first 100 characters: the closest-name search compares no more,
    /// so such a request costs what a short one does instead of seconds of edit distances.
    @Test func aVeryLongUnknownMemberIsAnsweredLikeItsFirstHundredCharacters() throws {
        let long = String(repeating: "Bergenx ", count: 1000)
        let e = try #require(error { _ = try MatchParameters(query: values("for=" + long), in: served) })
        let short = try #require(
            error { _ = try MatchParameters(query: values("for=" + String(long.prefix(100))), in: served) }
        )
        #expect(e.status == 404)
        #expect(e.closest == short.closest)
        #expect(!e.closest.isEmpty)
    }

    @Test func brokerAndConsortiumAndMapParameters() throws {
        #expect(
            try BrokerParameters(query: values("top=5&sort=betweenness"))
                == BrokerParameters(top: 5, sort: "betweenness")
        )
        let sort = error { _ = try BrokerParameters(query: values("sort=name")) }
        #expect(sort?.parameter == "sort")
        #expect(sort?.message.hasPrefix("cannot sort by 'name' (choose from coordinator") == true)
        #expect(error { _ = try BrokerParameters(query: values("top=5000")) }?.parameter == "top")
        #expect(error { _ = try BrokerParameters(query: values("format=pdf")) }?.parameter == "format")

        let c = try ConsortiumParameters(query: values("topics=fallsensor&roles=municipality,company"), in: served)
        #expect(c.call.topics == ["fall detection"])
        #expect(c.call.roles == [.municipality, .company])
        #expect(
            error { _ = try ConsortiumParameters(query: values("roles=company"), in: served) }?.parameter == "topics"
        )
        let role = error { _ = try ConsortiumParameters(query: values("topics=x&roles=wizard"), in: served) }
        #expect(role?.parameter == "roles")
        #expect(role?.message == ConsortiumError.unknownRole("wizard").description)
        #expect(
            error {
                _ = try ConsortiumParameters(
                    query: values("topics=fallsensor&roles=company&lead=Nobody%20At%20All"),
                    in: served
                )
            }?.status == 404
        )

        // The candidate filters of `klynge consortium`, resolved like the CLI's.
        let filtered = try ConsortiumParameters(
            query: values(
                "topics=fallsensor&roles=company&county=rogaland&county=vestland&cluster=norwegian%20smart%20care%20cluster"
                    + "&exclude=m0009&include-unnamed=true"
            ),
            in: served
        )
        #expect(filtered.call.counties == ["Rogaland", "Vestland"])
        #expect(filtered.call.cluster == "Norwegian Smart Care Cluster")
        #expect(filtered.call.excluded == [served.ecosystem.memberIndex(of: "m0009")!])
        #expect(filtered.call.includeUnnamed)
        let county = error {
            _ = try ConsortiumParameters(query: values("topics=fallsensor&roles=company&county=Rogalnd"), in: served)
        }
        #expect(county?.parameter == "county" && county?.message.contains("did you mean Rogaland?") == true)
        // The default dataset has no country column: any country is unknown, and says so.
        let country = error {
            _ = try ConsortiumParameters(query: values("topics=fallsensor&roles=company&country=NO"), in: served)
        }
        #expect(country?.parameter == "country" && country?.message.hasSuffix("(the dataset has none)") == true)
        #expect(
            error {
                _ = try ConsortiumParameters(
                    query: values("topics=fallsensor&roles=company&exclude=Nobody%20At%20All"),
                    in: served
                )
            }?
            .parameter == "exclude"
        )

        #expect(try MapParameters(query: values(""), in: served).kind == .supercluster)
        #expect(error { _ = try MapParameters(query: values("kind=pie"), in: served) }?.parameter == "kind")
        #expect(error { _ = try MapParameters(query: values("kind=ego"), in: served) }?.parameter == "focus")
        let ego = try MapParameters(query: values("kind=ego&focus=Bergen"), in: served)
        #expect(ego.focus == (try served.ecosystem.member(matching: "Bergen")))
    }

    @Test func memberSearchIgnoresCaseAndAccents() throws {
        let tromso = served.searchMembers(MemberSearch("TROMSO"))
        #expect(!tromso.isEmpty)
        #expect(tromso.allSatisfy { foldedKey($0.name).contains("tromso") || foldedKey($0.id).contains("tromso") })
        #expect(tromso.contains { $0.name.contains("Tromsø") })
        let exact = served.searchMembers(MemberSearch("bergen"))
        #expect(exact.first?.name == "Bergen")
        #expect(served.searchMembers(MemberSearch("", limit: 1000)).count == served.ecosystem.members.count)
        #expect(served.searchMembers(MemberSearch("zzzz-no-such-thing")).isEmpty)
    }

    @Test func memberDetailRanksAndPartners() throws {
        let i = try served.ecosystem.member(matching: "Bergen")
        let d = served.memberDetail(i)
        #expect(d.member.name == "Bergen")
        #expect(d.centralities.map(\.measure) == ServedDataset.measures.map(\.rawValue))
        #expect(d.centralities.first?.rank == served.rank[.degree]?[i])
        #expect(Set(d.partners.map(\.member.index)) == Set(served.graph.neighbors(i).map(Int.init)))
        #expect(d.partners.allSatisfy { !$0.projects.isEmpty })
        let counts = d.partners.map(\.projects.count)
        #expect(counts == counts.sorted(by: >))
        #expect(
            d.brokerage.map(\.role) == ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
        )
    }

    @Test func aDatasetUnderTheLimitIsDrawnWhole() throws {
        #expect(!served.mapsSelectMembers)
        let (map, svg) = try served.superclusterMap()
        #expect(
            map.nodes.filter { !$0.isCaption && !$0.id.hasPrefix("cluster:") }.count == served.ecosystem.members.count
        )
        #expect(try served.mapSVG(MapParameters()) == svg)
    }
}
