// swift-tools-version: 6.1
import PackageDescription

// A separate client package that depends on DualAD by path and compiles the calls of the
// project's API.md (and the landed sections of API-next.md) exactly as written, then checks
// the numbers they give. `.ci/run` runs both clients.
//
// A path dependency's identity is the lowercased name of its folder, which differs between
// checkouts, so it is computed rather than hard-coded.
let rootIdentity = String(Context.packageDirectory.split(separator: "/").dropLast(2).last!).lowercased()

let package = Package(
    name: "APIClient",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(
            name: "ClientChecks",
            dependencies: [.product(name: "DualAD", package: rootIdentity)]
        ),
        .executableTarget(
            name: "APIClient",
            dependencies: [.product(name: "DualAD", package: rootIdentity), "ClientChecks"]
        ),
        // API-next.md's sections, as their features land: section 1 (natural user code).
        .executableTarget(
            name: "APINextClient",
            dependencies: [.product(name: "DualAD", package: rootIdentity), "ClientChecks"]
        ),
        // Section 2 (custom derivative rules, implicit functions).
        .executableTarget(
            name: "APINextCustomRules",
            dependencies: [.product(name: "DualAD", package: rootIdentity), "ClientChecks"]
        ),
        // Section 3 (sparse Jacobians and Hessians).
        .executableTarget(
            name: "APINextSparse",
            dependencies: [.product(name: "DualAD", package: rootIdentity), "ClientChecks"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
