// Checks the numbers API-next.md section 3 states, against truths computed here independently
// of the sparse machinery: Heat1D's Jacobian is tridiagonal with 1 off the diagonal and
// −2 − 3uᵢ² on it; the chain's Hessian by its closed form (a sum of terms in (xᵢ, xᵢ₊₁));
// and every sparse result equal, to the bit, to the dense Jacobian or Hessian DualAD
// computes without any sparsity. Exits non-zero on any mismatch, naming the call.

import DualAD
import ClientChecks

func runChecks() {
    let n = x.count
    check("pattern.nonzeroCount", Double(pattern.nonzeroCount), 2998, tolerance: 0)
    check("pattern.contains(row: 0, column: 1)", pattern.contains(row: 0, column: 1) ? 1 : 0, 1, tolerance: 0)
    check("pattern.contains(row: 0, column: 2)", pattern.contains(row: 0, column: 2) ? 1 : 0, 0, tolerance: 0)
    check("plan.colorCount", Double(plan.colorCount), 3, tolerance: 0)
    check("J[0, 1]", J[0, 1], 1, tolerance: 0)
    check("J[0, 2]", J[0, 2], 0, tolerance: 0)
    check("J.nonzeroCount", Double(J.nonzeroCount), 2998, tolerance: 0)
    check("J.rows", Double(J.rows), 1000, tolerance: 0)
    check("J.columns", Double(J.columns), 1000, tolerance: 0)
    for i in 0..<n {
        check("J[\(i), \(i)] = −2 − 3x²", J[i, i], -2 - 3 * x[i] * x[i])
        if i > 0 { check("J[\(i), \(i - 1)]", J[i, i - 1], 1, tolerance: 0) }
    }
    let dense = jacobian(of: Heat1D(), at: x, strategy: .forward)
    var differences = 0
    for i in 0..<n { for j in 0..<n where Jd[i, j] != dense[i, j] || J1[i, j] != dense[i, j] { differences += 1 } }
    check("Matrix(J) and the one-off J1 against jacobian(of:at:strategy: .forward): differing entries", Double(differences), 0, tolerance: 0)

    check("H.nonzeroCount", Double(H.nonzeroCount), 2998, tolerance: 0)
    check("H.rows", Double(H.rows), 1000, tolerance: 0)
    // Closed form: term i is 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)².
    for i in 0..<n {
        var diagonal = 0.0
        if i < n - 1 { diagonal += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2 }
        if i > 0 { diagonal += 200 }
        check("H[\(i), \(i)]", H[i, i], diagonal, tolerance: 1e-12)
        if i < n - 1 {
            check("H[\(i), \(i + 1)]", H[i, i + 1], -400 * x[i], tolerance: 1e-12)
            check("H symmetric at (\(i), \(i + 1))", H[i + 1, i], H[i, i + 1], tolerance: 0)
        }
    }
    let denseH = hessian(of: Chain(), at: x, strategy: .reverse)
    var hessianDifferences = 0
    for i in 0..<n { for j in 0..<n where H[i, j] != denseH[i, j] { hessianDifferences += 1 } }
    check("H against hessian(of:at:strategy: .reverse): differing entries", Double(hessianDifferences), 0, tolerance: 0)
    finishChecks("API-next.md section 3")
}
