import XCTest
import Foundation
import DualAD

final class DualTests: XCTestCase {
    func testProductAndQuotientRulesOnHandValues() {
        let a = Dual(3.0, tangent: 2.0), b = Dual(-4.0, tangent: 0.5)
        XCTAssertEqual((a * b).value, -12)
        XCTAssertEqual((a * b).tangent, -6.5)   // ẋy + xẏ = 2·(−4) + 3·0.5
        XCTAssertEqual((a / b).value, -0.75)
        XCTAssertEqual((a / b).tangent, (2 - (-0.75) * 0.5) / -4)
        XCTAssertEqual((a + b).tangent, 2.5)
        XCTAssertEqual((a - b).tangent, 1.5)
        XCTAssertEqual((-a).tangent, -2)
        var c = a
        c += b; c -= b; c *= b; c /= b
        XCTAssertEqual(c.value, 3)
        XCTAssertEqual(c.tangent, 2, accuracy: 1e-15)
    }

    func testConstantFactorContributesNoProductRuleTerm() {
        // c·x with x = ∞ and c a plain `Double` (captured data, a typed constant): no ∞·0
        // term from c, on either side.
        let x = Dual(Double.infinity, tangent: 1.0)
        let c = 2.0
        XCTAssertEqual((c * x).tangent, 2)
        XCTAssertEqual((x * c).tangent, 2)
        XCTAssertEqual((x / c).tangent, 0.5)
        XCTAssertEqual((c - x).tangent, -1)
        XCTAssertEqual((Dual(Dual(Double.infinity, tangent: 1.0), tangent: Dual(1.0)) * c).tangent.value, 2)
        // A literal or a wrapped constant is a dual operand: optimized code drops its term
        // (the compiler proves its tangent zero, `isProvablyZero`); unoptimized code computes
        // both terms, as a hand-written dual does, and ∞·0 gives NaN there.
        #if DEBUG
        XCTAssertTrue((2 * x).tangent.isNaN)
        XCTAssertTrue((Dual(2.0) * x).tangent.isNaN)
        XCTAssertTrue((x * Dual(2.0)).tangent.isNaN)
        #else
        XCTAssertEqual((2 * x).tangent, 2)
        XCTAssertEqual((Dual(2.0) * x).tangent, 2)
        XCTAssertEqual((x * Dual(2.0)).tangent, 2)
        #endif
        // A runtime zero tangent is never skipped: both terms, in every build.
        let runtimeZero = Dual(2.0, tangent: Double(CommandLine.arguments.count - CommandLine.arguments.count))
        XCTAssertTrue((runtimeZero * x).tangent.isNaN)
        // With finite values the constant's term is exactly zero.
        XCTAssertEqual((2 * Dual(5.0, tangent: 1)).tangent, 2)
        XCTAssertEqual((Dual(5.0, tangent: 1) / 4).tangent, 0.25)
        // A nested tangent that is zero in value but not below is not a constant.
        let inner = Dual(Dual(0.0, tangent: 1.0), tangent: Dual(0.0, tangent: 1.0))
        XCTAssertFalse(inner.tangent.isExactlyZero)
        XCTAssertTrue(Dual<Dual<Double>>(Dual(0.0), tangent: Dual(0.0)).isExactlyZero)
        // d²/dx² (x · x) = 2 through the nested product, where inner tangents are (0, 1).
        XCTAssertEqual(derivative(at: 0.0) { u in derivative(at: u) { $0 * $0 } }, 2)
        XCTAssertEqual(derivative(at: 0.0) { u in derivative(at: u) { v in v * Dual(u) } }, 1)
    }

    func testAPIScalarExample() {
        let x = Dual(3.0, tangent: 1.0)
        let y = x * x + sin(x)
        XCTAssertEqual(y.value, 9 + Foundation.sin(3.0))
        XCTAssertEqual(y.tangent, 6 + Foundation.cos(3.0))
    }

    func testLiteralsAndConstantsHaveZeroTangent() {
        let i: Dual<Double> = 7
        let f: Dual<Double> = 2.5
        XCTAssertEqual(i.value, 7); XCTAssertEqual(i.tangent, 0)
        XCTAssertEqual(f.value, 2.5); XCTAssertEqual(f.tangent, 0)
        XCTAssertEqual(Dual<Double>(4.0).tangent, 0)
        XCTAssertEqual(Dual<Double>(constant: 1.5).value, 1.5)
        XCTAssertEqual(Dual<Double>(exactly: 12)?.value, 12)
        XCTAssertNil(Dual<Float>(exactly: Int.max))
        XCTAssertEqual(Dual<Double>.zero.tangent, 0)
        let nested: Dual<Dual<Double>> = 3
        XCTAssertEqual(nested.value.value, 3)
    }

    func testEqualityHashingAndOrderLookAtTheValueOnly() {
        let a = Dual(2.0, tangent: 1.0), b = Dual(2.0, tangent: -5.0)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
        XCTAssertEqual(Set([a, b]).count, 1)
        XCTAssertLessThan(Dual(1.0, tangent: 9.0), a)
        XCTAssertFalse(a < b)
        XCTAssertEqual(Swift.max(Dual(1.0, tangent: 1), a).tangent, 1)   // stdlib max picks a
    }

    func testDescriptionReadsLikeTheMath() {
        XCTAssertEqual(Dual(3.0, tangent: 1.0).description, "3.0 + 1.0ε")
        XCTAssertEqual(Dual(2.0, tangent: -0.5).description, "2.0 - 0.5ε")
        XCTAssertEqual(Dual(Dual(2.0, tangent: 1.0), tangent: Dual(1.0, tangent: 0.0)).description,
                       "(2.0 + 1.0ε) + (1.0 + 0.0ε)ε")
        XCTAssertEqual("\(Dual<Float>(1.5, tangent: 2))", "1.5 + 2.0ε")
    }

    func testCodableRoundTrip() throws {
        let x = Dual(Dual(1.25, tangent: -2.0), tangent: Dual(0.5, tangent: 3.0))
        let data = try JSONEncoder().encode(x)
        XCTAssertEqual(String(decoding: data, as: UTF8.self).contains("\"tangent\""), true)
        let back = try JSONDecoder().decode(Dual<Dual<Double>>.self, from: data)
        XCTAssertEqual(back.value.value, 1.25)
        XCTAssertEqual(back.value.tangent, -2)
        XCTAssertEqual(back.tangent.value, 0.5)
        XCTAssertEqual(back.tangent.tangent, 3)
    }

    func testMagnitudeIsAbsWithItsDerivative() {
        XCTAssertEqual(Dual(-2.0, tangent: 1.0).magnitude.value, 2)
        XCTAssertEqual(Dual(-2.0, tangent: 1.0).magnitude.tangent, -1)
    }

    func testSendableAcrossTasks() async {
        let x = Dual(1.0, tangent: 1.0)
        let y = await Task.detached { exp(x) }.value
        XCTAssertEqual(y.tangent, Foundation.exp(1.0))
    }
}
