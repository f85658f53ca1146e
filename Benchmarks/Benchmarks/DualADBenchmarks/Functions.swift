import DualAD

// The generic sources that every benchmark runs on several scalar types. Each is written
// once, as user code would be, so that "dual time / primal time" compares the same source.

/// The extended Rosenbrock function Σ 100 (xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)².
@inline(never)
func rosenbrock<S: ADScalar>(_ x: [S]) -> S {
    var s: S = 0
    for i in 0..<(x.count - 1) {
        s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
    }
    return s
}

/// A chain of elementary functions applied `rounds` times to a scalar.
@inline(never)
func elementaryChain<S: ADScalar>(_ x: S, rounds: Int) -> S {
    var y = x
    for _ in 0..<rounds {
        y = tanh(sin(y) * exp(-y * y) + log1p(y * y)) + sqrt(1 + y * y) / 4
    }
    return y
}

/// Rosenbrock as a write-once function for the gradient drivers.
struct RosenbrockFunction: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S { rosenbrock(x) }
}

/// tanh(Wx + b) as a write-once function, W stored row-major.
struct TanhLayer: VectorFunction {
    let weights: [Double], bias: [Double], inputs: Int

    init(inputs n: Int, outputs m: Int) {
        inputs = n
        weights = (0..<(m * n)).map { Double(($0 * 7919) % 23) / 23 - 0.5 }
        bias = (0..<m).map { Double($0 % 5) / 5 - 0.4 }
    }

    var matrix: Matrix<Double> { Matrix(rows: bias.count, columns: inputs, storage: weights) }

    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        let n = inputs
        return (0..<bias.count).map { i -> S in
            var z = S(bias[i])
            for j in 0..<n { z += S(weights[i * n + j]) * x[j] }
            return tanh(z)
        }
    }

    /// The analytic Jacobian diag(1 − tanh²(Wx + b))·W, written by hand: the bar to beat.
    func analyticJacobian(at x: [Double]) -> Matrix<Double> {
        let n = inputs, m = bias.count
        var result = Matrix<Double>(rows: m, columns: n, repeating: 0)
        for i in 0..<m {
            var z = bias[i]
            for j in 0..<n { z += weights[i * n + j] * x[j] }
            let t = tanh(z), d = 1 - t * t
            for j in 0..<n { result.storage[i * n + j] = d * weights[i * n + j] }
        }
        return result
    }
}
