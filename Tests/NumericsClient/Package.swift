// swift-tools-version: 6.1
import PackageDescription

// A client package that depends on DualAD by path with the trait `Numerics` on, and compiles
// the Numerics block of API-next.md section 1 exactly as written, then checks its numbers.
// `.ci/run` runs it. (A path dependency's identity is the lowercased name of its folder, which
// differs between checkouts, so it is computed.)
let rootIdentity = String(Context.packageDirectory.split(separator: "/").dropLast(2).last!).lowercased()

let package = Package(
    name: "NumericsClient",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../..", traits: ["Numerics"]),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .executableTarget(
            name: "NumericsClient",
            dependencies: [
                .product(name: "DualAD", package: rootIdentity),
                .product(name: "RealModule", package: "swift-numerics"),
                .product(name: "ComplexModule", package: "swift-numerics"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
