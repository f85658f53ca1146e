import XCTest
import DualAD

/// Each lane of a chunked dual must equal what a `Dual` seeded in that direction computes.
final class ChunkedDualTests: XCTestCase {
    func testEveryRuleAppliesLaneByLaneLikeDual() {
        for f in UnaryFunction.allCases {
            for x in samplePoints(f) {
                let c = ChunkedDual<3, Double>.evaluate(f, ChunkedDual(x, tangents: [1, -2, 0.5]))
                for (k, t) in [1.0, -2, 0.5].enumerated() {
                    let d = Dual.evaluate(f, Dual(x, tangent: t))
                    XCTAssertEqual(c.value, d.value, "\(f)")
                    XCTAssertEqual(c.tangents[k], d.tangent, "\(f) lane \(k)")
                }
            }
        }
        for f in BinaryFunction.allCases {
            let a = ChunkedDual<2, Double>(1.3, tangents: [1, 0.25]), b = ChunkedDual<2, Double>(0.7, tangents: [-1, 2])
            let c = ChunkedDual.evaluate(f, a, b)
            for k in 0..<2 {
                let d = Dual.evaluate(f, Dual(1.3, tangent: a.tangents[k]), Dual(0.7, tangent: b.tangents[k]))
                XCTAssertEqual(c.tangents[k], d.tangent, "\(f) lane \(k)")
            }
        }
    }

    func testVectorAndLoopLanesAgreeWithDualForEveryRule() {
        // N = 2, 4, 8 of Double take SIMD vectors, N = 3 and Float the loop
        // (`Forward/ChunkedDual+Lanes.swift`): each lane must be what `Dual` computes, to the bit.
        func check<let N: Int>(_: ChunkedDual<N, Double>.Type, line: UInt = #line) {
            let seeds = (0..<N).map { Double($0) * 0.75 - 1.25 }, other = (0..<N).map { 2 - Double($0) * 0.5 }
            let t = InlineArray<N, Double> { seeds[$0] }, u = InlineArray<N, Double> { other[$0] }
            for f in UnaryFunction.allCases {
                for x in samplePoints(f) {
                    let c = ChunkedDual<N, Double>.evaluate(f, ChunkedDual(x, tangents: t))
                    for k in 0..<N {
                        XCTAssertEqual(c.tangents[k], Dual.evaluate(f, Dual(x, tangent: seeds[k])).tangent, "\(f) N = \(N) lane \(k)", line: line)
                    }
                }
            }
            for f in BinaryFunction.allCases {
                let c = ChunkedDual.evaluate(f, ChunkedDual<N, Double>(1.3, tangents: t), ChunkedDual(0.7, tangents: u))
                let left = ChunkedDual.evaluate(f, ChunkedDual<N, Double>(1.3, tangents: t), ChunkedDual(0.7))
                let right = ChunkedDual.evaluate(f, ChunkedDual<N, Double>(1.3), ChunkedDual(0.7, tangents: u))
                for k in 0..<N {
                    XCTAssertEqual(c.tangents[k], Dual.evaluate(f, Dual(1.3, tangent: seeds[k]), Dual(0.7, tangent: other[k])).tangent, "\(f) N = \(N) lane \(k)", line: line)
                    XCTAssertEqual(left.tangents[k], Dual.evaluate(f, Dual(1.3, tangent: seeds[k]), Dual(0.7)).tangent, "\(f) N = \(N) lane \(k), constant y", line: line)
                    XCTAssertEqual(right.tangents[k], Dual.evaluate(f, Dual(1.3), Dual(0.7, tangent: other[k])).tangent, "\(f) N = \(N) lane \(k), constant x", line: line)
                }
            }
        }
        check(ChunkedDual<2, Double>.self)
        check(ChunkedDual<3, Double>.self)
        check(ChunkedDual<4, Double>.self)
        check(ChunkedDual<8, Double>.self)
        let x = ChunkedDual<8, Float>(1.5, tangents: InlineArray { Float($0) - 2 })
        let y = x * x - 1 / x
        for k in 0..<8 {
            XCTAssertEqual(y.tangents[k], (Dual<Float>(1.5, tangent: Float(k) - 2) * Dual(1.5, tangent: Float(k) - 2) - 1 / Dual(1.5, tangent: Float(k) - 2)).tangent)
        }
    }

    func testNoTangentsReadsAsPositiveZero() {
        // Internally the lanes of a value without tangents hold −0 (so `+` may add them); every
        // public read, and every derivative a driver returns, shows +0.
        let c = ChunkedDual<4, Double>(3)
        XCTAssertTrue(c.tangentArray.allSatisfy { $0 == 0 && $0.sign == .plus })
        XCTAssertEqual(c.description, "3.0 + [0.0, 0.0, 0.0, 0.0]ε")
        XCTAssertTrue((c * c + 1 - c).tangentArray.allSatisfy { $0.sign == .plus })
        let seeded = ChunkedDual<4, Double>(2, seed: 1)
        XCTAssertEqual(seeded.tangentArray.map { $0.sign }, [.plus, .plus, .plus, .plus])
        // x₀·x₁ at x₁ = 0: ∂/∂x₀ = 0; x₂ does not occur: ∂/∂x₂ = 0. Both +0 from the chunked
        // gradient; a constant output's Jacobian row is +0 too.
        let g = gradient(of: FirstTwoProduct(), at: [2.0, 0.0, 5.0], strategy: .chunked(3))
        XCTAssertEqual(g, [0, 2, 0])
        XCTAssertEqual(g.map(\.sign), [FloatingPointSign.plus, .plus, .plus])
        let j = jacobian(of: ConstantSecondOutput(), at: [2.0, 3.0], strategy: .chunked(2))
        XCTAssertEqual([j[1, 0], j[1, 1]].map(\.sign), [FloatingPointSign.plus, .plus])
    }

    private struct FirstTwoProduct: ScalarFunction {
        func callAsFunction<S: ADScalar>(_ x: [S]) -> S { x[0] * x[1] }
    }

    private struct ConstantSecondOutput: VectorFunction {
        func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] { [x[0] * x[1], S(7)] }
    }

    func testPlainConstantsAndOperandsWithoutTangentsAddNoTerm() {
        // x = ∞ with tangents (1, 2): c·x, x·c, x/c and c − x take the one-term rule, and an
        // operand without tangents (a literal, ChunkedDual(c)) adds no term either, in every
        // build: ∞·0 never appears.
        let x = ChunkedDual<2, Double>(.infinity, tangents: [1, 2])
        let c = 2.0
        for y in [c * x, x * c, 2 * x, ChunkedDual(c) * x, x * ChunkedDual(c)] {
            XCTAssertEqual(y.tangents[0], 2)
            XCTAssertEqual(y.tangents[1], 4)
        }
        XCTAssertEqual((x / c).tangents[1], 1)
        XCTAssertEqual((c - x).tangents[1], -2)
        // Two operands with tangents: both terms, lane by lane (∂(uv) = v·u̇ + u·v̇).
        let u = ChunkedDual<2, Double>(3, tangents: [1, 0]), v = ChunkedDual<2, Double>(5, tangents: [0, 1])
        XCTAssertEqual((u * v).tangents[0], 5)
        XCTAssertEqual((u * v).tangents[1], 3)
    }

    func testSumsAndDifferencesKeepTheOperandsTangentsOnEitherSide() {
        // `+` and `−` skip the lanes only when the right operand has none; with a left operand
        // without tangents they add its zero lanes. Either way: the other operand's tangents
        // exactly (∞ included, never NaN), and no tangents when neither has any.
        let x = ChunkedDual<2, Double>(1.5, tangents: [.infinity, -3])
        let c = ChunkedDual<2, Double>(4)
        XCTAssertEqual((x + c).tangentArray, [.infinity, -3])
        XCTAssertEqual((c + x).tangentArray, [.infinity, -3])
        XCTAssertEqual((x - c).tangentArray, [.infinity, -3])
        XCTAssertEqual((c - x).tangentArray, [-.infinity, 3])
        XCTAssertEqual((c + x).value, 5.5)
        XCTAssertEqual((c - x).value, 2.5)
        XCTAssertTrue((c + c - ChunkedDual(8)).isExactlyZero, "no tangents from two constants")
        XCTAssertFalse((c + x - x).isExactlyZero, "a sum with tangents keeps them (∞ − ∞ is NaN here)")
        var s = ChunkedDual<2, Double>(0)
        for y in [c, x, c, x] { s += y }
        XCTAssertEqual(s.tangentArray, [.infinity, -6])
    }

    func testProductGivesBothPartialsInOneEvaluation() {
        let x = ChunkedDual<2, Double>(3.0, tangents: [1, 0])
        let y = ChunkedDual<2, Double>(4.0, tangents: [0, 1])
        XCTAssertEqual((x * y).tangentArray, [4, 3])
        XCTAssertEqual((x / y).tangentArray, [0.25, -3.0 / 16])
        XCTAssertEqual((2 * x).tangentArray, [2, 0])
        XCTAssertEqual((x - y).tangentArray, [1, -1])
        XCTAssertEqual(pow(x, 3).tangentArray, [27, 0])
        XCTAssertEqual(x.description, "3.0 + [1.0, 0.0]ε")
        XCTAssertEqual(ChunkedDual<4, Double>(2.0, seed: 2).tangentArray, [0, 0, 1, 0])
        XCTAssertTrue(ChunkedDual<2, Double>(0).isExactlyZero)
        XCTAssertFalse(x < y ? false : true)
    }
}
