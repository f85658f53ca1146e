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
