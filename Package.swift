// swift-tools-version: 6.1
import PackageDescription

/// kehoach: Vietnamese governance-improvement plans, their deadlines and notices.
///
/// Library targets (`KeHoach`, `KeHoachStore`) import FoundationEssentials at most:
/// they are linked into legacy provincial processes through libkehoach.
let package = Package(
    name: "kehoach",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KeHoach", targets: ["KeHoach"]),
        .library(name: "KeHoachStore", targets: ["KeHoachStore"]),
        .executable(name: "kehoach", targets: ["kehoach"]),
        // libkehoach, the C API (Include/kehoach.h); capi/build.sh names, strips and installs it.
        .library(name: "KeHoachC", type: .dynamic, targets: ["CKeHoach"]),
        .library(name: "KeHoachCStatic", type: .static, targets: ["CKeHoach"]),
        .executable(name: "kehoachd", targets: ["kehoachd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "KeHoach", path: "Sources/KeHoach"),
        .target(name: "KeHoachStore", dependencies: ["KeHoach", "CSQLite"], path: "Sources/KeHoachStore"),
        .target(
            name: "KeHoachImport",
            dependencies: ["KeHoach", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/KeHoachImport"),
        // kehoachd.conf: read by kehoachd and by `kehoach check`, so that both compute the same notices.
        .target(name: "KeHoachConfig", dependencies: ["KeHoach"], path: "Sources/KeHoachConfig"),
        .systemLibrary(name: "CKeHoachHeader", path: "capi/module"),
        .target(name: "CKeHoach", dependencies: ["KeHoach", "KeHoachStore", "CKeHoachHeader"], path: "Sources/CKeHoach"),
        .executableTarget(
            name: "kehoach",
            dependencies: ["KeHoach", "KeHoachStore", "KeHoachImport", "KeHoachConfig", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Sources/kehoach"),
        .testTarget(
            name: "KeHoachTests",
            dependencies: ["KeHoach", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/KeHoachTests"),
        .testTarget(
            name: "KeHoachImportTests",
            dependencies: ["KeHoachImport", "KeHoach", "KeHoachStore"],
            path: "Tests/KeHoachImportTests",
            exclude: ["Fixtures"]),
        .testTarget(name: "kehoachTests", dependencies: ["kehoach"], path: "Tests/kehoachTests"),
        .systemLibrary(name: "CSystemd", path: "Sources/CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        // libcurl and OpenSSL's libcrypto for e-mail and webhook alerts: kehoachd only, loaded with
        // dlopen when an alert is first sent (the headers are needed to build, not the libraries).
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", providers: [.apt(["libcurl4-openssl-dev", "libssl-dev"])]),
        .executableTarget(
            name: "kehoachd",
            dependencies: ["KeHoach", "KeHoachStore", "KeHoachConfig", "CSystemd", "CCurl",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/kehoachd"),
        .testTarget(name: "kehoachdTests", dependencies: ["kehoachd", "KeHoach", "KeHoachStore", "KeHoachConfig"],
                    path: "Tests/kehoachdTests"),
        .executableTarget(
            name: "kehoach-store-writer",
            dependencies: ["KeHoachStore", "KeHoach"],
            path: "Tests/StoreWriter"),
        .testTarget(
            name: "KeHoachStoreTests",
            dependencies: ["KeHoachStore", "KeHoach", "kehoach-store-writer"],
            path: "Tests/KeHoachStoreTests"),
    ]
)

// Benchmarks (ordo-one's package-benchmark) are part of the package only when asked for, so
// that `swift build` and `swift test` never build the benchmark harness: `make bench` sets
// KEHOACH_BENCHMARKS=1.
if Context.environment["KEHOACH_BENCHMARKS"] != nil {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    for name in ["DeadlineBenchmarks", "EngineBenchmarks", "StoreBenchmarks"] {
        package.targets.append(.executableTarget(
            name: name,
            dependencies: ["KeHoach", "KeHoachStore", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]))
    }
}
