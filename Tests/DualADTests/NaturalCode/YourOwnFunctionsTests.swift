import XCTest
import Foundation
import DualAD

/// Users' rules and implicit functions as a hurried user writes them: in closures, beside
/// literals, captured data and array literals of parameters. Compiled under the type-check gate.
final class YourOwnFunctionsTests: XCTestCase {
    let W = LambertW()

    func wPrime(_ t: Double) -> Double { let w = W(t); return w / (t * (1 + w)) }

    func testRulesInClosuresWithLiterals() {
        let W = self.W
        let d = derivative(at: 2.0) { x in 3 * W(x) + x * x - 1 }
        XCTAssertEqual(d, 3 * wPrime(2) + 4, accuracy: 1e-15)
        let g = gradient(at: [1.0, 2.0]) { x in W(x[0] * x[1]) + 2 * x[1] }
        assertClose(g, [2 * wPrime(2), wPrime(2) + 2], tolerance: 1e-15)
        let J = jacobian(at: [0.5, 1.5]) { x in [W(x[0]) * x[1], exp(W(x[1])) - 0.5] }
        XCTAssertEqual(J[0, 0], wPrime(0.5) * 1.5, accuracy: 1e-15)
        XCTAssertEqual(J[1, 1], Foundation.exp(W(1.5)) * wPrime(1.5), accuracy: 1e-15)
    }

    func testCapturedDataAndABinaryRule() {
        let xs: [Double] = [0.1, 0.7, 1.9], scale = 2.0
        let softmaxish = gradient(at: [0.2, -0.4]) { p in
            var s: Dual<Double> = 0
            for x in xs { s += LogAddExp()(p[0] * x, p[1] + scale) }
            return s
        }
        var expected = [0.0, 0.0]
        for x in xs {
            let (a, b) = (0.2 * x, -0.4 + scale), v = Foundation.log(Foundation.exp(a) + Foundation.exp(b))
            expected[0] += Foundation.exp(a - v) * x
            expected[1] += Foundation.exp(b - v)
        }
        assertClose(softmaxish, expected, tolerance: 1e-15)
    }

    func testImplicitFunctionsWithArrayLiteralParameters() {
        // Parameters as an array literal mixing a literal and the variable.
        let dM = derivative(at: 1.2) { M in solveRoot(of: Kepler(), near: 1.0, parameters: [0.3, M]) }
        let E = solveRoot(of: Kepler(), near: 1.0, parameters: [0.3, 1.2])
        XCTAssertEqual(dM, 1 / (1 - 0.3 * Foundation.cos(E)), accuracy: 1e-15)
        let g = gradient(at: [0.3, 1.2]) { p in solveRoot(of: Kepler(), near: 1.0, parameters: [p[0], p[1]]) * 2 + p[0] }
        XCTAssertEqual(g[0], 2 * Foundation.sin(E) / (1 - 0.3 * Foundation.cos(E)) + 1, accuracy: 1e-15)
        let M: [Double] = [0.5, 1.0, 1.5]
        let total = derivative(at: 0.3) { e in
            var s: Dual<Double> = 0
            for m in M { s += solveRoot(of: Kepler(), near: 1.0, parameters: [e, Dual(m)]) }
            return s
        }
        var expected = 0.0
        for m in M {
            let Em = solveRoot(of: Kepler(), near: 1.0, parameters: [0.3, m])
            expected += Foundation.sin(Em) / (1 - 0.3 * Foundation.cos(Em))
        }
        XCTAssertEqual(total, expected, accuracy: 1e-14)
    }

    func testAGenericHelperCallingARule() {
        func model<S: ADScalar>(_ x: S) -> S { LambertW()(x * x + 1) / 2 }
        XCTAssertEqual(derivative(at: 0.5) { model($0) }, wPrime(1.25) * 0.5, accuracy: 1e-15)
        XCTAssertEqual(model(0.5), W(1.25) / 2)
    }
}
