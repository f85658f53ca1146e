import XCTest
import DualAD

/// A user's rule is read by every mode, at every nesting level; its value's implementation is
/// never differentiated. References: mpmath at 40 digits (W), closed forms (LogAddExp) and the
/// built-in `exp`, bit for bit.
final class CustomRuleTests: XCTestCase {
    let W = LambertW()
    // mpmath 1.3, mp.dps = 40: lambertw(1) and diff(lambertw, 1, n).
    let omega = 0.5671432904097838729999686622103555497538
    let w1 = 0.3618962566348892214775926144797925513467
    let w2 = -0.2145406462821437058451995835891022262876
    let w3 = 0.2736685242816013725709730377733722679998

    func testLambertWValueAndDerivativesByNesting() {
        XCTAssertEqual(W(1.0), omega, accuracy: 2e-16)
        XCTAssertEqual(derivative(at: 1.0) { x in W(x) }, w1, accuracy: 1e-16)
        XCTAssertEqual(derivative(at: 1.0) { x in derivative(at: x) { W($0) } }, w2, accuracy: 2e-16)
        let third = derivative(at: 1.0) { x in derivative(at: x) { y in derivative(at: y) { W($0) } } }
        XCTAssertEqual(third, w3, accuracy: 1e-15)
    }

    func testEveryModeReadsTheRule() {
        struct Model: ScalarFunction {
            func callAsFunction<S: ADScalar>(_ x: [S]) -> S { LambertW()(x[0] * x[1]) + x[1] * LambertW()(x[0]) }
        }
        let x = [1.3, 0.7]
        // Closed form: W′(t) = W(t)/(t(1 + W(t))).
        func wPrime(_ t: Double) -> Double { let w = W(t); return w / (t * (1 + w)) }
        let expected = [x[1] * wPrime(x[0] * x[1]) + x[1] * wPrime(x[0]), x[0] * wPrime(x[0] * x[1]) + W(x[0])]
        for strategy in [Strategy.forward, .chunked(2), .reverse] {
            assertClose(gradient(of: Model(), at: x, strategy: strategy), expected, tolerance: 1e-15, "\(strategy)")
        }
        // The Hessian by forward-over-forward, chunked and reverse agree with each other and
        // with differences of the closed-form gradient.
        let hf = hessian(of: Model(), at: x, strategy: .forward)
        for strategy in [Strategy.chunked(2), .reverse] {
            assertClose(hessian(of: Model(), at: x, strategy: strategy), hf, tolerance: 1e-14, "\(strategy)")
        }
        let h01 = richardsonDerivative(at: x[1]) { y in y * wPrime(x[0] * y) + y * wPrime(x[0]) }
        XCTAssertEqual(hf[0, 1], h01, accuracy: 1e-9)
    }

    func testDualVectorAppliesTheRuleElementwise() {
        let v = DualVector(value: [0.5, 1.0, 2.0], tangent: [1.0, 2.0, 3.0])
        let y = W(v)
        for i in 0..<3 {
            let t = v.value[i], w = W(t)
            XCTAssertEqual(y.value[i], w)
            XCTAssertEqual(y.tangent[i], w / (t * (1 + w)) * v.tangent[i], accuracy: 1e-16)
        }
    }

    func testAUserRuleMatchesTheBuiltInBitForBitInEveryMode() {
        let e = UserExp()
        struct WithBuiltIn: ScalarFunction {
            func callAsFunction<S: ADScalar>(_ x: [S]) -> S { exp(x[0] * x[1]) * x[0] - exp(x[1]) }
        }
        struct WithUserRule: ScalarFunction {
            func callAsFunction<S: ADScalar>(_ x: [S]) -> S { UserExp()(x[0] * x[1]) * x[0] - UserExp()(x[1]) }
        }
        let x = [0.3, -1.1]
        for strategy in [Strategy.forward, .chunked(2), .reverse] {
            XCTAssertEqual(gradient(of: WithUserRule(), at: x, strategy: strategy),
                           gradient(of: WithBuiltIn(), at: x, strategy: strategy), "\(strategy)")
            XCTAssertEqual(hessian(of: WithUserRule(), at: x, strategy: strategy).storage,
                           hessian(of: WithBuiltIn(), at: x, strategy: strategy).storage, "\(strategy)")
        }
        XCTAssertEqual(e(Float(0.5)), Foundation.exp(Float(0.5)))
        XCTAssertEqual(derivative(at: Float(0.5)) { e($0) }, Foundation.exp(Float(0.5)))
    }

    func testBinaryRuleInEveryMode() {
        let f = LogAddExp()
        struct Model: ScalarFunction {
            func callAsFunction<S: ADScalar>(_ x: [S]) -> S { LogAddExp()(x[0], 2 * x[1]) }
        }
        let x = [0.4, -0.3]
        let v = Foundation.log(Foundation.exp(0.4) + Foundation.exp(-0.6))
        let expected = [Foundation.exp(0.4 - v), 2 * Foundation.exp(-0.6 - v)]
        XCTAssertEqual(f(0.4, -0.6), v, accuracy: 2e-16)
        for strategy in [Strategy.forward, .chunked(2), .reverse] {
            assertClose(gradient(of: Model(), at: x, strategy: strategy), expected, tolerance: 1e-15, "\(strategy)")
        }
        // Second derivatives: ∂²/∂x² = σ(1 − σ) with σ = e^{x−v}.
        let s = expected[0]
        XCTAssertEqual(hessian(of: Model(), at: x, strategy: .forward)[0, 0], s * (1 - s), accuracy: 1e-15)
        XCTAssertEqual(hessian(of: Model(), at: x, strategy: .reverse)[0, 0], s * (1 - s), accuracy: 1e-15)
        // A constant operand contributes nothing (Tracked: no entry for it).
        XCTAssertEqual(derivative(at: 0.4) { f($0, Dual(-0.6)) }, s, accuracy: 2e-16)
    }
}
