import Benchmark

// The entry point package-benchmark looks for: every group registers its benchmarks here.
let benchmarks: @Sendable () -> Void = {
    registerScalarBenchmarks()
}
