import Hummingbird

/// The JSON API under `/api/`: the same results as the CLI's `--format json`.
enum APIRoutes {
    static func add(to router: Router<BasicRequestContext>, served: ServedDataset) {}
}
