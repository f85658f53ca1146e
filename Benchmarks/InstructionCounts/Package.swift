// swift-tools-version: 6.1
import PackageDescription

// A release client for instruction counts under `valgrind --tool=callgrind`, which are
// repeatable on the noisy 2-core VM where wall-clock ratios drift between runs. It depends on
// DualAD by path; `instruction-counts.sh` builds it and counts each mode.
let rootIdentity = String(Context.packageDirectory.split(separator: "/").dropLast(2).last!).lowercased()

let package = Package(
    name: "InstructionCounts",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "InstructionCounts",
            dependencies: [.product(name: "DualAD", package: rootIdentity)]
        ),
        // Users' own functions (issue 14), in their own binary so that the workloads above
        // compile exactly as before.
        .executableTarget(
            name: "CustomRuleCounts",
            dependencies: [.product(name: "DualAD", package: rootIdentity)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
