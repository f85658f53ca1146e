import DualAD

// Closures mixing x[i] and literals, one line or several, with array-literal results.
let J = jacobian(at: [1.0, -1.7]) { x in [x[0] * x[0] + x[1] * x[1] - 4, exp(x[0]) + x[1] - 1] }
let J2 = jacobian(at: [1.0, 2.0, 0.5]) { x in
    let a = x[0] * x[1] + sin(x[2])
    let b = exp(x[0]) - x[1] * x[2]
    return [a, b]
}
let g = gradient(at: [1.0, 2.0, 3.0]) { x in
    3 * x[0] * x[0] - 2 * x[0] * x[1] + 0.5 * x[1] * x[1] + 4 * x[2] - 1.5 * x[0] * x[2]
}                                                            // [-2.5, 0, 2.5]

// Captured Double data and constants mix with duals.
let ts: [Double] = [0, 1, 2, 3], ys: [Double] = [2.0, 1.2, 0.7, 0.4]
let fit = gradient(at: [2.0, 0.5]) { p in
    var s: Dual<Double> = 0
    for i in 0..<ts.count {
        let r = p[0] * exp(-p[1] * ts[i]) - ys[i]
        s += r * r
    }
    return s
}
let k = 3.0
let d = derivative(at: 2.0) { x in k * x * x }               // 12

// Code written for the standard library's FloatingPoint runs on duals unchanged.
func response<T: FloatingPoint>(_ x: T) -> T { (x * x + 1).squareRoot() * .pi - x.rounded(.down) }
let dr = derivative(at: 1.3) { response($0) }                // π·1.3/√2.69
let dp = derivative(at: 0.25) { x in sin(.pi * x) }          // π·cos(π/4)

// Not part of API-next.md: check the numbers the calls above gave (Checks.swift).
runChecks()
