import XCTest
import Foundation
import DualAD

struct Cubic: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S { x[0] * x[0] * x[1] + sin(x[1]) * x[2] + exp(x[0] * x[2]) }
    /// The analytic Hessian.
    func hessian(at x: [Double]) -> [[Double]] {
        let e = Foundation.exp(x[0] * x[2])
        return [[2 * x[1] + x[2] * x[2] * e, 2 * x[0], e + x[0] * x[2] * e],
                [2 * x[0], -Foundation.sin(x[1]) * x[2], Foundation.cos(x[1])],
                [e + x[0] * x[2] * e, Foundation.cos(x[1]), x[0] * x[0] * e]]
    }
}

final class JVPAndHessianTests: XCTestCase {
    func testAPIJVPAndHessianExamples() {
        let t = jvp(at: [1.0, 2.0], along: [1.0, 0.0]) { x in [x[0] * x[1], sin(x[0])] }
        XCTAssertEqual(t.value, [2, Foundation.sin(1.0)])
        XCTAssertEqual(t.tangent, [2, Foundation.cos(1.0)])
        let H = hessian(at: [1.0, 2.0]) { x in x[0] * x[0] * x[1] }
        XCTAssertEqual(H, Matrix([[4.0, 2.0], [2.0, 0.0]]))
    }

    func testJVPIsLinearInTheDirection() {
        var rng = SplitMix64(state: 21)
        let net = TwoLayerTanh(w1: rng.matrix(4, 3), b1: rng.vector(4), w2: rng.matrix(2, 4), b2: rng.vector(2))
        let x = rng.vector(3), u = rng.vector(3), v = rng.vector(3)
        let a = 1.5, b = -0.25
        let combined = jvp(of: net, at: x, along: zip(u, v).map { a * $0 + b * $1 }).tangent
        let separate = zip(jvp(of: net, at: x, along: u).tangent, jvp(of: net, at: x, along: v).tangent).map { a * $0 + b * $1 }
        assertClose(combined, separate, tolerance: 1e-14)
    }

    func testHessianMatchesAnalyticAndIsSymmetric() {
        let x = [0.4, -1.1, 0.7]
        let H = hessian(of: Cubic(), at: x)
        assertClose(H, Matrix(Cubic().hessian(at: x)), tolerance: 1e-14)
        XCTAssertEqual(H, H.transposed())
        // A multi-statement closure is type-checked on its own, which keeps long lines fast.
        let closure = hessian(at: x) { v in
            let cubic = v[0] * v[0] * v[1]
            return cubic + sin(v[1]) * v[2] + exp(v[0] * v[2])
        }
        XCTAssertEqual(closure, H)
    }

    func testHessianOfRosenbrockMatchesDifferencesOfTheGradient() {
        let p = [1.2, 0.8, -0.3, 2.0]
        let H = hessian(of: ExtendedRosenbrock(), at: p)
        for j in 0..<4 {
            // Column j by Richardson differences of the analytic gradient, in Float80.
            for i in 0..<4 {
                let reference = richardsonDerivative(at: Wide(p[j])) { t -> Wide in
                    var q = p.map { Wide($0) }
                    q[j] = t
                    return gradientOfRosenbrockWide(q)[i]
                }
                XCTAssertEqual(H[i, j], Double(reference), accuracy: 1e-8 * Swift.max(1, Swift.abs(H[i, j])))
            }
        }
    }

    func testHessianVectorProductEqualsHessianTimesVector() {
        let x = [0.4, -1.1, 0.7], v = [1.0, 2.0, -0.5]
        let hv = hessianVectorProduct(at: x, along: v) { u in
            let cubic = u[0] * u[0] * u[1]
            return cubic + sin(u[1]) * u[2] + exp(u[0] * u[2])
        }
        assertClose(hv, hessian(of: Cubic(), at: x) * v, tolerance: 1e-14)
    }
}

func gradientOfRosenbrockWide(_ p: [Wide]) -> [Wide] {
    (0..<p.count).map { i -> Wide in
        var gi: Wide = 0
        if i + 1 < p.count { gi += -400 * p[i] * (p[i + 1] - p[i] * p[i]) - 2 * (1 - p[i]) }
        if i > 0 { gi += 200 * (p[i] - p[i - 1] * p[i - 1]) }
        return gi
    }
}
