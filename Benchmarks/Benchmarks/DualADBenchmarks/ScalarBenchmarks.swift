import Benchmark
import DualAD
import Formulations

// Scalar forward mode against the primal, same generic source.
// Metrics are wall clock and malloc counts only: an OS-stats metric (.cpuTotal) starts a
// sampler that itself allocates and would pollute the malloc counts.

func registerScalarBenchmarks() {
    let configuration = standardConfiguration

    let n = 1000
    let point = rosenbrockPoint(count: n)
    let direction: [Double] = (0..<n).map { Double($0 % 7) - 3 }
    let dualPoint: [Dual<Double>] = (0..<n).map { Dual(point[$0], tangent: direction[$0]) }

    Benchmark("Rosenbrock n=1000 primal Double", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(rosenbrockPow(point)) }
    }
    Benchmark("Rosenbrock n=1000 JVP Dual<Double>", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(rosenbrockPow(dualPoint)) }
    }

    let rounds = 1000
    Benchmark("Elementary chain x1000 primal Double", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(elementaryChain(0.3, rounds: rounds)) }
    }
    Benchmark("Elementary chain x1000 derivative Dual<Double>", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(derivative(at: 0.3) { elementaryChain($0, rounds: rounds) })
        }
    }
    Benchmark("Elementary chain x1000 second derivative Dual<Dual<Double>>", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(derivative(at: 0.3) { x in derivative(at: x) { elementaryChain($0, rounds: rounds) } })
        }
    }
}
