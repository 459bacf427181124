// swift-tools-version: 6.1
import PackageDescription

// A package of its own so that the main package and its `swift test` never build GRDB.
// See README.md for how to run it and how it measures.
let package = Package(
    name: "TerrapinBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Without the PostgreSQL trait: the SQLite benchmarks need no postgres-nio build.
        .package(name: "Terrapin", path: "..", traits: []),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "terrapin-bench",
            dependencies: [
                .product(name: "Terrapin", package: "Terrapin"),
                .product(name: "TerminalUI", package: "Terrapin"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // The raw C column uses the same system libsqlite3 as GRDB and Terrapin.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
