import XCTest
import DualAD

/// Sparse Jacobians and Hessians equal the dense ones, entry for entry, on the benchmark
/// functions (Heat1D, a 2-D reaction–diffusion system, Rosenbrock), and plans are reusable.
final class SparseJacobianTests: XCTestCase {
    struct Heat1D: VectorFunction {
        func outputCount(forInputCount n: Int) -> Int? { n }
        func callAsFunction<S: ADScalar>(_ u: [S]) -> [S] {
            let n = u.count
            return (0..<n).map { i in
                let left = i > 0 ? u[i - 1] : 0, right = i < n - 1 ? u[i + 1] : 0
                return left - 2 * u[i] + right - u[i] * u[i] * u[i]
            }
        }
    }

    /// Gray–Scott on a periodic side × side grid: two fields, 5-point Laplacians.
    struct GrayScott: VectorFunction {
        let side: Int
        func callAsFunction<S: ADScalar>(_ z: [S]) -> [S] {
            let cells = side * side
            var out = [S]()
            out.reserveCapacity(2 * cells)
            func laplacian(_ offset: Int, _ k: Int) -> S {
                let (i, j) = (k / side, k % side)
                let up = z[offset + ((i + side - 1) % side) * side + j], down = z[offset + ((i + 1) % side) * side + j]
                let left = z[offset + i * side + (j + side - 1) % side], right = z[offset + i * side + (j + 1) % side]
                return up + down + left + right - 4 * z[offset + k]
            }
            for k in 0..<cells {
                let u = z[k], v = z[cells + k]
                out.append(0.16 * laplacian(0, k) - u * v * v + 0.035 * (1 - u))
            }
            for k in 0..<cells {
                let u = z[k], v = z[cells + k]
                out.append(0.08 * laplacian(cells, k) + u * v * v - 0.095 * v)
            }
            return out
        }
    }

    func testHeat1DEqualsTheDenseJacobianExactly() {
        let x = (0..<200).map { 0.5 + 0.001 * Double($0) }
        let plan = SparseJacobianPlan(of: Heat1D(), at: x)
        XCTAssertEqual(plan.colorCount, 3)
        let J = sparseJacobian(of: Heat1D(), at: x, plan: plan)
        XCTAssertEqual(J.nonzeroCount, 3 * 200 - 2)
        for strategy: Strategy in [.forward, .chunked(8), .reverse] {
            XCTAssertEqual(Matrix(J).storage, jacobian(of: Heat1D(), at: x, strategy: strategy).storage, "\(strategy)")
        }
        // The plan is reused at another point of the same size.
        let y = x.map { $0 * 1.5 - 0.3 }
        XCTAssertEqual(Matrix(sparseJacobian(of: Heat1D(), at: y, plan: plan)).storage,
                       jacobian(of: Heat1D(), at: y, strategy: .forward).storage)
    }

    func testGrayScottEqualsTheDenseJacobianExactly() {
        let side = 10, n = 2 * side * side
        let z = (0..<n).map { k -> Double in 0.2 + 0.6 * Double((k * 37) % 101) / 101 }
        let plan = SparseJacobianPlan(of: GrayScott(side: side), at: z)
        XCTAssertEqual(plan.pattern.maximumRowCount, 6, "five neighbours of one field, the cell of the other")
        XCTAssertLessThanOrEqual(plan.colorCount, 14)
        let J = sparseJacobian(of: GrayScott(side: side), at: z, plan: plan)
        XCTAssertEqual(J.nonzeroCount, 2 * side * side * 6)
        XCTAssertEqual(Matrix(J).storage, jacobian(of: GrayScott(side: side), at: z, strategy: .forward).storage)
        XCTAssertEqual(Matrix(sparseJacobian(of: GrayScott(side: side), at: z)).storage, Matrix(J).storage)
    }

    func testRosenbrockHessianIsTridiagonalAndEqualsTheClosedForm() {
        struct Chain: ScalarFunction {
            func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
                var s: S = 0
                for i in 0..<(x.count - 1) { s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2) }
                return s
            }
        }
        let x = (0..<50).map { 0.5 + 0.01 * Double($0) }
        let plan = SparseHessianPlan(of: Chain(), at: x)
        XCTAssertEqual(plan.pattern.nonzeroCount, 3 * 50 - 2)
        XCTAssertEqual(plan.colorCount, 3)
        let H = sparseHessian(of: Chain(), at: x, plan: plan)
        let dense = hessian(of: Chain(), at: x, strategy: .reverse)
        XCTAssertEqual(Matrix(H).storage, dense.storage)
    }

    func testPatternsAndMatricesReadAndPrintAsDocumented() {
        let x = [0.5, 0.6, 0.7, 0.8]
        let pattern = jacobianSparsity(of: Heat1D(), at: x)
        XCTAssertEqual(pattern.rowStarts, [0, 2, 5, 8, 10])
        XCTAssertEqual(pattern.columnIndices, [0, 1, 0, 1, 2, 1, 2, 3, 2, 3])
        XCTAssertTrue(pattern.contains(row: 1, column: 2))
        XCTAssertFalse(pattern.contains(row: 0, column: 3))
        XCTAssertEqual(pattern.transposed, pattern, "tridiagonal is symmetric")
        XCTAssertTrue(pattern.description.hasPrefix("4 × 4 sparsity pattern, 10 nonzeros\n●●··"))
        let J = sparseJacobian(of: Heat1D(), at: x)
        XCTAssertEqual(J[0, 3], 0)
        XCTAssertEqual(J[2, 2], -2 - 3 * 0.49)
        XCTAssertTrue(J.description.hasPrefix("4 × 4 sparse matrix, 10 nonzeros"))
    }

    /// A few outputs that each read every input: n column colors, but m row colors.
    struct FewDenseOutputs: VectorFunction {
        let outputs: Int
        func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
            (0..<outputs).map { k in
                var s: S = 0
                for (j, v) in x.enumerated() { s += S(Double(k + 1)) * sin(v) + (j % (k + 2) == 0 ? v * v : v) }
                return s
            }
        }
    }

    /// Rows that read disjoint blocks of inputs: one row color, so one backward sweep.
    struct Blocks: VectorFunction {
        func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
            stride(from: 0, to: x.count, by: 5).map { b in
                var s: S = 0
                for j in b..<Swift.min(b + 5, x.count) { s += exp(x[j]) * x[b] }
                return s
            }
        }
    }

    func testFewDenseRowsAreSweptInReverseAndEqualTheDenseReverseJacobian() {
        let x = (0..<40).map { 0.3 + 0.05 * Double($0) }
        let plan = SparseJacobianPlan(of: FewDenseOutputs(outputs: 4), at: x)
        XCTAssertEqual(plan.strategy, .reverse, "40 column colors (5 chunked sweeps) against 4 backward sweeps")
        XCTAssertEqual(plan.coloring.colorCount, 40)
        XCTAssertEqual(plan.rowColoring?.colorCount, 4)
        XCTAssertEqual(plan.colorCount, 4)
        let J = sparseJacobian(of: FewDenseOutputs(outputs: 4), at: x, plan: plan)
        XCTAssertEqual(Matrix(J), jacobian(of: FewDenseOutputs(outputs: 4), at: x, strategy: .reverse))
        let forced = SparseJacobianPlan(of: FewDenseOutputs(outputs: 4), at: x, strategy: .forward)
        XCTAssertEqual(forced.strategy, .chunked(8))
        XCTAssertNil(forced.rowColoring)
        XCTAssertEqual(Matrix(sparseJacobian(of: FewDenseOutputs(outputs: 4), at: x, plan: forced)),
                       jacobian(of: FewDenseOutputs(outputs: 4), at: x, strategy: .forward))
    }

    func testDisjointRowsTakeOneBackwardSweep() {
        let x = (0..<50).map { 0.1 * Double($0) - 2 }
        let plan = SparseJacobianPlan(of: Blocks(), at: x, strategy: .reverse)
        XCTAssertEqual(plan.rowColoring?.colorCount, 1)
        XCTAssertEqual(plan.coloring.colorCount, 0, "no column coloring for a reverse-only plan")
        let J = sparseJacobian(of: Blocks(), at: x, plan: plan)
        XCTAssertEqual(J.nonzeroCount, 50)
        XCTAssertEqual(Matrix(J), jacobian(of: Blocks(), at: x, strategy: .reverse))
        // Entry against the closed form: ∂/∂x_j of Σ exp(x_j)·x_b.
        XCTAssertEqual(J[1, 7], exp(x[7]) * x[5])
        XCTAssertEqual(J[1, 5], exp(x[5]) * x[5] + (exp(x[5]) + exp(x[6]) + exp(x[7]) + exp(x[8]) + exp(x[9])), accuracy: 1e-12)
    }
}
