import Foundation
import DualAD

// Seed 003: linear regression ŷ = Xθ with the squared loss L(θ) = ‖Xθ − y‖². The closed form
// θ = (XᵀX)⁻¹Xᵀy, and θ found by gradient descent on DualAD gradients, must agree; the gradient
// itself must equal 2XᵀXθ − 2Xᵀy.
struct SquaredLoss: ScalarFunction {
    let X: [[Double]], y: [Double]
    func callAsFunction<S: ADScalar>(_ theta: [S]) -> S {
        var loss: S = 0
        for i in 0..<X.count {
            var r = S(-y[i])
            for j in 0..<theta.count { r += S(X[i][j]) * theta[j] }
            loss += r * r
        }
        return loss
    }
}

/// Solves A·θ = b by Gaussian elimination with partial pivoting (A small and invertible).
func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
    var m = a, r = b
    let n = b.count
    for k in 0..<n {
        let pivot = (k..<n).max { Swift.abs(m[$0][k]) < Swift.abs(m[$1][k]) }!
        m.swapAt(k, pivot)
        r.swapAt(k, pivot)
        for i in (k + 1)..<n {
            let factor = m[i][k] / m[k][k]
            for j in k..<n { m[i][j] -= factor * m[k][j] }
            r[i] -= factor * r[k]
        }
    }
    var theta = [Double](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
        var s = r[i]
        for j in (i + 1)..<n { s -= m[i][j] * theta[j] }
        theta[i] = s / m[i][i]
    }
    return theta
}

func linearRegression(_ ctx: ExampleContext) {
    // Data made in code: 25 points on [−1, 1], features (1, t, t² − 1/3), a known θ and a
    // deterministic wobble as noise.
    let n = 25
    let t: [Double] = (0..<n).map { (i: Int) -> Double in
        let fraction = Double(i) / Double(n - 1)
        return 2 * fraction - 1
    }
    let X: [[Double]] = t.map { ti in [1, ti, ti * ti - 1.0 / 3] }
    let trueTheta = [0.5, -1.2, 2.0]
    var y = [Double](repeating: 0, count: n)
    for i in 0..<n {
        var clean = 0.0
        for j in 0..<3 { clean += X[i][j] * trueTheta[j] }
        y[i] = clean + 0.05 * Foundation.sin(17 * Double(i))
    }
    let loss = SquaredLoss(X: X, y: y)

    var xtx = [[Double]](repeating: [0, 0, 0], count: 3)
    var xty = [0.0, 0.0, 0.0]
    for i in 0..<n {
        for a in 0..<3 {
            xty[a] += X[i][a] * y[i]
            for b in 0..<3 { xtx[a][b] += X[i][a] * X[i][b] }
        }
    }
    func xtxTimes(_ u: [Double]) -> [Double] {
        (0..<3).map { a -> Double in
            var s = 0.0
            for b in 0..<3 { s += xtx[a][b] * u[b] }
            return s
        }
    }
    let closedForm = solve(xtx, xty)
    ctx.say("  closed form (XᵀX)⁻¹Xᵀy = \(closedForm.map { show($0) })")

    // The gradient against 2XᵀXθ − 2Xᵀy at a trial θ, by both modes.
    let trial = [0.1, 0.2, -0.3]
    let formula = zip(xtxTimes(trial), xty).map { 2 * $0 - 2 * $1 }
    ctx.check("∇L(θ) reverse = 2XᵀXθ − 2Xᵀy", gradient(of: loss, at: trial, strategy: .reverse), exact: formula, tolerance: 1e-14)
    ctx.check("∇L(θ) forward = 2XᵀXθ − 2Xᵀy", gradient(of: loss, at: trial, strategy: .forward), exact: formula, tolerance: 1e-14)

    // Gradient descent with step 1/λ_max(2XᵀX) (λ_max by power iteration).
    var u = [1.0, 1.0, 1.0], lambda = 0.0
    for _ in 0..<200 {
        let au = xtxTimes(u).map { 2 * $0 }
        lambda = au.map { $0 * $0 }.reduce(0, +).squareRoot()
        u = au.map { $0 / lambda }
    }
    var theta = [0.0, 0.0, 0.0]
    var steps = 0
    while steps < 5000 {
        let g = gradient(of: loss, at: theta, strategy: .reverse)
        if g.map(Swift.abs).max()! < 1e-12 { break }
        theta = zip(theta, g).map { $0 - $1 / lambda }
        steps += 1
    }
    ctx.say("  gradient descent, \(steps) steps of 1/λ_max = \(show(1 / lambda)): θ = \(theta.map { show($0) })")
    ctx.check("θ by gradient descent = closed form", theta, exact: closedForm, tolerance: 1e-11)
}
