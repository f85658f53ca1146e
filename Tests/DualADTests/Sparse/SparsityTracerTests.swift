import XCTest
import DualAD

/// The tracers against patterns written down by hand.
final class SparsityTracerTests: XCTestCase {
    /// Runs `body` on tracers for `values`, inside a `jacobianSparsity` run (tracers live
    /// only there).
    func traced(_ values: [Double], _ body: ([SparsityTracer<Double>]) -> Void) {
        _ = jacobianSparsity(at: values) { x in body(x); return [] }
    }

    func testEveryRulePropagatesTheUnionOfItsOperandsInputs() { traced([0.5, 2.0, 3.0]) { x in
        XCTAssertEqual((x[0] * x[1]).dependencies, [0, 1])
        XCTAssertEqual((x[2] - x[0]).dependencies, [0, 2])
        XCTAssertEqual(sin(x[1]).dependencies, [1])
        XCTAssertEqual(pow(x[0], x[2]).dependencies, [0, 2])
        XCTAssertEqual(atan2(x[2], x[1]).dependencies, [1, 2])
        XCTAssertEqual((2 * x[1] + 1).dependencies, [1])
        XCTAssertEqual(pow(x[1], 0).dependencies, [], "x⁰ is the constant 1")
        XCTAssertEqual(x[1].rounded().dependencies, [], "rounding has derivative 0")
        XCTAssertEqual((x[0] * x[1]).value, 1.0, "the value is computed too")
        for f in UnaryFunction.allCases {
            XCTAssertEqual(SparsityTracer<Double>.evaluate(f, x[1]).dependencies, [1], "\(f)")
        }
        for f in BinaryFunction.allCases {
            XCTAssertEqual(SparsityTracer<Double>.evaluate(f, x[0], x[2]).dependencies, [0, 2], "\(f)")
        }
    } }

    func testThePatternIsGlobalAProductOfZeroStillDepends() { traced([0.0, 5.0]) { x in
        XCTAssertEqual((x[0] * x[1]).dependencies, [0, 1], "∂(xy)/∂y = x is 0 here, but not everywhere")
        XCTAssertEqual(max(x[0], x[1]).dependencies, [0, 1])
    } }

    func testBranchesTakeTheValuesPath() {
        func f<S: ADScalar>(_ x: [S]) -> S { x[0] > 0 ? x[0] * x[1] : x[2] }
        traced([1, 2, 3]) { x in XCTAssertEqual(f(x).dependencies, [0, 1]) }
        traced([-1, 2, 3]) { x in XCTAssertEqual(f(x).dependencies, [2]) }
    }

    func testLargeSetsSpillAndARunningSumAppendsInPlace() {
        let n = 20_000
        traced((0..<n).map { Double($0) }) { x in
            var s = SparsityTracer<Double>(0)
            var early: SparsityTracer<Double>? = nil
            for i in 0..<n {
                s += x[i] * x[i]
                if i == 9 { early = s }
            }
            XCTAssertEqual(s.dependencies, Array(0..<n))
            XCTAssertEqual(early?.dependencies, Array(0..<10), "a copy keeps its set while the sum grows past it")
            var t = x[9] + x[3]
            t += x[5] + x[1] + x[7] + x[3]
            XCTAssertEqual(t.dependencies, [1, 3, 5, 7, 9], "merging out of order")
            var u = t
            u += x[0] + x[2] + x[11]
            XCTAssertEqual(u.dependencies, [0, 1, 2, 3, 5, 7, 9, 11], "elements below the range: a new range")
            XCTAssertEqual(t.dependencies, [1, 3, 5, 7, 9], "the original untouched")
            t += x[12]
            XCTAssertEqual(t.dependencies, [1, 3, 5, 7, 9, 12])
            XCTAssertEqual(u.dependencies, [0, 1, 2, 3, 5, 7, 9, 11])
        }
    }

    func testUserRulesAndImplicitFunctions() {
        struct Softplus: DifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T) -> T { T(Foundation.log1p(Foundation.exp(Double(x)))) }
            func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 / (1 + exp(-x)) }
        }
        struct Kepler: ImplicitFunction {
            func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
        }
        traced([0.3, 1.2, 7.0]) { x in
            XCTAssertEqual(Softplus()(x[2]).dependencies, [2])
            let E = solveRoot(of: Kepler(), near: 1.0, parameters: [x[0], x[1]])
            XCTAssertEqual(E.dependencies, [0, 1])
            XCTAssertEqual(E.value, solveRoot(of: Kepler(), near: 1.0, parameters: [0.3, 1.2]))
        }
    }

    func testSecondOrderStructureIsReadFromEachRule() {
        /// The upper-triangle pairs of the Hessian pattern of f at (0.5, 1.5, 2.5).
        func pairs(_ f: ([HessianTracer<Double>]) -> HessianTracer<Double>) -> [[Int]] {
            let p = hessianSparsity(at: [0.5, 1.5, 2.5], of: f)
            return (0..<3).flatMap { i in (i..<3).filter { p.contains(row: i, column: $0) }.map { [i, $0] } }
        }
        XCTAssertEqual(pairs { x in x[0] * x[1] }, [[0, 1]], "xy: cross term only")
        XCTAssertEqual(pairs { x in x[0] + x[1] }, [], "linear")
        XCTAssertEqual(pairs { x in exp(x[2]) }, [[2, 2]])
        XCTAssertEqual(pairs { x in abs(x[2]) - x[0] }, [], "|x| has second derivative 0 (almost everywhere)")
        XCTAssertEqual(pairs { x in x[0] / x[1] }, [[0, 1], [1, 1]], "x/y: ∂²/∂x² = 0")
        XCTAssertEqual(pairs { x in pow(x[0], x[1]) }, [[0, 0], [0, 1], [1, 1]])
        XCTAssertEqual(pairs { x in pow(x[1], 1) }, [])
        XCTAssertEqual(pairs { x in pow(x[1], 3) }, [[1, 1]])
        XCTAssertEqual(pairs { x in sin(x[0] + x[2]) }, [[0, 0], [0, 2], [2, 2]])
        XCTAssertEqual(pairs { x in max(x[0], x[1]) }, [], "piecewise linear")
        XCTAssertEqual(pairs { x in 3 * x[0] + x[1] * 2 - x[2] / 4 }, [], "constant factors couple nothing")
        XCTAssertEqual(pairs { x in var s = x[0] * x[1]; s += x[2]; return s * 2 }, [[0, 1]])
        // Shared, not per value: a product that never reaches the output still counts (a
        // superset of the structural pattern, documented on HessianTracer).
        XCTAssertEqual(pairs { x in _ = x[1] * x[2]; return x[0] }, [[1, 2]])
        // A user's rule: its derivative expression tells.
        struct Cube: DifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T) -> T { x * x * x }
            func derivative<S: ADScalar>(at x: S, value: S) -> S { 3 * x * x }
        }
        struct Shift: DifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T) -> T { x + 1 }
            func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 }
        }
        XCTAssertEqual(pairs { x in Cube()(x[1]) }, [[1, 1]])
        XCTAssertEqual(pairs { x in Shift()(x[1]) }, [])
    }
}
