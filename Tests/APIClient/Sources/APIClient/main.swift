import DualAD

// Scalar forward mode: a dual number is a value and a tangent, x + ε·ẋ with ε² = 0.
let x = Dual(3.0, tangent: 1.0)
let y = x * x + sin(x)                    // y.value == 9 + sin(3), y.tangent == 6 + cos(3)

let d  = derivative(at: 2.0) { x in x * x + sin(x) }                  // 4 + cos(2)
let vd = valueWithDerivative(at: 2.0) { x in exp(x) / x }             // (value:, derivative:)
let d2 = derivative(at: 2.0) { x in derivative(at: x) { y in y * y * y } }   // 12, by nesting

// Vector forward mode: the closure receives a DualVector, the point x with one seed
// direction; indexing it gives Dual values. One sweep per seed vector eᵢ.
let g = gradient(at: [1.0, 2.0]) { x in x[0] * x[1] + exp(x[0]) }     // [2 + e, 1]
let J = jacobian(at: [1.0, 2.0]) { x in [x[0] * x[1], sin(x[0])] }    // 2×2, J[i, j] = ∂fᵢ/∂xⱼ
let t = jvp(at: [1.0, 2.0], along: [1.0, 0.0]) { x in [x[0] * x[1], sin(x[0])] }
                                                                        // (value:, tangent:)
let H = hessian(at: [1.0, 2.0]) { x in x[0] * x[0] * x[1] }           // [[4, 2], [2, 0]]

// Vector-level code: constant matrices act on DualVectors, elementary functions map over them.
let W = Matrix([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
let b = [0.1, 0.2, 0.3]
let Jl = jacobian(at: [0.5, -0.5]) { x in tanh(W * x + b) }           // 3×2

// Write once, generic over the scalar type, then choose how to differentiate it.
struct Rosenbrock: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var s: S = 0
        for i in 0..<(x.count - 1) {
            s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2)
        }
        return s
    }
}
struct Layer: VectorFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        [tanh(x[0] * x[1]), exp(x[0]) / (1 + x[1] * x[1]), sqrt(1 + x[0] * x[0])]
    }
}
let p = [1.2, 0.8, -0.3, 2.0]
let g1 = gradient(of: Rosenbrock(), at: p, strategy: .forward)        // n sweeps, one per eᵢ
let g2 = gradient(of: Rosenbrock(), at: p, strategy: .chunked(4))     // ⌈n/4⌉ sweeps
let g3 = gradient(of: Rosenbrock(), at: p, strategy: .reverse)        // 1 forward + 1 backward
let J1 = jacobian(of: Layer(), at: [0.3, 0.7], strategy: .reverse)    // one backward sweep per row
let J2 = jacobian(of: Layer(), at: [0.3, 0.7], strategy: .automatic)  // picks by shape
let J3 = jacobian(of: Layer(), at: [0.3, 0.7], strategy: .centralDifference)  // reference only

// Data enters generic code as constants: S(c) lifts a Double into the scalar type.
struct LeastSquares: ScalarFunction {
    let X: [[Double]], y: [Double]
    func callAsFunction<S: ADScalar>(_ w: [S]) -> S {
        var loss: S = 0
        for i in 0..<X.count {
            var r = S(-y[i])
            for j in 0..<w.count { r += S(X[i][j]) * w[j] }
            loss += r * r
        }
        return loss
    }
}
let ls = LeastSquares(X: [[1, 2], [3, 4], [5, 6]], y: [1, 2, 2])
let gw = gradient(of: ls, at: [0.5, -0.25], strategy: .reverse)       // 2Xᵀ(Xw − y) = [-21, -28]

// Not part of API.md: check the numbers the calls above gave (Checks.swift).
runChecks()
