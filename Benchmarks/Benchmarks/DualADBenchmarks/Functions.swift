import DualAD
import Foundation

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

/// The point the n = 1000 Rosenbrock benchmarks evaluate at: xᵢ = 0.5 + 0.001·i.
func rosenbrockPoint(count n: Int) -> [Double] { (0..<n).map { 0.5 + 0.001 * Double($0) } }

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

    /// The point every layer benchmark evaluates at.
    static func samplePoint(inputs n: Int) -> [Double] { (0..<n).map { Double($0 % 9) / 9 - 0.5 } }

    /// m, known without evaluating: `.automatic` needs no probing evaluation.
    func outputCount(forInputCount n: Int) -> Int? { bias.count }

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
        var entries = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            var z = bias[i]
            for j in 0..<n { z += weights[i * n + j] * x[j] }
            let t = tanh(z), d = 1 - t * t
            for j in 0..<n { entries[i * n + j] = d * weights[i * n + j] }
        }
        return Matrix(rows: m, columns: n, storage: entries)
    }
}

/// The same layer without the output-count declaration: `.automatic` evaluates it once to
/// learn m.
struct UndeclaredTanhLayer: VectorFunction {
    let layer: TanhLayer
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] { layer(x) }
}

/// The mean squared loss of a tanh MLP 8 → 32 → 4 over a batch of one, as a function of its
/// 420 parameters (W₁ 32×8, b₁ 32, W₂ 4×32, b₂ 4).
struct MLPLoss: ScalarFunction {
    static let (d, h, o) = (8, 32, 4)
    let input: [Double], target: [Double]

    init() {
        input = (0..<MLPLoss.d).map { Double($0) / 8 - 0.4 }
        target = (0..<MLPLoss.o).map { Double($0) / 4 }
    }

    static var parameterCount: Int { h * d + h + o * h + o }

    /// The parameters every MLP benchmark evaluates at.
    static var sampleParameters: [Double] { (0..<parameterCount).map { Double(($0 * 37) % 17) / 17 - 0.5 } }

    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        let (d, h, o) = (MLPLoss.d, MLPLoss.h, MLPLoss.o)
        var hidden = [S](repeating: 0, count: h)
        for i in 0..<h {
            var z = p[h * d + i]
            for j in 0..<d { z += p[i * d + j] * S(input[j]) }
            hidden[i] = tanh(z)
        }
        let w2 = h * d + h, b2 = w2 + o * h
        var loss: S = 0
        for k in 0..<o {
            var z = p[b2 + k]
            for i in 0..<h { z += p[w2 + k * h + i] * hidden[i] }
            let r = z - S(target[k])
            loss += r * r
        }
        return loss
    }
}

// Users' own functions against built-ins of the same work (issue 14): tanh as a user's rule,
// with the value from the C library and the derivative 1 − v², as the rule table has it.

/// tanh as a user's `DifferentiableFunction`.
struct UserTanh: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T { T(Foundation.tanh(Double(x))) }
    func derivative<S: ADScalar>(at x: S, value v: S) -> S { 1 - v * v }
}

/// Σ tanh(xᵢ)·xᵢ₊₁ with the built-in tanh.
struct BuiltInTanhChain: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var s: S = 0
        for i in 0..<(x.count - 1) { s += tanh(x[i]) * x[i + 1] }
        return s
    }
}

/// Σ tanh(xᵢ)·xᵢ₊₁ with the user's tanh.
struct UserTanhChain: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        let t = UserTanh()
        var s: S = 0
        for i in 0..<(x.count - 1) { s += t(x[i]) * x[i + 1] }
        return s
    }
}

/// Kepler's equation E − e·sin E − M = 0.
struct KeplerEquation: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
}

/// Σₖ E(e, M + k/10), k < 20: twenty Kepler solves.
struct KeplerSum: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        var s: S = 0
        for k in 0..<20 { s += solveRoot(of: KeplerEquation(), near: 1.0, parameters: [p[0], p[1] + S(0.1 * Double(k))]) }
        return s
    }
}

/// The same sum with each E found by differentiating through a Newton loop on S (what a user
/// without `solveRoot` writes): the iterations carry derivatives.
struct KeplerSumThroughIterations: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        var s: S = 0
        for k in 0..<20 {
            let m = p[1] + S(0.1 * Double(k))
            var E: S = 1
            for _ in 0..<50 {
                let step = (E - p[0] * sin(E) - m) / (1 - p[0] * cos(E))
                E -= step
                if abs(step) <= 4e-16 * abs(E) { break }
            }
            s += E
        }
        return s
    }
}
