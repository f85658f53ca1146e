import DualAD

struct Heat1D: VectorFunction {                 // tridiagonal Jacobian
    func outputCount(forInputCount n: Int) -> Int? { n }
    func callAsFunction<S: ADScalar>(_ u: [S]) -> [S] {
        let n = u.count
        return (0..<n).map { i in
            let left = i > 0 ? u[i - 1] : 0, right = i < n - 1 ? u[i + 1] : 0
            return left - 2 * u[i] + right - u[i] * u[i] * u[i]
        }
    }
}
let x = (0..<1000).map { 0.5 + 0.001 * Double($0) }

let pattern = jacobianSparsity(of: Heat1D(), at: x)      // SparsityPattern
pattern.nonzeroCount                                      // 2998
pattern.contains(row: 0, column: 1)                       // true
let plan = SparseJacobianPlan(of: Heat1D(), at: x)       // pattern + column coloring, reusable
plan.colorCount                                           // 3
let J = sparseJacobian(of: Heat1D(), at: x, plan: plan)  // SparseMatrix<Double>
J[0, 1]; J[0, 2]; J.nonzeroCount; J.rows; J.columns      // 1, 0, 2998, 1000, 1000
let Jd = Matrix(J)                                       // dense copy: equals jacobian(of:at:strategy:)
let J1 = sparseJacobian(of: Heat1D(), at: x)             // one-off: detect, color, sweep

struct Chain: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var s: S = 0
        for i in 0..<(x.count - 1) { s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2) }
        return s
    }
}
let H = sparseHessian(of: Chain(), at: x)                // SparseMatrix<Double>, symmetric, 2998 nonzeros

// Not part of API-next.md: the checks follow.
runChecks()
