import XCTest
import Foundation
import DualAD

/// The documented conventions at kinks and domain edges (README, "Kinks and domains";
/// the header of `Forward/RuleTable.swift`), one test each.
final class KinksAndDomainsTests: XCTestCase {
    func testAbsDerivativeAtZeroIsPlusOne() {
        XCTAssertEqual(derivative(at: 0.0) { abs($0) }, 1)
        XCTAssertEqual(derivative(at: -0.0) { abs($0) }, 1)
        XCTAssertEqual(derivative(at: -3.0) { abs($0) }, -1)
        XCTAssertEqual(abs(-0.0 as Double).sign, .plus)
    }

    func testReluDerivativeAtZeroIsZero() {
        XCTAssertEqual(derivative(at: 0.0) { relu($0) }, 0)
        XCTAssertEqual(derivative(at: 1e-300) { relu($0) }, 1)
        XCTAssertEqual(relu(-2.0), 0)
        XCTAssertTrue(relu(Double.nan).isNaN)
    }

    func testMaxAndMinSplitTheTangentAtTies() {
        XCTAssertEqual(derivative(at: 1.0) { x in max(x, Dual(1.0)) }, 0.5)
        XCTAssertEqual(derivative(at: 1.0) { x in min(x, Dual(1.0)) }, 0.5)
        XCTAssertEqual(derivative(at: 1.0) { x in max(x, x) }, 1)
        XCTAssertEqual(derivative(at: 2.0) { x in max(x, Dual(1.0)) }, 1)
        XCTAssertEqual(derivative(at: 0.0) { x in max(x, Dual(1.0)) }, 0)
        XCTAssertEqual(derivative(at: 0.0) { x in min(x, Dual(1.0)) }, 1)
    }

    func testMaxAndMinPropagateNaNAndAgreeWithTheStandardLibraryOtherwise() {
        XCTAssertTrue(max(Double.nan, 1.0).isNaN)
        XCTAssertTrue(max(1.0, Double.nan).isNaN)
        XCTAssertTrue(min(1.0, Double.nan).isNaN)
        XCTAssertEqual(max(2.0, -3.0), 2)
        XCTAssertEqual(max(0.0, -0.0).sign, Swift.max(0.0, -0.0).sign)
    }

    func testSqrtDerivativeAtZeroIsPlusInfinity() {
        XCTAssertEqual(derivative(at: 0.0) { sqrt($0) }, .infinity)
        XCTAssertTrue(derivative(at: -1.0) { sqrt($0) }.isNaN)
    }

    func testPowConventionsAtZeroAndNegativeBases() {
        // ∂/∂x of x^y at x = y = 0 is 0; ∂/∂y at x = 0 is 0.
        XCTAssertEqual(derivative(at: 0.0) { x in pow(x, Dual(0.0)) }, 0)
        XCTAssertEqual(derivative(at: 0.0) { y in pow(Dual(0.0), y) }, 0)
        XCTAssertEqual(derivative(at: 0.0) { x in pow(x, Dual(2.0)) }, 0)
        XCTAssertEqual(derivative(at: 0.0) { x in pow(x, Dual(0.5)) }, .infinity)
        // A constant real exponent at a negative base does not poison ∂/∂x.
        XCTAssertEqual(derivative(at: -3.0) { x in pow(x, Dual(2.0)) }, -6)
        XCTAssertEqual(derivative(at: -3.0) { x in pow(x, 3.0) }, 27)
        // Integer exponents: exact at negative bases, derivative 0 for n = 0 even at x = 0.
        XCTAssertEqual(valueWithDerivative(at: -1.2) { pow($0, 3) }.value, Foundation.pow(-1.2, 3.0))
        XCTAssertEqual(derivative(at: 0.0) { pow($0, 0) }, 0)
        XCTAssertEqual(derivative(at: 0.0) { pow($0, 1) }, 1)
        XCTAssertEqual(derivative(at: 0.0) { pow($0, -1) }, -.infinity)
    }

    func testLogOfNegativeIsNaNWithDerivativeOneOverX() {
        let r = valueWithDerivative(at: -2.0) { log($0) }
        XCTAssertTrue(r.value.isNaN)
        XCTAssertEqual(r.derivative, -0.5)
        XCTAssertEqual(valueWithDerivative(at: 0.0) { log($0) }.value, -.infinity)
        XCTAssertEqual(derivative(at: 0.0) { log($0) }, .infinity)
    }

    func testNaNAndInfinityPropagate() {
        for f in UnaryFunction.allCases {
            let r = Dual.evaluate(f, Dual(Double.nan, tangent: 1))
            XCTAssertTrue(r.value.isNaN, "\(f)(NaN)")
            XCTAssertTrue(r.tangent.isNaN || f == .relu || f == .abs || f == .negate, "\(f)′(NaN)")
        }
        XCTAssertEqual(exp(Dual(Double.infinity, tangent: 1)).tangent, .infinity)
        XCTAssertEqual(valueWithDerivative(at: Double.infinity) { tanh($0) }.derivative, 0)
        XCTAssertEqual(valueWithDerivative(at: -Double.infinity) { exp($0) }.value, 0)
        XCTAssertTrue(derivative(at: Double.nan) { $0 * $0 }.isNaN)
    }

    func testTheZeroTimesInfinityTrapOfSqrtOfASquare() {
        // √(x²) = |x|, but its derivative at 0 is (1/(2·0))·(2·0) = ∞·0 = NaN under the chain rule,
        // as in ForwardDiff.jl and JAX. Use abs(x) where a kink at 0 is meant.
        XCTAssertTrue(derivative(at: 0.0) { x in sqrt(x * x) }.isNaN)
        XCTAssertEqual(derivative(at: 0.0) { x in abs(x) }, 1)
    }
}
