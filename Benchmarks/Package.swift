// swift-tools-version: 6.1
import PackageDescription

/// kehoach's benchmarks (ordo-one's package-benchmark), kept apart from the main package so
/// that building and testing kehoach does not build the benchmark harness.
/// Run: `make bench` (or `swift package --allow-writing-to-package-directory benchmark` here).
let package = Package(
    name: "kehoach-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DeadlineBenchmarks",
            dependencies: [
                .product(name: "KeHoach", package: "kehoach"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DeadlineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "KeHoach", package: "kehoach"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
