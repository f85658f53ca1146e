import Benchmark
import DualAD
import Formulations

// Reverse mode against the primal on the same generic source, with the recording and the
// backward sweep timed separately (per recorded operation), and the forward/reverse crossover
// on Jacobians of tanh(Wx + b) at three shapes.

func registerReverseBenchmarks() {
    let configuration = standardConfiguration

    let n = 1000
    let point = rosenbrockPoint(count: n)
    let rosenbrockFunction = RosenbrockPow()
    Benchmark("Reverse Rosenbrock n=1000 primal Double", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(rosenbrockFunction(point)) }
    }
    Benchmark("Reverse Rosenbrock n=1000 gradient", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(gradient(of: rosenbrockFunction, at: point, strategy: .reverse)) }
    }
    // Recording alone, on a tape created once (its buffer is reused: count is reset by a new tape).
    Benchmark("Reverse Rosenbrock n=1000 recording only", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let tape = Tape<Double>(capacity: 8192)
            let x = point.map { tape.variable($0) }
            blackHole(rosenbrockFunction(x))
        }
    }
    do {
        let tape = Tape<Double>(capacity: 8192)
        let x = point.map { tape.variable($0) }
        let y = rosenbrockFunction(x)
        tape.finishRecording()
        var adjoints: [Double] = []
        let entries = tape.count
        let operations = 8 * (n - 1)     // per term: *, −, pow, 100·, 1 −, pow, +, +=
        Benchmark("Reverse Rosenbrock n=1000 backward sweep only (\(entries) entries, \(operations) operations)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                tape.backward(from: y, into: &adjoints)
                blackHole(adjoints[0])
            }
        }
    }

    let mlp = MLPLoss()
    let parameters = MLPLoss.sampleParameters
    Benchmark("Reverse MLP 8-32-4 primal Double", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(mlp(parameters)) }
    }
    Benchmark("Reverse MLP 8-32-4 gradient (420 parameters)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(gradient(of: mlp, at: parameters, strategy: .reverse)) }
    }

    for (inputs, outputs) in [(4, 400), (400, 4), (100, 100)] {
        let layer = TanhLayer(inputs: inputs, outputs: outputs)
        let x = TanhLayer.samplePoint(inputs: inputs)
        let shape = "\(inputs)x\(outputs)"
        Benchmark("Crossover \(shape) primal", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(layer(x)) }
        }
        Benchmark("Crossover \(shape) reference (hand-written)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(layer.analyticJacobian(at: x)) }
        }
        for strategy: Strategy in [.forward, .chunked(8), .reverse, .automatic] {
            Benchmark("Crossover \(shape) \(strategy)", configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations { blackHole(jacobian(of: layer, at: x, strategy: strategy)) }
            }
        }
        let undeclared = UndeclaredTanhLayer(layer: layer)
        Benchmark("Crossover \(shape) automatic (m probed)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(jacobian(of: undeclared, at: x, strategy: .automatic)) }
        }
    }
}
