import Foundation
import KlyngeEcosystem
import KlyngeRender
import KlyngeTestSupport
import Testing

/// The map strings in English and bokmål: one table per language, every string in both.
@Suite("map text in English and bokmål")
struct MapTextTests {
    /// `{0}`, `{1}` … in a template.
    static func holes(_ s: String) -> Set<String> {
        Set((0..<10).map { "{\($0)}" }.filter(s.contains))
    }

    @Test("every English string has its bokmål twin, with the same holes, and a translation")
    func twins() {
        // Written alike in both languages.
        let same: Set<MapText.Key> = [.pagerank, .kindInvestor]
        for key in MapText.Key.allCases {
            let en = MapText.english[key]
            let nb = MapText.bokmal[key]
            #expect(en?.isEmpty == false, "no English for \(key)")
            #expect(nb?.isEmpty == false, "no bokmål for \(key)")
            guard let en, let nb else { continue }
            #expect(Self.holes(en) == Self.holes(nb), "\(key): \(en) / \(nb)")
            if !same.contains(key) { #expect(en != nb, "\(key) is not translated: \(nb)") }
        }
        #expect(MapText.english.count == MapText.Key.allCases.count)
        #expect(MapText.bokmal.count == MapText.Key.allCases.count)
    }

    @Test("bokmål words as a Norwegian reader expects them; thousands grouped per language")
    func words() {
        let all = MapText.bokmal.values.joined(separator: "\n")
        for word in ["medlemmer", "klynger", "typer", "samarbeidsbånd", "delte prosjekter", "meglere"] {
            #expect(all.contains(word), "\(word)")
        }
        #expect(MapText(.english).count(9_361) == "9,361")
        #expect(MapText(.bokmal).count(9_361) == "9\u{00A0}361")
        #expect(MapText(.bokmal).count(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(MapText(.bokmal)(.membersMany, "3") == "3 medlemmer")
    }

    @Test("a bokmål map of the default dataset: title, subtitle and legend in bokmål, no English left")
    func bokmalMap() throws {
        let eco = try DatasetLoader().load(folder: MapTests.supercluster)
        var o = MapOptions()
        o.language = .bokmal
        let map = try eco.superclusterMap(o)
        #expect(map.title == "\(eco.name): økosystemet etter klynge")
        #expect(map.subtitle[0].hasPrefix("\(eco.members.count) medlemmer i \(eco.clusters.count) klynger ("))
        #expect(map.subtitle[0].contains("samarbeidsbånd · prosjekter "))
        #expect(map.subtitle[1].hasPrefix("størrelse: betweenness-sentralitet · linjebredde: delte prosjekter · navn:"))
        #expect(map.legend.shapes.map(\.label).contains("kommune"))
        let bergen = try #require(map.nodes.first { $0.id == "m0066" })  // Bergen kommune
        #expect(bergen.tooltip.contains(" · kommune (offentlig)\nklynger: "))
        #expect(bergen.tooltip.contains("\ngrad ") && bergen.tooltip.contains(" · betweenness-sentralitet "))
        #expect(map.subtitle.last == "SYNTETISK datasett: medlemskap, prosjekter og bedriftsnavn er oppdiktet")
        #expect(MapText.english[.synthetic] == eco.syntheticNotice)
        let written = ([map.title] + map.subtitle + map.legend.notes).joined(separator: " ")
        for english in [" members", " ties", "clusters", "size:", "names", "shared"] {
            #expect(!written.contains(english), "\(english) in: \(written)")
        }
        o.brokers = 3
        let brokers = try eco.brokerMap(o)
        #expect(brokers.title == "\(eco.name): meglere mellom klynger")
        #expect(brokers.subtitle[1].contains("de 3 fremste meglerne"))
    }

    @Test("the bokmål map of norway-h2020 groups thousands with a space")
    func bokmalLarge() throws {
        let eco = try DatasetLoader().load(folder: LargeMapTests.h2020)
        var o = MapOptions()
        o.language = .bokmal
        o.sizeBy = .degree
        let map = try eco.superclusterMap(o)
        #expect(map.title == "norway-h2020: økosystemet etter type")
        #expect(map.subtitle[0].hasPrefix("de 150 medlemmene høyest på grad av 9\u{00A0}361 i "))
        #expect(map.subtitle[0].contains(" typer · "))
    }
}
