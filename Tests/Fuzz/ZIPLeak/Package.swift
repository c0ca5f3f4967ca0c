// swift-tools-version:6.1
// Does ZIPFoundation leak per archive? Built with AddressSanitizer, LeakSanitizer answers at exit
// (see Sources/zip-leak/main.swift). Uses the ZIPFoundation that Klynge's `swift build` checked out.
import PackageDescription

let package = Package(
    name: "zip-leak",
    dependencies: [.package(path: "../../../.build/checkouts/ZIPFoundation")],
    targets: [
        .executableTarget(name: "zip-leak", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")])
    ]
)
