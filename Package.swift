// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Klynge",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KlyngeConcurrency", targets: ["KlyngeConcurrency"]),
        .library(name: "KlyngeGraph", targets: ["KlyngeGraph"]),
        .library(name: "KlyngeEcosystem", targets: ["KlyngeEcosystem"]),
        .library(name: "KlyngeReports", targets: ["KlyngeReports"]),
        .library(name: "KlyngeRender", targets: ["KlyngeRender"]),
        .library(name: "KlyngeMatching", targets: ["KlyngeMatching"]),
        .library(name: "KlyngeServer", targets: ["KlyngeServer"]),
        .executable(name: "klynge", targets: ["klynge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Excel workbooks (.xlsx): a ZIP archive of XML parts, read by KlyngeEcosystem, written by KlyngeReports.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The XMLCoder-based workbook reader Klynge used before its streaming one: the differential oracle
        // of KlyngeEcosystemTests (WorkbookReaderDifferentialTests), linked by no product.
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        // `make docs`: the DocC catalogs of KlyngeGraph, KlyngeEcosystem and KlyngeMatching.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // `klynge serve`: the web application. No traits: neither swift-configuration nor TLS is built.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // Locks, progress and cancellation, parallel loops and the parallel fill of a result array.
        // No graph: KlyngeGraph re-exports it, and KlyngeRender's Graphviz owner uses it alone.
        .target(name: "KlyngeConcurrency"),
        // Generic graph core: storage, traversal, centralities. No domain words, no files.
        .target(
            name: "KlyngeGraph",
            dependencies: [
                "KlyngeConcurrency",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // The ecosystem domain model, dataset loading and validation, derived graphs, input formats.
        .target(
            name: "KlyngeEcosystem",
            dependencies: [
                "KlyngeGraph",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Partner matching: candidate filters, scoring features, explanations, consortia, time-split evaluation.
        .target(name: "KlyngeMatching", dependencies: ["KlyngeGraph", "KlyngeEcosystem"]),
        // Tables and their formatters (aligned text, Markdown, CSV, JSON, HTML, xlsx), the output format
        // told by a file's extension, and the report values of every result: ecosystem, centrality,
        // brokers, matches, consortia, evaluations.
        .target(
            name: "KlyngeReports",
            dependencies: [
                "KlyngeGraph", "KlyngeEcosystem", "KlyngeMatching",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The Graphviz C library (headers and link flags from pkg-config libgvc; Debian libgraphviz-dev).
        // Only KlyngeRender imports it.
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Drawing: Graphviz in-process behind one serial owner (Graphviz/), and the maps built on it (Map/).
        .target(
            name: "KlyngeRender",
            dependencies: ["CGraphviz", "KlyngeConcurrency", "KlyngeGraph", "KlyngeEcosystem", "KlyngeMatching"]
        ),
        // `klynge serve`: the dataset computed once, HTML pages, the JSON API, limits and the token (Hummingbird 2).
        .target(
            name: "KlyngeServer",
            dependencies: [
                "KlyngeGraph", "KlyngeEcosystem", "KlyngeMatching", "KlyngeReports", "KlyngeRender",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "klynge",
            dependencies: [
                "KlyngeGraph", "KlyngeEcosystem", "KlyngeReports", "KlyngeRender", "KlyngeMatching", "KlyngeServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Timing harness used by `make bench`; never run by `swift test`.
        .executableTarget(name: "klynge-bench", dependencies: ["KlyngeGraph", "KlyngeEcosystem"]),
        // libFuzzer targets (`make fuzz`); built normally, it replays a corpus (Tests/Fuzz/).
        // Its `xlsx` target's base workbook lives in KlyngeTestSupport (FuzzWorkbook), shared with the tests.
        .executableTarget(
            name: "klynge-fuzz",
            dependencies: ["KlyngeGraph", "KlyngeEcosystem", "KlyngeMatching", "KlyngeTestSupport"]
        ),
        .target(
            name: "KlyngeTestSupport",
            dependencies: ["KlyngeGraph", "KlyngeEcosystem"],
            path: "Tests/KlyngeTestSupport"
        ),
        .testTarget(
            name: "KlyngeGraphTests",
            dependencies: ["KlyngeGraph", "KlyngeEcosystem", "KlyngeTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KlyngeEcosystemTests",
            // CSV.swift: the differential oracle of Klynge's own delimited-text reader; XMLCoder (with
            // ZIPFoundation) that of its workbook reader (XMLCoderOracle/).
            dependencies: [
                "KlyngeEcosystem", "KlyngeGraph", "KlyngeTestSupport", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["BrokenDatasets", "Fixtures", "Registers", "Schemas", "Workbooks"]
        ),
        .testTarget(
            name: "KlyngeReportsTests",
            dependencies: ["KlyngeReports", "KlyngeMatching", "KlyngeEcosystem", "KlyngeGraph", "KlyngeTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KlyngeRenderTests",
            dependencies: ["KlyngeRender", "KlyngeMatching", "KlyngeGraph", "KlyngeEcosystem", "KlyngeTestSupport"],
            exclude: ["Fixtures", "Goldens"]
        ),
        .testTarget(
            name: "KlyngeMatchingTests",
            dependencies: ["KlyngeMatching", "KlyngeEcosystem", "KlyngeGraph", "KlyngeTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KlyngeServerTests",
            dependencies: [
                "KlyngeServer", "KlyngeReports", "KlyngeMatching", "KlyngeEcosystem", "KlyngeGraph",
                "KlyngeTestSupport",
            ]
        ),
        .testTarget(
            name: "klyngeTests",
            dependencies: ["KlyngeTestSupport", "klynge"],
            exclude: ["Snapshots", "Registers", "Hostile"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
