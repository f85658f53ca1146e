import XCTest
import Foundation
import DualAD

// Code written for the standard library's `FloatingPoint` — and Foundation's generic math
// built on it — runs on duals unchanged; each requirement's derivative is checked against its
// definition.

func response<T: FloatingPoint>(_ x: T) -> T { (x * x + 1).squareRoot() * .pi - x.rounded(.down) }

func hypotenuse<T: FloatingPoint>(_ a: T, _ b: T) -> T { sqrt(a * a + b * b) }

func clampedRatio<T: FloatingPoint>(_ x: T, _ y: T) -> T {
    guard !x.isNaN, y.isFinite, !y.isZero else { return .nan }
    let r = x / y
    return r > 1 ? 1 : r
}

final class FloatingPointCodeTests: XCTestCase {
    func testAFloatingPointFunctionDifferentiatesUnchanged() {
        let dr = derivative(at: 1.3) { response($0) }
        XCTAssertEqual(dr, Double.pi * 1.3 / (2.69).squareRoot(), accuracy: 1e-15)
    }

    func testSecondDerivativeOfAFloatingPointFunction() {
        // (π√(x² + 1))″ = π/(x² + 1)^{3/2}; the rounding term contributes nothing.
        let d2 = derivative(at: 1.3) { x in derivative(at: x) { response($0) } }
        XCTAssertEqual(d2, Double.pi / Foundation.pow(2.69, 1.5), accuracy: 1e-14)
    }

    func testFoundationsGenericSqrtOnDuals() {
        let g = gradient(at: [3.0, 4.0]) { v in hypotenuse(v[0], v[1]) }
        assertClose(g, [0.6, 0.8], tolerance: 1e-15)
        XCTAssertEqual(derivative(at: 4.0) { x in sqrt(x) }, 0.25)
    }

    func testRoundingHasDerivativeZero() {
        XCTAssertEqual(derivative(at: 2.7) { x in x - floor(x) }, 1)
        XCTAssertEqual(derivative(at: 2.7) { x in ceil(x) + round(x) + trunc(x) }, 0)
        XCTAssertEqual(derivative(at: -2.5) { x in x.rounded() * x }, -3)
        var y = Dual(2.5, tangent: 1)
        y.round(.toNearestOrEven)
        XCTAssertEqual(y.value, 2)
        XCTAssertEqual(y.tangent, 0)
    }

    func testFusedMultiplyAddKeepsTheFusedValue() {
        let a = 1.0 + Double.ulpOfOne, b = 1.0 - Double.ulpOfOne, c = -1.0
        let fused = Dual(c, tangent: 1).addingProduct(Dual(a, tangent: 2), Dual(b, tangent: 3))
        XCTAssertEqual(fused.value, c.addingProduct(a, b))   // −ε², which a·b + c rounds to 0
        XCTAssertNotEqual(fused.value, a * b + c)
        XCTAssertEqual(fused.tangent, 1 + 2 * b + 3 * a)
        let viaFoundation = derivative(at: 2.0) { x in fma(x, x, 3 * x) }
        XCTAssertEqual(viaFoundation, 7)
    }

    func testRemaindersDifferentiateAsXMinusNY() {
        // 8 = 2·3 + 2 (truncating, n = 2); IEEE remainder: 8 − 3·3 = −1 (n = 3, the nearest).
        let t = gradient(at: [8.0, 3.0]) { v in v[0].truncatingRemainder(dividingBy: v[1]) }
        XCTAssertEqual(t, [1, -2])
        let r = gradient(at: [8.0, 3.0]) { v in v[0].remainder(dividingBy: v[1]) }
        XCTAssertEqual(r, [1, -3])
        XCTAssertEqual(Dual(8.0, tangent: 0).remainder(dividingBy: Dual(3.0)).value, -1)
        XCTAssertEqual(Dual(8.0, tangent: 0).truncatingRemainder(dividingBy: Dual(3.0)).value, 2)
        let viaFoundation = gradient(at: [8.0, 3.0]) { v in remainder(v[0], v[1]) }
        XCTAssertEqual(viaFoundation, [1, -3])
        // The derivative in y against a central difference of the primal remainder.
        let h = 1e-6
        let reference = (8.0.remainder(dividingBy: 3.0 + h) - 8.0.remainder(dividingBy: 3.0 - h)) / (2 * h)
        XCTAssertEqual(r[1], reference, accuracy: 1e-8)
    }

    func testConstantsAndClassificationReadTheValue() {
        let x = Dual(2.0, tangent: 1)
        XCTAssertTrue(Dual<Double>.nan.isNaN)
        XCTAssertTrue(Dual<Double>.infinity.isInfinite)
        XCTAssertEqual(Dual<Double>.pi.value, Double.pi)
        XCTAssertEqual(Dual<Double>.pi.tangent, 0)
        XCTAssertEqual(Dual<Double>.ulpOfOne.value, Double.ulpOfOne)
        XCTAssertEqual(Dual<Double>.greatestFiniteMagnitude.value, Double.greatestFiniteMagnitude)
        XCTAssertEqual(x.ulp.value, 2.0.ulp)
        XCTAssertEqual(x.nextUp.value, 2.0.nextUp)
        XCTAssertEqual(x.nextUp.tangent, 0)
        XCTAssertTrue(x.isFinite && x.isNormal && !x.isZero && !x.isSubnormal)
        XCTAssertEqual(x.sign, .plus)
        XCTAssertEqual(x.exponent, 1)
        XCTAssertTrue(clampedRatio(Dual(1.0, tangent: 1), Dual(0.0)).isNaN)
        XCTAssertEqual(derivative(at: 0.5) { x in clampedRatio(x, 2) }, 0.5)
        XCTAssertEqual(derivative(at: 3.0) { x in clampedRatio(x, 2) }, 0)
    }

    func testSignificandAndExponentCompose() {
        // x = significand · 2^exponent: the significand's derivative is 2^−e.
        let x = Dual(12.0, tangent: 1)
        XCTAssertEqual(x.significand.value, 1.5)
        XCTAssertEqual(x.significand.tangent, 0.125)
        let rebuilt = Dual(sign: .minus, exponent: 3, significand: Dual(1.5, tangent: 1))
        XCTAssertEqual(rebuilt.value, -12)
        XCTAssertEqual(rebuilt.tangent, -8)
        let copied = Dual(signOf: Dual(-1.0), magnitudeOf: Dual(3.0, tangent: 2))
        XCTAssertEqual(copied.value, -3)
        XCTAssertEqual(copied.tangent, -2)
        XCTAssertEqual(Dual(3.0, tangent: 1).magnitude.tangent, 1)
        XCTAssertEqual(Dual(-3.0, tangent: 1).magnitude.tangent, -1)
    }

    func testStridingWithDuals() {
        let a = Dual(1.0, tangent: 1), b = Dual(4.0, tangent: 3)
        XCTAssertEqual(a.distance(to: b).tangent, 2)
        XCTAssertEqual(a.advanced(by: b).value, 5)
    }

    func testFloatingPointCodeRunsOnChunkedAndTrackedValues() {
        let c = response(ChunkedDual<2, Double>(1.3, seed: 0))
        XCTAssertEqual(c.tangentArray[0], Double.pi * 1.3 / (2.69).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(c.tangentArray[1], 0)
        let tape = Tape<Double>()
        let x = tape.variable(1.3)
        let y = tape.node(response(x))
        var adjoints: [Double] = []
        tape.backward(from: y, into: &adjoints)
        XCTAssertEqual(adjoints[x.tapeIndex!], Double.pi * 1.3 / (2.69).squareRoot(), accuracy: 1e-15)
    }
}
