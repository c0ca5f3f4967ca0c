import KlyngeEcosystem
import KlyngeRender

/// The map shown in an HTML report: the supercluster map as SVG, with the top 400 members
/// on datasets larger than that (drawing thousands of nodes makes a page nobody can read).
func reportMap(_ eco: Ecosystem) throws -> String? {
    var options = MapOptions()
    if eco.members.count > 400 {
        options.top = 400
        options.sizeBy = .pagerank
    }
    let map = try eco.superclusterMap(options)
    return String(decoding: try map.render(.svg), as: UTF8.self)
}
