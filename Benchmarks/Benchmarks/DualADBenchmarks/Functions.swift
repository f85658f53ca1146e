import DualAD
import Foundation

// The functions of the users'-own-functions benchmarks (issue 14). Everything else — Rosenbrock,
// the elementary chain, tanh(Wx + b), the MLP, each in two formulations, and the minimal
// hand-written duals — is in the `Formulations` target, shared with the instruction counts.

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
