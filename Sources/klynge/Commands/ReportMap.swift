import KlyngeEcosystem
import KlyngeRender

/// The map shown in an HTML report: the supercluster map as SVG with the library's defaults
/// (on a dataset over ``MapOptions/largeDataset`` members, its top ``MapOptions/largeDatasetTop``
/// with their strongest ties, as `klynge map` draws it). `title` names the map; `language` is
/// the language of its words.
func reportMap(_ eco: Ecosystem, title: String? = nil, language: Language = .english) throws -> String? {
    var options = MapOptions()
    options.title = title
    options.language = language
    let map = try eco.superclusterMap(options)
    return String(decoding: try map.render(.svg), as: UTF8.self)
}
