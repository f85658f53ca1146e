import XCTest
import Foundation
import DualAD

/// A function written once, generic over the scalar type, used across precisions and modes.
func bumpyFunction<S: ADScalar>(_ x: S) -> S {
    let a = x * x + sin(3 * x)
    let b = exp(-x / 2) * tanh(x) + pow(x - 1, 3)
    return a * b / (1 + x * x) + sqrt(1 + x * x) - atan2(x, 2 + x * x)
}

final class DerivativeTests: XCTestCase {
    func testAPIScalarCallsGiveTheStatedNumbers() {
        let d = derivative(at: 2.0) { x in x * x + sin(x) }
        XCTAssertEqual(d, 4 + Foundation.cos(2.0))
        let vd = valueWithDerivative(at: 2.0) { x in exp(x) / x }
        XCTAssertEqual(vd.value, Foundation.exp(2.0) / 2, accuracy: 1e-15)
        XCTAssertEqual(vd.derivative, Foundation.exp(2.0) / 4, accuracy: 1e-15)
        let d2 = derivative(at: 2.0) { x in derivative(at: x) { y in y * y * y } }
        XCTAssertEqual(d2, 12)
    }

    func testThirdDerivativeByNesting() {
        // f = x⁵ → f‴ = 60x²; at x = 1.5: 135.
        let d3 = derivative(at: 1.5) { x in derivative(at: x) { y in derivative(at: y) { z in z * z * z * z * z } } }
        XCTAssertEqual(d3, 135, accuracy: 1e-12)
        // sin‴ = −cos
        let s3 = derivative(at: 0.4) { x in derivative(at: x) { y in derivative(at: y) { sin($0) } } }
        XCTAssertEqual(s3, -Foundation.cos(0.4), accuracy: 1e-15)
    }

    func testNestedDerivativeDoesNotConfusePerturbations() {
        // Siskind & Pearlmutter: d/dx [ x · d/dy (x + y) |y=1 ] at x = 1 is 1; a tagless
        // implementation that mixes the two ε gets 2.
        let result = derivative(at: 1.0) { x in
            x * derivative(at: Dual(1.0)) { y in Dual(x) + y }
        }
        XCTAssertEqual(result, 1)
        // A variant where the inner derivative depends on x: d/dx [ x · d/dy (x·y) ] = 2x.
        let variant = derivative(at: 3.0) { x in
            x * derivative(at: Dual(1.0)) { y in Dual(x) * y }
        }
        XCTAssertEqual(variant, 6)
    }

    func testOneGenericFunctionAgreesAcrossScalarTypes() {
        let x = 0.8
        let primal = bumpyFunction(x)
        XCTAssertEqual(Double(bumpyFunction(Float(x))), primal, accuracy: 1e-5)
        XCTAssertEqual(bumpyFunction(Dual(x, tangent: 1)).value, primal)
        let nested = bumpyFunction(Dual(Dual(x, tangent: 1), tangent: Dual(1, tangent: 0)))
        XCTAssertEqual(nested.value.value, primal)
        let first = derivative(at: x) { bumpyFunction($0) }
        XCTAssertEqual(nested.value.tangent, first)
        XCTAssertEqual(nested.tangent.value, first)
        let reference = richardsonDerivative(at: Wide(x)) { bumpyFunction($0) }
        XCTAssertEqual(first, Double(reference), accuracy: 1e-11 * Swift.abs(first))
        let second = derivative(at: x) { u in derivative(at: u) { bumpyFunction($0) } }
        XCTAssertEqual(nested.tangent.tangent, second)
        let reference2 = richardsonDerivative(at: Wide(x)) { derivative(at: $0) { bumpyFunction($0) } }
        XCTAssertEqual(second, Double(reference2), accuracy: 1e-9 * Swift.abs(second))
        let firstFloat = derivative(at: Float(x)) { bumpyFunction($0) }
        XCTAssertEqual(Double(firstFloat), first, accuracy: 1e-4 * Swift.abs(first))
    }

    func testDriversRethrow() {
        struct Stop: Error {}
        XCTAssertThrowsError(try derivative(at: 1.0) { _ in throw Stop() })
        XCTAssertThrowsError(try valueWithDerivative(at: 1.0) { _ in throw Stop() })
    }
}
