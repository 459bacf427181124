// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "Terrapin",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Terrapin", targets: ["Terrapin"]),
        .library(name: "TerrapinCore", targets: ["TerrapinCore"]),
        .library(name: "TerrapinSQLite", targets: ["TerrapinSQLite"]),
        .library(name: "TerrapinPostgres", targets: ["TerrapinPostgres"]),
        .library(name: "TerrapinDemo", targets: ["TerrapinDemo"]),
        .library(name: "TerrapinApp", targets: ["TerrapinApp"]),
        .executable(name: "terrapin", targets: ["TerrapinTool"]),
        // For the Benchmarks package (frame render + diff).
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    // PostgreSQL support (TerrapinPostgres, over postgres-nio) is a default trait: a package
    // that needs only SQLite, or a quick `swift run --disable-default-traits terrapin demo`,
    // leaves it out and skips building swift-nio, swift-nio-ssl and swift-crypto.
    traits: [
        .trait(
            name: "PostgreSQL",
            description: "postgres:// URLs in connect() and the terrapin tool (postgres-nio)"),
        .default(enabledTraits: ["PostgreSQL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax.git", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // The PostgreSQL driver. NIO and Logging are its own dependencies; they are named here
        // because TerrapinPostgres imports them directly (event loops, byte buffers, loggers).
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CCurses",
            path: "Sources/CCurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .macro(
            name: "TerrapinMacros",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxBuilder", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ]
        ),
        .target(name: "TerrapinCore", dependencies: ["TerrapinMacros"]),
        .target(name: "TerrapinSQLite", dependencies: ["TerrapinCore", "CSQLite"]),
        // The driver conformance suite (issue 8): ORM behaviour against `any Database`, run by
        // every driver's test target. Imports Testing, so only test targets should depend on it.
        .target(name: "TerrapinTesting", dependencies: ["TerrapinCore"]),
        .target(
            name: "TerrapinPostgres",
            dependencies: [
                "TerrapinCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Starts a throwaway PostgreSQL cluster for tests (initdb + pg_ctl); used by the
        // driver's tests and, later, by the conformance suite. Foundation only.
        .target(name: "TerrapinPostgresFixture"),
        .target(
            name: "Terrapin",
            dependencies: [
                "TerrapinCore", "TerrapinSQLite",
                .target(name: "TerrapinPostgres", condition: .when(traits: ["PostgreSQL"])),
            ]),
        .target(name: "TerminalUI"),
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CCurses"]),
        .executableTarget(name: "tui-smoke", dependencies: ["CursesBackend", "TerminalUI"]),
        .target(name: "TerrapinBrowser", dependencies: ["TerminalUI", "TerrapinCore"]),
        .target(name: "TerrapinDemo", dependencies: ["Terrapin", "TerrapinCore"]),
        .target(
            name: "TerrapinApp",
            dependencies: ["TerrapinBrowser", "CursesBackend", "Terrapin", "TerminalUI"]),
        .target(
            name: "TerrapinCommandLine",
            dependencies: [
                "TerrapinApp", "TerrapinDemo", "TerminalUI", "CursesBackend", "Terrapin",
                "TerrapinBrowser", "TerrapinCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "TerrapinTool", dependencies: ["TerrapinCommandLine"]),
        .testTarget(name: "TerrapinCoreTests", dependencies: ["TerrapinCore"]),
        .testTarget(
            name: "TerrapinSQLiteTests",
            // TerrapinDemo for its seeded generator (SplitMix64), used by the URL fuzz test.
            dependencies: ["Terrapin", "TerrapinSQLite", "TerrapinTesting", "TerrapinDemo"]),
        .testTarget(
            name: "TerrapinPostgresTests",
            // TerrapinDemo for its seeded generator (SplitMix64), used by the URL fuzz test.
            dependencies: [
                "Terrapin", "TerrapinPostgres", "TerrapinPostgresFixture", "TerrapinTesting",
                "TerrapinDemo",
            ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "TerrapinDemoTests", dependencies: ["TerrapinDemo", "Terrapin"]),
        .testTarget(
            name: "TerrapinCLITests",
            dependencies: [
                "TerrapinCommandLine", "TerrapinCore", "CursesBackend", "Terrapin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TerrapinE2ETests"),
        .testTarget(
            name: "TerrapinBrowserTests",
            dependencies: ["TerrapinBrowser", "TerminalUI", "TerrapinCore", "Terrapin"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "TerrapinMacrosTests",
            dependencies: [
                "TerrapinMacros",
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacrosGenericTestSupport", package: "swift-syntax"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
