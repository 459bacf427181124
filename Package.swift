// swift-tools-version: 6.0
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "Terrapin",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Terrapin", targets: ["Terrapin"]),
        .library(name: "TerrapinCore", targets: ["TerrapinCore"]),
        .library(name: "TerrapinSQLite", targets: ["TerrapinSQLite"]),
        .library(name: "TerrapinDemo", targets: ["TerrapinDemo"]),
        .library(name: "TerrapinApp", targets: ["TerrapinApp"]),
        .executable(name: "terrapin", targets: ["TerrapinTool"]),
        // For the Benchmarks package (frame render + diff).
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax.git", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
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
        .target(name: "Terrapin", dependencies: ["TerrapinCore", "TerrapinSQLite"]),
        // The driver conformance suite (issue 8): ORM behaviour against `any Database`, run by
        // every driver's test target. Imports Testing, so only test targets should depend on it.
        .target(name: "TerrapinTesting", dependencies: ["TerrapinCore"]),
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
