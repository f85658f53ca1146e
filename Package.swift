// swift-tools-version: 6.1
import PackageDescription

// DualAD has no package dependencies: only the Swift toolchain.
// The benchmarks, which need ordo-one/benchmark, live in their own package in Benchmarks/.
let package = Package(
    name: "DualAD",
    products: [
        .library(name: "DualAD", targets: ["DualAD"]),
        .executable(name: "Examples", targets: ["Examples"]),
    ],
    targets: [
        .target(
            name: "DualAD",
            path: "Sources/DualAD"
        ),
        .executableTarget(
            name: "Examples",
            dependencies: ["DualAD"],
            path: "Examples"
        ),
        .testTarget(
            name: "DualADTests",
            dependencies: ["DualAD"],
            path: "Tests/DualADTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
