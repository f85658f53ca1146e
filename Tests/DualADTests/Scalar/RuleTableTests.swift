import XCTest
import DualAD

/// Every entry of the rule table against independent truths: a hand-written derivative and a
/// Richardson-extrapolated central difference computed in `Float80`, which uses only the primal
/// function. Second derivatives come from nested duals and are checked the same way.
final class RuleTableTests: XCTestCase {
    func testEveryUnaryRuleMatchesAnalyticDerivative() {
        for f in UnaryFunction.allCases {
            for x in samplePoints(f) {
                let d = Dual.evaluate(f, Dual(x, tangent: 1.0))
                XCTAssertEqual(d.value, Double.evaluate(f, x), "\(f)(\(x)) value")
                let expected = analyticDerivative(f, at: x)
                XCTAssertLessThan(relativeDifference(d.tangent, expected), 2e-13,
                                  "\(f)′(\(x)): dual \(d.tangent), analytic \(expected)")
            }
        }
    }

    func testEveryUnaryRuleMatchesRichardsonDifference() {
        for f in UnaryFunction.allCases {
            for x in samplePoints(f) {
                let d = Dual.evaluate(f, Dual(x, tangent: 1.0)).tangent
                let reference = richardsonDerivative(at: Wide(x), initialStep: Wide(safeStep(f, at: x))) {
                    Wide.evaluate(f, $0)
                }
                XCTAssertLessThan(relativeDifference(d, Double(reference)), 1e-10,
                                  "\(f)′(\(x)): dual \(d), Richardson \(reference)")
            }
        }
    }

    func testEveryUnaryRuleSecondDerivativeByNesting() {
        for f in UnaryFunction.allCases {
            for x in samplePoints(f) {
                let nested = derivative(at: x) { u in derivative(at: u) { v in Dual.evaluate(f, v) } }
                let expected = analyticSecondDerivative(f, at: x)
                XCTAssertLessThan(relativeDifference(nested, expected), 1e-12,
                                  "\(f)″(\(x)): nested \(nested), analytic \(expected)")
                // And against a difference of the (Float80) first derivative.
                let reference = richardsonDerivative(at: Wide(x), initialStep: Wide(safeStep(f, at: x))) {
                    Dual.evaluate(f, Dual($0, tangent: 1)).tangent
                }
                XCTAssertLessThan(relativeDifference(nested, Double(reference)), 1e-9,
                                  "\(f)″(\(x)): nested \(nested), Richardson \(reference)")
            }
        }
    }

    func testEveryBinaryRuleMatchesRichardsonDifferenceInEachArgument() {
        let points: [(Double, Double)] = [(0.7, 1.3), (2.5, -0.4), (1.9, 3.0), (0.3, 0.31), (4, 2)]
        for f in BinaryFunction.allCases {
            for (x, y) in points {
                let dx = Dual.evaluate(f, Dual(x, tangent: 1), Dual(y)).tangent
                let dy = Dual.evaluate(f, Dual(x), Dual(y, tangent: 1)).tangent
                let h = Wide(0.05)
                let refX = richardsonDerivative(at: Wide(x), initialStep: h) { Wide.evaluate(f, $0, Wide(y)) }
                let refY = richardsonDerivative(at: Wide(y), initialStep: h) { Wide.evaluate(f, Wide(x), $0) }
                XCTAssertLessThan(relativeDifference(dx, Double(refX)), 1e-10, "∂\(f)/∂x at (\(x), \(y)): \(dx) vs \(refX)")
                XCTAssertLessThan(relativeDifference(dy, Double(refY)), 1e-10, "∂\(f)/∂y at (\(x), \(y)): \(dy) vs \(refY)")
            }
        }
    }

    func testBinaryRulesMatchAnalyticPartials() {
        let (x, y) = (1.7, 0.6)
        func partials(_ f: BinaryFunction) -> (Double, Double) {
            (Dual.evaluate(f, Dual(x, tangent: 1), Dual(y)).tangent,
             Dual.evaluate(f, Dual(x), Dual(y, tangent: 1)).tangent)
        }
        let r2 = x * x + y * y
        let expected: [BinaryFunction: (Double, Double)] = [
            .add: (1, 1), .subtract: (1, -1), .multiply: (y, x), .divide: (1 / y, -x / (y * y)),
            .pow: (y * Foundation.pow(x, y - 1), Foundation.pow(x, y) * Foundation.log(x)),
            .atan2: (y / r2, -x / r2), .hypot: (x / r2.squareRoot(), y / r2.squareRoot()),
            .max: (1, 0), .min: (0, 1),
        ]
        for f in BinaryFunction.allCases {
            let (dx, dy) = partials(f)
            let (ex, ey) = expected[f]!
            XCTAssertLessThan(relativeDifference(dx, ex), 1e-15, "∂\(f)/∂x")
            XCTAssertLessThan(relativeDifference(dy, ey), 1e-15, "∂\(f)/∂y")
        }
    }

    func testIntegerPowerMatchesAnalyticDerivativeIncludingNegativeBases() {
        for n in -4...6 {
            for x in [-2.5, -1.0, -0.3, 0.7, 3.0] {
                let r = valueWithDerivative(at: x) { pow($0, n) }
                XCTAssertLessThan(relativeDifference(r.value, Foundation.pow(x, Double(n))), 1e-15, "\(x)^\(n)")
                let expected = n == 0 ? 0 : Double(n) * Foundation.pow(x, Double(n - 1))
                XCTAssertLessThan(relativeDifference(r.derivative, expected), 1e-15, "d/dx \(x)^\(n)")
                let second = derivative(at: x) { u in derivative(at: u) { pow($0, n) } }
                let expected2 = Double(n * (n - 1)) * Foundation.pow(x, Double(n - 2))
                XCTAssertLessThan(relativeDifference(second, expected2), 1e-14, "d²/dx² \(x)^\(n)")
            }
        }
    }

    func testRulesOnFloatMatchDoubleToFloatPrecision() {
        checkRulesInLowerPrecision(Float.self, tolerance: 2e-5)
    }

    func checkRulesInLowerPrecision<T: ADScalar & BinaryFloatingPoint>(_: T.Type, tolerance: Double) {
        for f in UnaryFunction.allCases {
            for x in samplePoints(f) where Swift.abs(x) < 100 {
                let low = Dual.evaluate(f, Dual(T(x), tangent: 1)).tangent
                let high = analyticDerivative(f, at: Double(T(x)))
                XCTAssertLessThan(relativeDifference(Double(low), high), tolerance, "\(T.self) \(f)′(\(x))")
            }
        }
    }
}
