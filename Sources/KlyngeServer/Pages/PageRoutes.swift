import Hummingbird

/// The server-rendered HTML pages: the map, the member panel, match, brokers, consortium, report.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, served: ServedDataset) {}
}
