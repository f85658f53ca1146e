import Benchmark
import DualAD
import Formulations

// Gradients by forward sweeps (one direction, chunks of N), and Jacobians of tanh(Wx + b)
// against the primal and a hand-written analytic Jacobian, from the same generic sources.

func registerVectorBenchmarks() {
    let configuration = standardConfiguration

    let n = 100
    let point: [Double] = (0..<n).map { 0.5 + 0.01 * Double($0) }
    let f = RosenbrockPow()

    Benchmark("Gradient n=100 primal Double", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(f(point)) }
    }
    Benchmark("Gradient n=100 forward (n sweeps)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(gradient(of: f, at: point, strategy: .forward)) }
    }
    for chunk in [2, 4, 8] {
        Benchmark("Gradient n=100 chunked(\(chunk))", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(gradient(of: f, at: point, strategy: .chunked(chunk))) }
        }
    }

    let layer = TanhLayer(inputs: 100, outputs: 100)
    let x = TanhLayer.samplePoint(inputs: 100)
    let W = layer.matrix, b = layer.bias
    Benchmark("TanhLayer 100x100 primal Double", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(layer(x)) }
    }
    Benchmark("TanhLayer 100x100 analytic Jacobian", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(layer.analyticJacobian(at: x)) }
    }
    Benchmark("TanhLayer 100x100 Jacobian forward", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(jacobian(of: layer, at: x, strategy: .forward)) }
    }
    Benchmark("TanhLayer 100x100 Jacobian chunked(8)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(jacobian(of: layer, at: x, strategy: .chunked(8))) }
    }
    Benchmark("TanhLayer 100x100 Jacobian closure tanh(W*x+b)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(jacobian(at: x) { v in tanh(W * v + b) }) }
    }
}
