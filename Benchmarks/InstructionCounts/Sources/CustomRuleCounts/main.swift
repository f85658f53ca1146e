// Users' own functions (issue 14): a user's tanh rule against the built-in tanh in each mode,
// and solveRoot's derivatives against its primal solve. A separate executable: adding these
// workloads to `InstructionCounts` (even in a second file) changed how its older workloads
// compiled (Rosenbrock JVP +8 % instructions with no library change), which would spoil the
// before/after comparisons made with it.

import DualAD
import Foundation

/// tanh as a user's rule (the benchmark package's `UserTanh`).
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

struct KeplerEquation: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
}

/// Σₖ E(e, M + k/10), k < 20, by solveRoot.
struct KeplerSum: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        var s: S = 0
        for k in 0..<20 { s += solveRoot(of: KeplerEquation(), near: 1.0, parameters: [p[0], p[1] + S(0.1 * Double(k))]) }
        return s
    }
}

/// The same sum differentiated through a Newton loop on S (the benchmark package's
/// `KeplerSumThroughIterations`).
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

nonisolated(unsafe) var acc = 0.0

@inline(never) func jvpMode<F: ScalarFunction>(_ f: F) {
    var p: [Dual<Double>] = (0..<1000).map { Dual(0.5 + 0.001 * Double($0), tangent: Double($0 % 7) - 3) }
    for r in 0..<200 { p[r % 1000] = Dual(p[r % 1000].value + 1e-9, tangent: 1); acc += f(p).tangent }
}

@inline(never) func chunkMode<F: ScalarFunction>(_ f: F) {
    var p: [Double] = (0..<100).map { 0.5 + 0.001 * Double($0) }
    for r in 0..<50 { p[r % 100] += 1e-9; acc += gradient(of: f, at: p, strategy: .chunked(8))[0] }
}

@inline(never) func reverseMode<F: ScalarFunction>(_ f: F) {
    var p: [Double] = (0..<1000).map { 0.5 + 0.001 * Double($0) }
    for r in 0..<50 { p[r % 1000] += 1e-9; acc += gradient(of: f, at: p, strategy: .reverse)[0] }
}

@inline(never) func run(_ mode: String) {
    switch mode {
    case "builtinJVP": jvpMode(BuiltInTanhChain())
    case "userJVP": jvpMode(UserTanhChain())
    case "builtinChunk": chunkMode(BuiltInTanhChain())
    case "userChunk": chunkMode(UserTanhChain())
    case "builtinRev": reverseMode(BuiltInTanhChain())
    case "userRev": reverseMode(UserTanhChain())
    case "keplerPrimal":
        var p = [0.3, 1.2]
        for _ in 0..<50 { p[1] += 1e-9; acc += KeplerSum()(p) }
    case "keplerJVP":
        var p = [Dual<Double>(0.3), Dual(1.2, tangent: 1)]
        for _ in 0..<50 { p[1] = Dual(p[1].value + 1e-9, tangent: 1); acc += KeplerSum()(p).tangent }
    case "keplerThroughJVP":
        var p = [Dual<Double>(0.3), Dual(1.2, tangent: 1)]
        for _ in 0..<50 { p[1] = Dual(p[1].value + 1e-9, tangent: 1); acc += KeplerSumThroughIterations()(p).tangent }
    case "keplerReverse":
        var p = [0.3, 1.2]
        for _ in 0..<50 { p[1] += 1e-9; acc += gradient(of: KeplerSum(), at: p, strategy: .reverse)[1] }
    default:
        break   // "none": start-up only
    }
}

run(CommandLine.arguments[1])
print(acc)
