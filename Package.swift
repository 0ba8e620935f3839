// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "idea-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "idea-tui", targets: ["IdeaTUI"]),
        .library(name: "IdeaModel", targets: ["IdeaModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of public keys for `access list` fingerprints (the executable only).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The PostgreSQL driver, for the shared store (IdeaPostgres only; see docs/POSTGRES.md).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // ncursesw, bound through a small shim header (see Sources/CNcurses/shim.h).
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Gives the terminal back on a fatal signal (async-signal-safe, so in C).
        .target(name: "CTerminalRescue", path: "Sources/CTerminalRescue"),
        // The pure domain: values, commands, rules, storage codec. No Foundation (see
        // docs/ARCHITECTURE.md); only the file store, its locks and watch call the C library.
        .target(name: "IdeaModel", path: "Sources/IdeaModel"),
        // The PostgreSQL store: connection, schema, copying (docs/POSTGRES.md). Its own
        // target, so the model stays pure and knows nothing of the driver.
        .target(
            name: "IdeaPostgres",
            dependencies: ["IdeaModel", .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Sources/IdeaPostgres"
        ),
        // Screens rendered into an in-memory cell grid; no terminal here.
        .target(name: "IdeaUI", dependencies: ["IdeaModel"], path: "Sources/IdeaUI"),
        // The executable: command line, app loop and the ncurses backend.
        .executableTarget(
            name: "IdeaTUI",
            dependencies: [
                "IdeaModel", "IdeaUI", "IdeaPostgres", "CNcurses", "CTerminalRescue",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/IdeaTUI"
        ),
        // Timings printed as a table (swift run -c release idea-bench); not part of the tests.
        .executableTarget(name: "IdeaBench", dependencies: ["IdeaModel", "IdeaUI", "IdeaPostgres"], path: "Sources/IdeaBench"),
        // Test helper: one more person editing the file at the same time (see SessionProcessTests).
        .executableTarget(name: "IdeaStress", dependencies: ["IdeaModel", "IdeaUI"], path: "Sources/IdeaStress"),
        .testTarget(name: "IdeaModelTests", dependencies: ["IdeaModel", "IdeaUI", "IdeaStress"], path: "Tests/IdeaModelTests"),
        .testTarget(name: "IdeaUITests", dependencies: ["IdeaUI", "IdeaModel"], path: "Tests/IdeaUITests", exclude: ["Golden"]),
        .testTarget(name: "IdeaCLITests", dependencies: ["IdeaTUI", "IdeaModel", "IdeaUI"], path: "Tests/IdeaCLITests"),
        // The PostgreSQL store against a real server the tests start (initdb, pg_ctl).
        .testTarget(name: "IdeaPostgresTests", dependencies: ["IdeaPostgres", "IdeaModel", "IdeaUI", "IdeaTUI",
                                                            .product(name: "PostgresNIO", package: "postgres-nio")], path: "Tests/IdeaPostgresTests"),
        // The backend's pure parts: colour scheme, key and mouse decoding, --lang.
        .testTarget(name: "IdeaTUITests", dependencies: ["IdeaTUI", "IdeaUI", "IdeaModel"], path: "Tests/IdeaTUITests"),
    ],
    swiftLanguageModes: [.v6]
)
