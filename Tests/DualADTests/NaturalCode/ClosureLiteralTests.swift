import XCTest
import Foundation
import DualAD

// Closures as a hurried user writes them: literals mixed with x[i], one line or several,
// array-literal results, no type annotation. Every snippet is compiled under CI's 200 ms
// type-check gate and checked against a value derived by hand.

final class ClosureLiteralTests: XCTestCase {
    func testNewtonSystemJacobianWithLiterals() {
        let J = jacobian(at: [1.0, -1.7]) { x in [x[0] * x[0] + x[1] * x[1] - 4, exp(x[0]) + x[1] - 1] }
        assertClose(J, Matrix([[2.0, -3.4], [Foundation.exp(1.0), 1]]), tolerance: 1e-15)
    }

    func testMultiStatementJacobianReturningAnArrayLiteral() {
        let J2 = jacobian(at: [1.0, 2.0, 0.5]) { x in
            let a = x[0] * x[1] + sin(x[2])
            let b = exp(x[0]) - x[1] * x[2]
            return [a, b]
        }
        let e = Foundation.exp(1.0)
        assertClose(J2, Matrix([[2.0, 1.0, Foundation.cos(0.5)], [e, -0.5, -2.0]]), tolerance: 1e-15)
    }

    func testQuadraticGradientWithIntegerAndFloatLiterals() {
        let g = gradient(at: [1.0, 2.0, 3.0]) { x in
            3 * x[0] * x[0] - 2 * x[0] * x[1] + 0.5 * x[1] * x[1] + 4 * x[2] - 1.5 * x[0] * x[2]
        }
        XCTAssertEqual(g, [-2.5, 0, 2.5])
    }

    func testAnnotatedLocalInAGradientClosure() {
        let g = gradient(at: [1.0, 2.0, 3.0]) { x in
            let s: Dual<Double> = 3 * x[0] * x[0] - 2 * x[0] * x[1] + 0.5 * x[1] * x[1] + 4 * x[2]
            return s
        }
        XCTAssertEqual(g, [2, 0, 4])
    }

    func testHessianOfAQuadraticWithLiterals() {
        let H = hessian(at: [1.0, 2.0, 3.0]) { x in
            3 * x[0] * x[0] - 2 * x[0] * x[1] + 0.5 * x[1] * x[1] + 4 * x[2] - 1.5 * x[0] * x[2]
        }
        assertClose(H, Matrix([[6.0, -2, -1.5], [-2, 1, 0], [-1.5, 0, 0]]), tolerance: 0)
    }

    func testValueWithGradientAndDerivativeClosures() {
        let vg = valueWithGradient(at: [2.0, 3.0]) { x in x[0] * x[0] * x[1] - 1 }
        XCTAssertEqual(vg.value, 11)
        XCTAssertEqual(vg.gradient, [12, 4])
        let vd = valueWithDerivative(at: 0.5) { x in 2 * x * x - 3 * x + 1 }
        XCTAssertEqual(vd.value, 0)
        XCTAssertEqual(vd.derivative, -1)
    }

    func testValueWithJacobianAndJVPWithLiterals() {
        let vj = valueWithJacobian(at: [1.0, 2.0]) { x in [2 * x[0] + 1, x[0] * x[1] - 0.5] }
        XCTAssertEqual(vj.value, [3, 1.5])
        assertClose(vj.jacobian, Matrix([[2.0, 0], [2, 1]]), tolerance: 0)
        let t = jvp(at: [1.0, 2.0], along: [0.5, -1.0]) { x in [x[0] * x[0] + 3, 4 * x[1]] }
        XCTAssertEqual(t.value, [4, 8])
        XCTAssertEqual(t.tangent, [1, -4])
    }

    func testHessianVectorProductWithLiterals() {
        // f = x₀²x₁ + 2x₁²: ∇²f = [[2x₁, 2x₀], [2x₀, 4]] at (1, 3) is [[6, 2], [2, 4]].
        let hv = hessianVectorProduct(at: [1.0, 3.0], along: [1.0, 1.0]) { x in x[0] * x[0] * x[1] + 2 * x[1] * x[1] }
        XCTAssertEqual(hv, [8, 6])
    }

    func testThirteenTermPolynomialInADerivativeClosure() {
        let d = derivative(at: 0.5) { x in
            1.5 + 2.25 * x - 0.5 * x * x + 3.75 * x * x * x - 1.125 * pow(x, 4) + 0.25 * pow(x, 5) - 2 * pow(x, 6) + 0.75 * pow(x, 7) - 1.5 * pow(x, 8) + 0.125 * pow(x, 9) - 3 * pow(x, 10) + 0.0625 * pow(x, 11) + 4.5 * pow(x, 12)
        }
        let c: [Double] = [1.5, 2.25, -0.5, 3.75, -1.125, 0.25, -2, 0.75, -1.5, 0.125, -3, 0.0625, 4.5]
        var exact = 0.0
        for k in 1..<c.count { exact += Double(k) * c[k] * Foundation.pow(0.5, Double(k - 1)) }
        XCTAssertEqual(d, exact, accuracy: 1e-13)
    }

    func testJacobianClosuresReturningMappedAndAppendedArrays() {
        let n = 3
        let J = jacobian(at: [1.0, 2.0, 0.5]) { x in (0..<n).map { i in x[i] * x[i] - 1 } }
        assertClose(J, Matrix([[2.0, 0, 0], [0, 4, 0], [0, 0, 1]]), tolerance: 0)
        let J2 = jacobian(at: [1.0, 2.0]) { x in
            var out: [Dual<Double>] = []
            out.append(x[0] * x[1])
            out.append(3 * x[1])
            return out
        }
        assertClose(J2, Matrix([[2.0, 1], [0, 3]]), tolerance: 0)
        let J3 = jacobian(at: [1.0, 2.0]) { x in x.map { 2 * $0 * $0 } }
        assertClose(J3, Matrix([[4.0, 0], [0, 8]]), tolerance: 0)
    }

    func testVectorLevelClosureWithConstantMatrixAndLiteralOffset() {
        let W = Matrix([[1.0, 2.0], [3.0, 4.0]])
        let b = [0.5, -0.5]
        let J = jacobian(at: [0.1, 0.2]) { x in tanh(W * x + b) }
        let z = [0.1 * 1 + 0.2 * 2 + 0.5, 0.1 * 3 + 0.2 * 4 - 0.5]
        let d = z.map { 1 - Foundation.tanh($0) * Foundation.tanh($0) }
        assertClose(J, Matrix([[d[0] * 1, d[0] * 2], [d[1] * 3, d[1] * 4]]), tolerance: 1e-15)
    }

    func testDerivativeClosureCallingSeveralFreeFunctions() {
        let d = derivative(at: 1.0) { x in exp(2 * x) + log(x + 1) - sqrt(x) / 2 }
        let exact = 2 * Foundation.exp(2.0) + 0.5 - 0.25   // (√x/2)′ = 1/(4√x)
        XCTAssertEqual(d, exact, accuracy: 1e-14)
    }

    func testTrailingDollarSignClosures() {
        XCTAssertEqual(derivative(at: 3.0) { $0 * $0 - 2 * $0 }, 4)
        XCTAssertEqual(gradient(at: [1.0, 2.0]) { $0[0] * $0[1] + 1 }, [2, 1])
    }
}
