// swift-tools-version: 6.1
import PackageDescription

// The benchmark package: its own SwiftPM package, so that the root package DualAD keeps no
// package dependencies. It depends on the root by path and on ordo-one/benchmark.
//
// A path dependency's identity is the lowercased last component of its folder, not the
// manifest's `name:`; the root's folder name differs between checkouts (CI clones elsewhere),
// so it is computed here rather than hard-coded.
let rootIdentity = String(Context.packageDirectory.split(separator: "/").dropLast().last!).lowercased()

// DUALAD_NATIVE=1 builds the benchmarks with `-target-cpu native` (AVX, FMA where the CPU has
// them). DualAD's hot paths are generic and specialize into this target, so the flag here
// reaches them. Default builds use the baseline x86-64 target, as users' builds do.
let nativeFlags: [SwiftSetting] = Context.environment["DUALAD_NATIVE"] == "1"
    ? [.unsafeFlags(["-target-cpu", "native"])] : []

let package = Package(
    name: "DualADBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        // The traits line is required on Linux with Swift 6.3: it drops the default
        // RuntimeInterposer trait, whose package is not in the local mirror.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The benchmarked functions, each in at least two natural formulations, and the minimal
        // hand-written duals they are measured against: shared by the timed benchmarks and
        // the instruction-count client, so both run the same code.
        .target(
            name: "Formulations",
            dependencies: [.product(name: "DualAD", package: rootIdentity)],
            path: "Sources/Formulations",
            swiftSettings: nativeFlags
        ),
        // Forward mode against the minimal duals under callgrind (`instruction-counts.sh`).
        .executableTarget(
            name: "ForwardCounts",
            dependencies: ["Formulations", .product(name: "DualAD", package: rootIdentity)],
            path: "Sources/ForwardCounts",
            swiftSettings: nativeFlags
        ),
        // `.automatic`'s cost model against timed chunked and reverse Jacobians (`swift run -c
        // release StrategyCheck`).
        .executableTarget(
            name: "StrategyCheck",
            dependencies: ["Formulations", .product(name: "DualAD", package: rootIdentity)],
            path: "Sources/StrategyCheck",
            swiftSettings: nativeFlags
        ),
        .executableTarget(
            name: "DualADBenchmarks",
            dependencies: [
                "Formulations",
                .product(name: "DualAD", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DualADBenchmarks",
            swiftSettings: nativeFlags,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
