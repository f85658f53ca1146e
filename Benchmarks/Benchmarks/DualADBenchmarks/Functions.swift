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
