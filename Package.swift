// swift-tools-version: 6.1
import PackageDescription

// DualAD has no package dependencies in its default build: only the Swift toolchain.
// The trait `Numerics` (off by default) adds swift-numerics, and with it conformances of the
// differentiable scalars to `Real` (RealModule), so that `Real`-generic code and
// `Complex<Dual<Double>>` work. With the trait off, SwiftPM fetches nothing (checked on a fresh
// clone: no `.build/checkouts`, no `Package.resolved`).
// The benchmarks, which need ordo-one/benchmark, live in their own package in Benchmarks/.
let package = Package(
    name: "DualAD",
    // The Synchronization module (an atomic key per tape, see Sources/DualAD/Reverse/Tape.swift)
    // sets the Apple minimums; Linux has no minimum.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "DualAD", targets: ["DualAD"]),
        .executable(name: "Examples", targets: ["Examples"]),
    ],
    traits: [
        .trait(name: "Numerics", description: "Conformances to swift-numerics' Real (RealModule), for Real-generic code and Complex<Dual<Double>>."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .target(
            name: "DualAD",
            dependencies: [
                .product(name: "RealModule", package: "swift-numerics", condition: .when(traits: ["Numerics"])),
            ],
            path: "Sources/DualAD",
            // `Builtin` for one question to the optimizer: is this tangent a compile-time zero?
            // (`Sources/DualAD/Scalar/ProvablyZero.swift`).
            swiftSettings: [.enableExperimentalFeature("BuiltinModule")]
        ),
        .executableTarget(
            name: "Examples",
            dependencies: ["DualAD"],
            path: "Examples"
        ),
        .testTarget(
            name: "DualADTests",
            dependencies: [
                "DualAD",
                .product(name: "RealModule", package: "swift-numerics", condition: .when(traits: ["Numerics"])),
                .product(name: "ComplexModule", package: "swift-numerics", condition: .when(traits: ["Numerics"])),
            ],
            path: "Tests/DualADTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
