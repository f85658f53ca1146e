import XCTest
import DualAD

/// Colorings: valid on random patterns, near the known optimum on a periodic stencil, and
/// star colorings whose direct recovery finds every entry.
final class ColoringTests: XCTestCase {
    /// One field on a periodic side × side grid, 5-point stencil: ∂fᵢ/∂uⱼ for the neighbours.
    struct PeriodicStencil: VectorFunction {
        let side: Int
        func callAsFunction<S: ADScalar>(_ u: [S]) -> [S] {
            (0..<(side * side)).map { k in
                let (i, j) = (k / side, k % side)
                let up = u[((i + side - 1) % side) * side + j], down = u[((i + 1) % side) * side + j]
                let left = u[i * side + (j + side - 1) % side], right = u[i * side + (j + 1) % side]
                return up + down + left + right - 4 * u[k] + u[k] * u[k]
            }
        }
    }

    func testColumnColoringIsValidAndNearTheOptimumOnAPeriodicStencil() {
        for side in [10, 20] {
            let x = (0..<(side * side)).map { Double($0 % 7) / 7 }
            let plan = SparseJacobianPlan(of: PeriodicStencil(side: side), at: x)
            XCTAssertEqual(plan.pattern.maximumRowCount, 5, "the lower bound")
            XCTAssertGreaterThanOrEqual(plan.colorCount, 5)
            XCTAssertLessThanOrEqual(plan.colorCount, 7, "side \(side): \(plan.colorCount) colors (\(plan.coloring.order)); the optimum is 5")
            print("periodic 5-point stencil, side \(side): \(plan.colorCount) colors (\(plan.coloring.order))")
            assertValidColumnColoring(plan.pattern, plan.coloring.colors)
        }
    }

    func testColumnColoringIsValidOnRandomPatterns() {
        var rng = SplitMix64(state: 17)
        for _ in 0..<50 {
            let m = 1 + Int(rng.next() % 40), n = 1 + Int(rng.next() % 40)
            var starts = [0], columns = [Int]()
            for _ in 0..<m {
                columns += (0..<n).filter { _ in rng.next() % 5 == 0 }
                starts.append(columns.count)
            }
            let pattern = SparsityPattern(rows: m, columns: n, rowStarts: starts, columnIndices: columns)
            struct Fixed: VectorFunction {
                let pattern: SparsityPattern
                func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
                    (0..<pattern.rows).map { i in pattern.columns(inRow: i).reduce(S(0)) { $0 + x[$1] * x[$1] } }
                }
            }
            let x = (0..<n).map { Double($0) / Double(n) }
            let plan = SparseJacobianPlan(of: Fixed(pattern: pattern), at: x)
            XCTAssertEqual(plan.pattern, pattern)
            assertValidColumnColoring(pattern, plan.coloring.colors)
            XCTAssertGreaterThanOrEqual(plan.colorCount, pattern.maximumRowCount)
            // The sparse Jacobian of this function is diag-like: 2xⱼ in every stored entry.
            let J = sparseJacobian(of: Fixed(pattern: pattern), at: x, plan: plan)
            for i in 0..<m { for j in pattern.columns(inRow: i) { XCTAssertEqual(J[i, j], 2 * x[j]) } }
        }
    }

    func testStarColoringRecoversEveryHessianEntry() {
        struct Banded: ScalarFunction {
            let bandwidth: Int
            func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
                var s: S = 0
                for i in x.indices { for k in 1...bandwidth where i + k < x.count { s += sin(x[i] * x[i + k]) } }
                return s
            }
        }
        for bandwidth in 1...4 {
            let x = (0..<24).map { i -> Double in 0.1 + Double(i) / 24 }
            let f = Banded(bandwidth: bandwidth)
            let plan = SparseHessianPlan(of: f, at: x)
            XCTAssertEqual(plan.pattern.maximumRowCount, 2 * bandwidth + 1)
            // Star coloring needs fewer colors than distance-2 coloring (2·bandwidth + 1) would.
            XCTAssertLessThanOrEqual(plan.colorCount, 2 * bandwidth + 1, "bandwidth \(bandwidth)")
            let H = sparseHessian(of: f, at: x, plan: plan)
            let dense = hessian(of: f, at: x, strategy: .reverse)
            for i in x.indices { for j in x.indices { XCTAssertEqual(H[i, j], dense[i, j], accuracy: 1e-12 * Swift.max(1, Swift.abs(dense[i, j]))) } }
        }
    }

    func assertValidColumnColoring(_ pattern: SparsityPattern, _ colors: [Int], file: StaticString = #filePath, line: UInt = #line) {
        for i in 0..<pattern.rows {
            let rowColors = pattern.columns(inRow: i).map { colors[$0] }
            XCTAssertEqual(Set(rowColors).count, rowColors.count, "row \(i) has two columns of one color", file: file, line: line)
        }
    }
}
