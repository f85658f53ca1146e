import XCTest
import Foundation
import DualAD

// Captured data and constants combine with duals without wrapping: `k * x`, `p[1] * ts[i]`,
// `r - ys[i]`, comparisons against a captured limit, in every differentiable type.

final class CapturedDataTests: XCTestCase {
    let ts: [Double] = [0, 1, 2, 3], ys: [Double] = [2.0, 1.2, 0.7, 0.4]

    func testExponentialFitGradientWithCapturedArrays() {
        let ts = self.ts, ys = self.ys
        let fit = gradient(at: [2.0, 0.5]) { p in
            var s: Dual<Double> = 0
            for i in 0..<ts.count {
                let r = p[0] * exp(-p[1] * ts[i]) - ys[i]
                s += r * r
            }
            return s
        }
        // ∂/∂a Σ (a e^{−bt} − y)² = Σ 2r e^{−bt};  ∂/∂b = Σ 2r (−a t e^{−bt}).
        var ga = 0.0, gb = 0.0
        for i in ts.indices {
            let e = Foundation.exp(-0.5 * ts[i]), r = 2 * e - ys[i]
            ga += 2 * r * e
            gb += 2 * r * (-2 * ts[i] * e)
        }
        assertClose(fit, [ga, gb], tolerance: 1e-14)
    }

    func testCapturedConstantTimesDual() {
        let k = 3.0
        XCTAssertEqual(derivative(at: 2.0) { x in k * x * x }, 12)
        XCTAssertEqual(derivative(at: 2.0) { x in x * x * k }, 12)
    }

    func testCapturedConstantOnEitherSideOfEveryOperator() {
        let c = 4.0
        XCTAssertEqual(derivative(at: 2.0) { x in c + x }, 1)
        XCTAssertEqual(derivative(at: 2.0) { x in x - c }, 1)
        XCTAssertEqual(derivative(at: 2.0) { x in c - x }, -1)
        XCTAssertEqual(derivative(at: 2.0) { x in x / c }, 0.25)
        XCTAssertEqual(derivative(at: 2.0) { x in c / x }, -1)
    }

    func testCompoundAssignmentWithCapturedValues() {
        let ys = self.ys
        let g = gradient(at: [1.0, 2.0]) { x in
            var s = x[0] * x[1]
            s += ys[1]
            s -= ys[0]
            s *= 2.0
            s /= ys[0]
            return s
        }
        XCTAssertEqual(g, [2, 1])
    }

    func testComparisonAgainstACapturedLimit() {
        let xs: [Double] = [0.5, 1.5, 2.5]
        let limit = 1.0
        let g = gradient(at: [0.3, -0.2]) { w in
            var loss: Dual<Double> = 0
            for x in xs {
                let pred = w[0] * x + w[1]
                let r = pred > limit ? pred - limit : limit - pred
                loss += r * r / 2
            }
            return loss
        }
        // Every pred (−0.05, 0.25, 0.55) is below the limit: r = 1 − pred, ∂(r²/2)/∂w = −r·(x, 1).
        var expected = [0.0, 0.0]
        for x in xs {
            let r = limit - (0.3 * x - 0.2)
            expected[0] -= r * x
            expected[1] -= r
        }
        assertClose(g, expected, tolerance: 1e-15)
        XCTAssertTrue(Dual(2.0, tangent: 1) > limit)
        XCTAssertTrue(limit <= Dual(1.0, tangent: 1))
        XCTAssertTrue(Dual(1.0, tangent: 5) == limit)
    }

    func testJacobianOfAModelOverCapturedSamples() {
        let ts = self.ts
        let J = jacobian(at: [2.0, 0.5]) { p in ts.map { t in p[0] * exp(-p[1] * t) } }
        for (i, t) in ts.enumerated() {
            let e = Foundation.exp(-0.5 * t)
            XCTAssertEqual(J[i, 0], e, accuracy: 1e-15)
            XCTAssertEqual(J[i, 1], -2 * t * e, accuracy: 1e-15)
        }
    }

    func testPiAsAnImplicitMemberAndAsDoublePi() {
        let dp = derivative(at: 0.25) { x in sin(.pi * x) }
        XCTAssertEqual(dp, Double.pi * Foundation.cos(Double.pi / 4), accuracy: 1e-15)
        let dq = derivative(at: 0.25) { x in Double.pi * x * x }
        XCTAssertEqual(dq, Double.pi / 2, accuracy: 1e-15)
    }

    func testCapturedDoubleInsideAHessianClosure() {
        let k = 2.5
        // f = k·x₀·x₁ + x₁² − k: ∇²f = [[0, k], [k, 2]].
        let H = hessian(at: [1.0, 2.0]) { x in k * x[0] * x[1] + x[1] * x[1] - k }
        assertClose(H, Matrix([[0.0, 2.5], [2.5, 2]]), tolerance: 0)
    }

    func testCapturedFloatWithAFloatPoint() {
        // Float closures go through the generic driver, which type-checks several times more
        // slowly than the Double one (Sources/DualAD/DualAD.docc/TypeChecking.md): the body
        // `k * x * x - x / k` in one closure took 181–221 ms with the trait Numerics, so the
        // two sides are checked in two closures.
        let k: Float = 3
        XCTAssertEqual(derivative(at: Float(2)) { x in k * x * x }, 12)
        XCTAssertEqual(derivative(at: Float(2)) { x in x / k - k }, 1 / k)
    }

    func testConstantsMixWithChunkedAndTrackedValues() {
        let c = ChunkedDual<2, Double>(3.0, seed: 1)
        let y = 2.0 * c - 1.0
        XCTAssertEqual(y.value, 5)
        XCTAssertEqual(y.tangentArray, [0, 2])
        XCTAssertTrue(c < 4.0)
        let tape = Tape<Double>()
        let x = tape.variable(2.0)
        let z = 3.0 * x * x + x / 4.0
        var adjoints: [Double] = []
        tape.backward(from: z, into: &adjoints)
        XCTAssertEqual(adjoints[x.tapeIndex!], 12.25)
    }

    func testPlainDoubleArithmeticStaysDouble() {
        // The concrete mixed operators apply only where an operand is a dual.
        let a = 3.0
        let y = a * 2 + 1
        let e = [1.0, 2.0].map { $0 * 2 + 1 }
        XCTAssertTrue(type(of: y) == Double.self)
        XCTAssertEqual(e, [3, 5])
        // Standard-library shapes that a mixed operator must not fit: (Result, Element) -> Result.
        let xs: [Double] = [1, 2, 3], ws: [Double] = [4, 5, 6]
        let dot = zip(xs, ws).map { $0 * $1 }.reduce(0, +)
        let total = xs.reduce(into: 0.0, +=)
        let products = zip(xs, ws).map(*)
        XCTAssertEqual(dot, 32)
        XCTAssertEqual(total, 6)
        XCTAssertEqual(products, [4, 10, 18])
        let x = Dual(2.0, tangent: 1)
        let w = x * 2 + 1, v = 2 * x - 1.5
        XCTAssertEqual(w.tangent, 2)
        XCTAssertEqual(v.value, 2.5)
    }
}
