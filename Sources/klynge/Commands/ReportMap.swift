import KlyngeEcosystem
import KlyngeRender

/// The map shown in an HTML report: the supercluster map as SVG, with the top 400 members
/// on datasets larger than that (drawing thousands of nodes makes a page nobody can read).
/// `title` names the map; `language` is the language of its words.
func reportMap(_ eco: Ecosystem, title: String? = nil, language: Language = .english) throws -> String? {
    var options = MapOptions()
    options.title = title
    options.language = language
    if eco.members.count > 400 {
        options.top = 400
        options.sizeBy = .pagerank
    }
    let map = try eco.superclusterMap(options)
    return String(decoding: try map.render(.svg), as: UTF8.self)
}
