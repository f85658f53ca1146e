import XCTest
import DualAD

/// The tracers against patterns written down by hand.
final class SparsityTracerTests: XCTestCase {
    func inputs(_ values: [Double]) -> [SparsityTracer<Double>] { values.indices.map { SparsityTracer(values[$0], input: $0) } }

    func testEveryRulePropagatesTheUnionOfItsOperandsInputs() {
        let x = inputs([0.5, 2.0, 3.0])
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
    }

    func testThePatternIsGlobalAProductOfZeroStillDepends() {
        let x = inputs([0.0, 5.0])
        XCTAssertEqual((x[0] * x[1]).dependencies, [0, 1], "∂(xy)/∂y = x is 0 here, but not everywhere")
        XCTAssertEqual(max(x[0], x[1]).dependencies, [0, 1])
    }

    func testBranchesTakeTheValuesPath() {
        func f<S: ADScalar>(_ x: [S]) -> S { x[0] > 0 ? x[0] * x[1] : x[2] }
        XCTAssertEqual(f(inputs([1, 2, 3])).dependencies, [0, 1])
        XCTAssertEqual(f(inputs([-1, 2, 3])).dependencies, [2])
    }

    func testLargeSetsSpillAndARunningSumAppendsInPlace() {
        let n = 20_000
        let x = inputs((0..<n).map { Double($0) })
        var s = SparsityTracer<Double>(0)
        for i in 0..<n { s += x[i] * x[i] }
        XCTAssertEqual(s.dependencies, Array(0..<n))
        var t = x[9] + x[3]
        t += x[5] + x[1] + x[7] + x[3]
        XCTAssertEqual(t.dependencies, [1, 3, 5, 7, 9], "merging out of order")
    }

    func testUserRulesAndImplicitFunctions() {
        struct Softplus: DifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T) -> T { T(Foundation.log1p(Foundation.exp(Double(x)))) }
            func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 / (1 + exp(-x)) }
        }
        struct Kepler: ImplicitFunction {
            func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
        }
        let x = inputs([0.3, 1.2, 7.0])
        XCTAssertEqual(Softplus()(x[2]).dependencies, [2])
        let E = solveRoot(of: Kepler(), near: 1.0, parameters: [x[0], x[1]])
        XCTAssertEqual(E.dependencies, [0, 1])
        XCTAssertEqual(E.value, solveRoot(of: Kepler(), near: 1.0, parameters: [0.3, 1.2]))
    }

    func testSecondOrderStructureIsReadFromEachRule() {
        let x = (0..<3).map { HessianTracer(Double($0) + 0.5, input: $0) }
        func pairs(_ h: HessianTracer<Double>) -> [[Int]] { h.secondOrderPairs.map { [$0.0, $0.1] } }
        XCTAssertEqual(pairs(x[0] * x[1]), [[0, 1]], "xy: cross term only")
        XCTAssertEqual(pairs(x[0] + x[1]), [], "linear")
        XCTAssertEqual(pairs(exp(x[2])), [[2, 2]])
        XCTAssertEqual(pairs(abs(x[2]) - x[0]), [], "|x| has second derivative 0 (almost everywhere)")
        XCTAssertEqual(pairs(x[0] / x[1]), [[0, 1], [1, 1]], "x/y: ∂²/∂x² = 0")
        XCTAssertEqual(pairs(pow(x[0], x[1])), [[0, 0], [0, 1], [1, 1]])
        XCTAssertEqual(pairs(pow(x[1], 1)), [])
        XCTAssertEqual(pairs(pow(x[1], 3)), [[1, 1]])
        XCTAssertEqual(pairs(sin(x[0] + x[2])), [[0, 0], [0, 2], [2, 2]])
        XCTAssertEqual(pairs(max(x[0], x[1])), [], "piecewise linear")
        XCTAssertEqual((x[0] * x[1]).dependencies, [0, 1])
        // A user's rule: its derivative expression tells.
        struct Cube: DifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T) -> T { x * x * x }
            func derivative<S: ADScalar>(at x: S, value: S) -> S { 3 * x * x }
        }
        struct Shift: DifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T) -> T { x + 1 }
            func derivative<S: ADScalar>(at x: S, value: S) -> S { 1 }
        }
        XCTAssertEqual(pairs(Cube()(x[1])), [[1, 1]])
        XCTAssertEqual(pairs(Shift()(x[1])), [])
    }
}
