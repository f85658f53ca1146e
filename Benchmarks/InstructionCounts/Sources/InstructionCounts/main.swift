// Instruction-count workloads: each mode runs one derivative (or its primal) a fixed number of
// times, with inputs perturbed so that nothing is hoisted, and prints an accumulator so that
// nothing is dead. `bash instruction-counts.sh` counts every mode with callgrind and subtracts
// the `none` mode (start-up). Compare two checkouts by running it in each.

import DualAD
struct TanhLayer: VectorFunction {
    let weights: [Double], bias: [Double], inputs: Int
    init(inputs n: Int, outputs m: Int) {
        inputs = n
        weights = (0..<(m * n)).map { Double(($0 * 7919) % 23) / 23 - 0.5 }
        bias = (0..<m).map { Double($0 % 5) / 5 - 0.4 }
    }
    func outputCount(forInputCount n: Int) -> Int? { bias.count }
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        let n = inputs
        return (0..<bias.count).map { i -> S in
            var z = S(bias[i])
            for j in 0..<n { z += S(weights[i * n + j]) * x[j] }
            return tanh(z)
        }
    }
}
struct Rosen: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var s: S = 0
        for i in 0..<(x.count - 1) { s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2) }
        return s
    }
}
@inline(never) func sink<T>(_ x: T) { withExtendedLifetime(x) {} }
nonisolated(unsafe) var acc = 0.0
let mode = CommandLine.arguments[1]
let reps = 200
switch mode {
case "rev400x4":
    let l = TanhLayer(inputs: 400, outputs: 4); let x = (0..<400).map { Double($0 % 9) / 9 - 0.5 }
    for _ in 0..<reps { sink(jacobian(of: l, at: x, strategy: .reverse)) }
case "primal400x4":
    let l = TanhLayer(inputs: 400, outputs: 4); let x = (0..<400).map { Double($0 % 9) / 9 - 0.5 }
    for _ in 0..<reps { sink(l(x)) }
case "chunk100":
    let l = TanhLayer(inputs: 100, outputs: 100); let x = (0..<100).map { Double($0 % 9) / 9 - 0.5 }
    for _ in 0..<20 { sink(jacobian(of: l, at: x, strategy: .chunked(8))) }
case "primal100":
    let l = TanhLayer(inputs: 100, outputs: 100); let x = (0..<100).map { Double($0 % 9) / 9 - 0.5 }
    for _ in 0..<20 { sink(l(x)) }
case "revgrad":
    var p: [Double] = []
    for k in 0..<1000 { let v: Double = 1 + 0.1 * Double(k % 5); p.append(v) }
    for _ in 0..<50 { sink(gradient(of: Rosen(), at: p, strategy: .reverse)) }
case "chunkgrad":
    var p: [Double] = []
    for k in 0..<100 { let v: Double = 1 + 0.1 * Double(k % 5); p.append(v) }
    for _ in 0..<50 { sink(gradient(of: Rosen(), at: p, strategy: .chunked(8))) }
case "fwdgrad":
    var p: [Double] = []
    for k in 0..<100 { let v: Double = 1 + 0.1 * Double(k % 5); p.append(v) }
    for _ in 0..<20 { sink(gradient(of: Rosen(), at: p, strategy: .forward)) }
case "none":
    break
case "jvp":
    var p: [Dual<Double>] = []
    for k in 0..<1000 { let v: Double = 1 + 0.1 * Double(k % 5); let t: Double = Double(k % 7) - 3; p.append(Dual(v, tangent: t)) }
    for r in 0..<reps { p[r % 1000] = Dual(p[r % 1000].value + 1e-9, tangent: 1); acc += Rosen()(p).tangent }
default:
    var p: [Double] = []
    for k in 0..<1000 { let v: Double = 1 + 0.1 * Double(k % 5); p.append(v) }
    for r in 0..<reps { p[r % 1000] += 1e-9; acc += Rosen()(p) }
}
print(acc)
