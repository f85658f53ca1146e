import XCTest
import Foundation
import DualAD

// Float points, nested derivatives and outer values inside inner closures, as users write
// them.

final class FloatAndNestingTests: XCTestCase {
    func testFloatDerivativeAndGradientClosures() {
        XCTAssertEqual(derivative(at: Float(2)) { x in x * x + 3 * x - 1 }, 7)
        XCTAssertEqual(gradient(at: [Float(1), 2, 3]) { x in 3 * x[0] * x[0] - 2 * x[0] * x[1] + 0.5 * x[1] * x[1] + 4 * x[2] }, [2, 0, 4])
        let p: [Float] = [1, 2]
        let J = jacobian(at: p) { x in [x[0] * x[1], 2 * x[0] - 1] }
        XCTAssertEqual(J[0, 0], 2)
        XCTAssertEqual(J[1, 0], 2)
        XCTAssertEqual(J[1, 1], 0)
    }

    func testFloatHessianClosure() {
        let H = hessian(at: [Float(1), 2]) { x in x[0] * x[0] * x[1] }
        XCTAssertEqual(H[0, 0], 4)
        XCTAssertEqual(H[0, 1], 2)
        XCTAssertEqual(H[1, 1], 0)
    }

    func testOuterValueInsideAnInnerClosureIsAConstantOfTheInnerLevel() {
        // d/dx [x · d/dy (x + y) at y = 1] = d/dx [x · 1] = 1 (Siskind & Pearlmutter).
        let d = derivative(at: 1.0) { x in x * derivative(at: Dual(1.0)) { y in x + y } }
        XCTAssertEqual(d, 1)
        // d/dx [d/dy (x·y²) at y = 2] = d/dx [4x] = 4.
        let e = derivative(at: 3.0) { x in derivative(at: Dual(2.0)) { y in x * y * y } }
        XCTAssertEqual(e, 4)
    }

    func testThirdDerivativeWithLiterals() {
        // f = 2x⁴ − x³ + 5: f‴ = 48x − 6 = 66 at x = 1.5.
        let d3 = derivative(at: 1.5) { x in derivative(at: x) { y in derivative(at: y) { z in 2 * pow(z, 4) - z * z * z + 5 } } }
        XCTAssertEqual(d3, 66)
    }

    func testGradientInsideADerivative() {
        // d/dt ∂/∂x₀ (x₀² t + x₁) at x = (t, 1): ∂/∂x₀ = 2x₀t = 2t², derivative 4t = 2 at t = 0.5.
        let d = derivative(at: 0.5) { t in
            gradient(at: [t, Dual(1.0)]) { x in x[0] * x[0] * t + x[1] }[0]
        }
        XCTAssertEqual(d, 2)
    }
}
