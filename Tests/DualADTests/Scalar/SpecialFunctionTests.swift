import XCTest
import Foundation
import DualAD

/// Γ, ln Γ and ψ, which the C library does not differentiate (and has no ψ for), against
/// 40-digit mpmath values (`polygammaReference` in Support/Reference.swift), to third order by
/// nesting: ψ's derivative ψ₁ is computed with generic arithmetic, so nesting it gives ψ₂, ψ₃.
final class SpecialFunctionTests: XCTestCase {
    func testDigammaAndItsDerivativesMatchMpmathToThirdOrder() {
        for (x, (p0, p1, p2, p3)) in polygammaReference {
            XCTAssertLessThan(relativeDifference(digamma(x), p0), 4e-15, "ψ(\(x))")
            XCTAssertLessThan(relativeDifference(derivative(at: x) { digamma($0) }, p1), 4e-15, "ψ₁(\(x))")
            let second = derivative(at: x) { u in derivative(at: u) { digamma($0) } }
            XCTAssertLessThan(relativeDifference(second, p2), 1e-13, "ψ₂(\(x))")
            let third = derivative(at: x) { u in derivative(at: u) { v in derivative(at: v) { digamma($0) } } }
            XCTAssertLessThan(relativeDifference(third, p3), 1e-12, "ψ₃(\(x))")
        }
    }

    func testGammaAndLogGammaDerivativesAreGammaPsiAndPsi() {
        for (x, (p0, p1, _, _)) in polygammaReference {
            let g = Foundation.tgamma(x)
            XCTAssertLessThan(relativeDifference(derivative(at: x) { tgamma($0) }, g * p0), 1e-14, "Γ′(\(x))")
            XCTAssertLessThan(relativeDifference(derivative(at: x) { lgamma($0) }, p0), 4e-15, "(ln|Γ|)′(\(x))")
            let second = derivative(at: x) { u in derivative(at: u) { lgamma($0) } }
            XCTAssertLessThan(relativeDifference(second, p1), 4e-15, "(ln|Γ|)″(\(x))")
        }
    }

    func testGammaFamilyInReverseAndChunkedModesAgreesWithForward() {
        struct LogLikelihood: ScalarFunction {
            // A gamma-distribution log-density in (shape k, rate r) at x = 1.7.
            func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
                p[0] * log(p[1]) + (p[0] - 1) * S(Foundation.log(1.7)) - p[1] * 1.7 - lgamma(p[0])
            }
        }
        let p = [2.5, 0.8]
        let forward = gradient(of: LogLikelihood(), at: p, strategy: .forward)
        // ∂/∂k = ln r + ln x − ψ(k);  ∂/∂r = k/r − x.
        let expected = [Foundation.log(0.8) + Foundation.log(1.7) - polygammaReference[2.5]!.0, 2.5 / 0.8 - 1.7]
        assertClose(forward, expected, tolerance: 1e-14)
        assertClose(gradient(of: LogLikelihood(), at: p, strategy: .reverse), expected, tolerance: 1e-14)
        assertClose(gradient(of: LogLikelihood(), at: p, strategy: .chunked(2)), expected, tolerance: 1e-14)
    }

    func testExp10() {
        XCTAssertEqual(derivative(at: 2.0) { exp10($0) }, 100 * Foundation.log(10.0), accuracy: 1e-12)
    }
}
