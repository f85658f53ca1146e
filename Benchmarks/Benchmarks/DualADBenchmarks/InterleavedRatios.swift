import Benchmark
import DualAD
import Formulations

// Ratios measured with the two sides interleaved: each sample times a batch of primal calls and
// then a batch of derivative calls, and records derivative time / primal time. This VM runs a
// process in one of two clock modes (about 1.6× apart) that can change between benchmarks of
// one run; a ratio of two medians taken seconds apart can straddle them, a ratio of adjacent
// batches does not. The metric is the ratio × 100 (so 612 means 6.12×).

/// The custom metric: derivative time / primal time × 100, per sample.
let ratioMetric = BenchmarkMetric.custom("ratio x100", polarity: .prefersSmaller, useScalingFactor: false)
/// The same × 1, for ratios in the hundreds (× 100 would print in thousands, "24 K", losing
/// the digits).
let largeRatioMetric = BenchmarkMetric.custom("ratio x1", polarity: .prefersSmaller, useScalingFactor: false)

/// Registers a benchmark whose samples are interleaved time ratios (`large`: recorded × 1).
func interleavedRatio(_ name: String, batch: Int, large: Bool = false,
                      primal: @escaping () -> Void, derivative: @escaping () -> Void) {
    let metric = large ? largeRatioMetric : ratioMetric
    let factor: Double = large ? 1 : 100
    let configuration = Benchmark.Configuration(
        metrics: [metric], warmupIterations: 5, scalingFactor: .one, maxDuration: .seconds(3), maxIterations: 400)
    Benchmark(name, configuration: configuration) { benchmark in
        let clock = ContinuousClock()
        for _ in benchmark.scaledIterations {
            let start = clock.now
            for _ in 0..<batch { primal() }
            let middle = clock.now
            for _ in 0..<batch { derivative() }
            let end = clock.now
            benchmark.measurement(metric, Int((factor * ((end - middle) / (middle - start))).rounded()))
        }
    }
}

func registerInterleavedRatios() {
    let rosenbrockFunction = RosenbrockPow()
    let point = rosenbrockPoint(count: 1000)
    interleavedRatio("Interleaved reverse gradient / primal, Rosenbrock n=1000", batch: 20,
                     primal: { blackHole(rosenbrockFunction(point)) },
                     derivative: { blackHole(gradient(of: rosenbrockFunction, at: point, strategy: .reverse)) })
    let mlp = MLPLoss()
    let parameters = MLPLoss.sampleParameters
    interleavedRatio("Interleaved reverse gradient / primal, MLP 8-32-4", batch: 50,
                     primal: { blackHole(mlp(parameters)) },
                     derivative: { blackHole(gradient(of: mlp, at: parameters, strategy: .reverse)) })
    let direction: [Double] = (0..<1000).map { Double($0 % 7) - 3 }
    let dualPoint: [Dual<Double>] = (0..<1000).map { Dual(point[$0], tangent: direction[$0]) }
    interleavedRatio("Interleaved JVP / primal, Rosenbrock n=1000", batch: 50,
                     primal: { blackHole(rosenbrockPow(point)) },
                     derivative: { blackHole(rosenbrockPow(dualPoint)) })

    // The crossover shapes: the best strategy over the primal, and .automatic over the best.
    for (inputs, outputs, best, batch) in [(4, 400, Strategy.chunked(8), 20), (400, 4, .reverse, 20), (100, 100, .chunked(8), 4)] {
        let layer = TanhLayer(inputs: inputs, outputs: outputs)
        let x = TanhLayer.samplePoint(inputs: inputs)
        let shape = "\(inputs)x\(outputs)"
        interleavedRatio("Interleaved Jacobian \(shape), \(best) / primal", batch: batch,
                         primal: { blackHole(layer(x)) },
                         derivative: { blackHole(jacobian(of: layer, at: x, strategy: best)) })
        interleavedRatio("Interleaved Jacobian \(shape), automatic / \(best)", batch: batch,
                         primal: { blackHole(jacobian(of: layer, at: x, strategy: best)) },
                         derivative: { blackHole(jacobian(of: layer, at: x, strategy: .automatic)) })
    }

    // Users' own functions (issue 14): a user's tanh rule against the built-in, per mode, and
    // solveRoot's derivative against its primal solve.
    let chainPoint = rosenbrockPoint(count: 1000)
    let chainDual: [Dual<Double>] = (0..<1000).map { Dual(chainPoint[$0], tangent: direction[$0]) }
    let builtIn = BuiltInTanhChain(), user = UserTanhChain()
    interleavedRatio("Interleaved user rule / built-in, Dual JVP n=1000", batch: 50,
                     primal: { blackHole(builtIn(chainDual)) },
                     derivative: { blackHole(user(chainDual)) })
    let chainShort = Array(chainPoint.prefix(100))
    interleavedRatio("Interleaved user rule / built-in, chunked(8) gradient n=100", batch: 20,
                     primal: { blackHole(gradient(of: builtIn, at: chainShort, strategy: .chunked(8))) },
                     derivative: { blackHole(gradient(of: user, at: chainShort, strategy: .chunked(8))) })
    interleavedRatio("Interleaved user rule / built-in, reverse gradient n=1000", batch: 20,
                     primal: { blackHole(gradient(of: builtIn, at: chainPoint, strategy: .reverse)) },
                     derivative: { blackHole(gradient(of: user, at: chainPoint, strategy: .reverse)) })
    let kepler = KeplerSum(), keplerPoint = [0.3, 1.2]
    let keplerDual = [Dual<Double>(0.3), Dual(1.2, tangent: 1)]
    interleavedRatio("Interleaved solveRoot derivative (JVP) / primal solve", batch: 200,
                     primal: { blackHole(kepler(keplerPoint)) },
                     derivative: { blackHole(kepler(keplerDual)) })
    interleavedRatio("Interleaved solveRoot reverse gradient / primal solve", batch: 200,
                     primal: { blackHole(kepler(keplerPoint)) },
                     derivative: { blackHole(gradient(of: kepler, at: keplerPoint, strategy: .reverse)) })
    let through = KeplerSumThroughIterations()
    interleavedRatio("Interleaved JVP through Newton iterations / solveRoot JVP", batch: 200,
                     primal: { blackHole(kepler(keplerDual)) },
                     derivative: { blackHole(through(keplerDual)) })
}
