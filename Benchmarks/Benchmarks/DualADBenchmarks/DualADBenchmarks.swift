import Benchmark

/// Every benchmark measures wall clock (in nanoseconds, so that ratios keep their digits) and
/// malloc counts only: an OS metric such as `.cpuTotal` starts a sampler that itself allocates
/// and would pollute the malloc counts. The malloc gates are the committed files in
/// `Thresholds/` (exact p90 counts), checked by `swift package benchmark thresholds check`.
nonisolated(unsafe) let standardConfiguration = Benchmark.Configuration(
    metrics: [.wallClock, .mallocCountTotal], timeUnits: .nanoseconds, warmupIterations: 200, maxDuration: .seconds(2))

// The entry point package-benchmark looks for: every group registers its benchmarks here.
let benchmarks: @Sendable () -> Void = {
    registerScalarBenchmarks()
    registerVectorBenchmarks()
    registerReverseBenchmarks()
    registerInterleavedRatios()
    registerForwardLimitRatios()
    registerSparseRatios()
}
