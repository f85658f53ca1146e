import XCTest
import Foundation
import DualAD

/// Roots and fixed points, differentiated by the implicit function theorem in every mode,
/// against closed forms and mpmath; the iterations are not differentiated.
final class ImplicitFunctionTests: XCTestCase {
    // mpmath 1.3, mp.dps = 40: E(0.3, 1.2) by findroot, its gradient and Hessian by diff.
    let keplerE = 1.499232112288277504275473899420
    let keplerGradient = [1.019305437608954835977560340560, 1.021921173313409509284933926450]
    let keplerHessian = [[-0.1687500079368842275246871238672, -0.2438554237383916122585217184557],
                         [-0.2438554237383916122585217184557, -0.3193451984267767805670838033197]]

    func testKeplerValueGradientAndHessianInEveryMode() {
        XCTAssertEqual(EccentricAnomaly()([0.3, 1.2]), keplerE, accuracy: 4e-16)
        for strategy in [Strategy.forward, .chunked(2), .reverse] {
            assertClose(gradient(of: EccentricAnomaly(), at: [0.3, 1.2], strategy: strategy), keplerGradient,
                        tolerance: 4e-16, "\(strategy)")
            assertClose(hessian(of: EccentricAnomaly(), at: [0.3, 1.2], strategy: strategy),
                        Matrix(keplerHessian), tolerance: 2e-15, "\(strategy)")
        }
        // Closed forms at the computed root: ∂E/∂M = 1/(1 − e cos E), ∂²E/∂M² = −e sin E/(1 − e cos E)³.
        let E = keplerE, D = 1 - 0.3 * Foundation.cos(E)
        XCTAssertEqual(keplerGradient[1], 1 / D, accuracy: 1e-15)
        XCTAssertEqual(keplerHessian[1][1], -0.3 * Foundation.sin(E) / (D * D * D), accuracy: 1e-15)
    }

    func testFloatAndThirdOrder() {
        let dE: Float = derivative(at: Float(1.2)) { M in solveRoot(of: Kepler(), near: 1.0, parameters: [Dual(0.3), M]) }
        XCTAssertEqual(dE, Float(keplerGradient[1]), accuracy: 2e-7)
        // ∂³E/∂M³ by nesting three levels, against Richardson differences of the mpmath-checked
        // second derivative's closed form.
        let third = derivative(at: 1.2) { M in derivative(at: M) { M2 in derivative(at: M2) { M3 in
            solveRoot(of: Kepler(), near: 1.0, parameters: [Dual(Dual(Dual(0.3))), M3])
        } } }
        let reference = richardsonDerivative(at: 1.2) { M -> Double in
            let E = solveRoot(of: Kepler(), near: 1.0, parameters: [0.3, M]), D = 1 - 0.3 * Foundation.cos(E)
            return -0.3 * Foundation.sin(E) / (D * D * D)
        }
        XCTAssertEqual(third, reference, accuracy: 1e-9)
    }

    func testTheDerivativeCostsOneEvaluationAndOneSweepNotTheIterations() {
        let g = CountingKepler()
        _ = solveRoot(of: g, near: 1.0, parameters: [0.3, 1.2])
        let primal = g.evaluations
        g.evaluations = [:]
        _ = derivative(at: 1.2) { M in solveRoot(of: g, near: 1.0, parameters: [Dual(0.3), M]) }
        // The same Newton solve as the primal call, plus one evaluation of g on the caller's
        // Dual<Double> (for ∂g/∂p) and one forward sweep on Dual<Double> (for ∂g/∂x).
        XCTAssertEqual(g.evaluations["Double"], primal["Double"])
        XCTAssertEqual(g.evaluations["Dual<Double>"], primal["Dual<Double>"]! + 2, "\(primal) vs \(g.evaluations)")
        XCTAssertGreaterThanOrEqual(primal["Dual<Double>"]!, 3, "Newton took several iterations")
    }

    func testSystemInEveryMode() {
        let (r, m) = (2.0, 0.75)
        let s = (1 + m * m).squareRoot()
        let value = Intersection()([r, m])
        assertClose(value, [r / s, m * r / s], tolerance: 4e-16)
        // ∂x/∂r = 1/s, ∂x/∂m = −r m/s³; ∂y/∂r = m/s, ∂y/∂m = r/s³.
        let expected = Matrix([[1 / s, -r * m / (s * s * s)], [m / s, r / (s * s * s)]])
        for strategy in [Strategy.forward, .chunked(2), .reverse] {
            assertClose(jacobian(of: Intersection(), at: [r, m], strategy: strategy), expected, tolerance: 1e-15, "\(strategy)")
        }
        // A second derivative by nesting: ∂²x/∂m² = r(2m² − 1)/s⁵.
        let xmm = derivative(at: m) { mm in derivative(at: mm) { m3 in
            solveRoot(of: CircleAndLine(), near: [1.0, 1.0], parameters: [Dual(Dual(r)), m3])[0]
        } }
        XCTAssertEqual(xmm, r * (2 * m * m - 1) / Foundation.pow(s, 5), accuracy: 1e-14)
    }

    func testFixedPoint() {
        // x = a cos x + b; ∂x/∂b = 1/(1 + a sin x), ∂x/∂a = cos x/(1 + a sin x).
        let p = [0.5, 0.2]
        struct FixedPoint: ScalarFunction {
            func callAsFunction<S: ADScalar>(_ p: [S]) -> S { solveFixedPoint(of: CosineMap(), near: [0.0], parameters: p)[0] }
        }
        let x = FixedPoint()(p)
        XCTAssertEqual(x, 0.5 * Foundation.cos(x) + 0.2, accuracy: 1e-16)
        let d = 1 + 0.5 * Foundation.sin(x)
        for strategy in [Strategy.forward, .reverse] {
            assertClose(gradient(of: FixedPoint(), at: p, strategy: strategy), [Foundation.cos(x) / d, 1 / d], tolerance: 1e-15, "\(strategy)")
        }
    }

    func testBracketingWhenNewtonFails() {
        // atan x = p from x₀ = 3: Newton's method overshoots and diverges for |x₀| > 1.39;
        // the fall-back brackets the sign change and bisects. ∂x/∂p = 1 + x².
        struct Arctangent: ImplicitFunction {
            func callAsFunction<S: ADScalar>(_ x: S, parameters p: [S]) -> S { atan(x) - p[0] }
        }
        let x = solveRoot(of: Arctangent(), near: 3.0, parameters: [0.5])
        XCTAssertEqual(x, Foundation.tan(0.5), accuracy: 2e-16)
        let dx = derivative(at: 0.5) { p in solveRoot(of: Arctangent(), near: 3.0, parameters: [p]) }
        XCTAssertEqual(dx, 1 + x * x, accuracy: 1e-15)
    }

    func testNoParametersGiveAPlainRoot() {
        struct Cubic: ImplicitFunction {
            func callAsFunction<S: ADScalar>(_ x: S, parameters p: [S]) -> S { x * x * x - 2 }
        }
        XCTAssertEqual(solveRoot(of: Cubic(), near: 1.0, parameters: [Double]()), Foundation.cbrt(2.0), accuracy: 4e-16)
    }
}
