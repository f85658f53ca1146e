import XCTest
import Foundation
import DualAD

/// Vector-level operations must give exactly what the same scalar code on `Dual` gives.
final class DualVectorTests: XCTestCase {
    var rng = SplitMix64(state: 7)

    func makeVector(_ n: Int) -> DualVector<Double> {
        DualVector(value: rng.vector(n, 0.5, 2), tangent: rng.vector(n))
    }

    func testElementwiseOperatorsMatchScalarDuals() {
        let x = makeVector(5), y = makeVector(5), c = rng.vector(5, 0.5, 2)
        let s = Dual(1.7, tangent: -0.3)
        func check(_ v: DualVector<Double>, _ scalar: (Int) -> Dual<Double>, _ name: String) {
            for i in 0..<5 {
                XCTAssertEqual(v.value[i], scalar(i).value, "\(name) value[\(i)]")
                XCTAssertEqual(v.tangent[i], scalar(i).tangent, accuracy: 1e-15, "\(name) tangent[\(i)]")
            }
        }
        check(x + y, { x[$0] + y[$0] }, "x + y")
        check(x - y, { x[$0] - y[$0] }, "x - y")
        check(x * y, { x[$0] * y[$0] }, "x * y")
        check(x / y, { x[$0] / y[$0] }, "x / y")
        check(x + c, { x[$0] + Dual(c[$0]) }, "x + c")
        check(x - c, { x[$0] - Dual(c[$0]) }, "x - c")
        check(x * c, { x[$0] * Dual(c[$0]) }, "x * c")
        check(x / c, { x[$0] / Dual(c[$0]) }, "x / c")
        check(x.scaled(by: s), { s * x[$0] }, "x.scaled(by: s)")
        check(x.shifted(by: s), { x[$0] + s }, "x.shifted(by: s)")
        check(x.scaled(by: 2), { 2 * x[$0] }, "x.scaled(by: 2)")
        check(-x, { -x[$0] }, "-x")
        var z = x
        z += y
        check(z, { x[$0] + y[$0] }, "+=")
        check(x.raised(to: 3), { pow(x[$0], 3) }, "raised(to: 3)")
        check(x.maximum(with: y), { max(x[$0], y[$0]) }, "maximum")
        check(x.minimum(with: y), { min(x[$0], y[$0]) }, "minimum")
    }

    func testEveryMappedFunctionMatchesTheScalarRule() {
        for f in UnaryFunction.allCases {
            let points = samplePoints(f)
            let x = DualVector(value: points, tangent: points.indices.map { Double($0) - 1.5 })
            let y = x.applying(f)
            for i in points.indices {
                let scalar = Dual.evaluate(f, x[i])
                XCTAssertEqual(y.value[i], scalar.value, "\(f)")
                XCTAssertEqual(y.tangent[i], scalar.tangent, "\(f)")
            }
        }
        let x = makeVector(3)
        XCTAssertEqual(tanh(x), x.applying(.tanh))
        XCTAssertEqual(exp(x), x.applying(.exp))
        XCTAssertEqual(relu(x), x.applying(.relu))
    }

    func testReductionsMatchScalarLoops() {
        let x = makeVector(6), y = makeVector(6), w = rng.vector(6)
        var sum = Dual<Double>(0), dot = Dual<Double>(0), dotConstant = Dual<Double>(0), squares = Dual<Double>(0)
        for i in 0..<6 {
            sum += x[i]
            dot += x[i] * y[i]
            dotConstant += x[i] * Dual(w[i])
            squares += x[i] * x[i]
        }
        XCTAssertEqual(x.sum().value, sum.value, accuracy: 1e-14)
        XCTAssertEqual(x.sum().tangent, sum.tangent, accuracy: 1e-14)
        XCTAssertEqual(x.dot(y).tangent, dot.tangent, accuracy: 1e-14)
        XCTAssertEqual(x.dot(w).tangent, dotConstant.tangent, accuracy: 1e-14)
        XCTAssertEqual(x.squaredNorm().tangent, squares.tangent, accuracy: 1e-14)
        XCTAssertEqual(x.norm().value, squares.value.squareRoot(), accuracy: 1e-14)
        XCTAssertEqual(x.norm().tangent, squares.tangent / (2 * squares.value.squareRoot()), accuracy: 1e-14)
        XCTAssertTrue(DualVector([0.0, 0.0]).norm().tangent.isNaN, "‖x‖′ at 0 is 0/0 (documented)")
    }

    func testSlicingConcatenationAndLiterals() {
        let x = makeVector(5)
        let s = x.subvector(1..<3)
        XCTAssertEqual(s.count, 2)
        XCTAssertEqual(s[0].tangent, x[1].tangent)
        XCTAssertEqual(s.concatenated(with: x).count, 7)
        XCTAssertEqual(s.concatenated(with: x)[2].value, x[0].value)
        let literal: DualVector<Double> = [Dual(1, tangent: 2), Dual(3, tangent: 4)]
        XCTAssertEqual(literal.value, [1, 3])
        XCTAssertEqual(literal.tangent, [2, 4])
        XCTAssertEqual(literal.description, "[1.0 + 2.0ε, 3.0 + 4.0ε]")
        XCTAssertEqual(DualVector([1.0, 2.0], seed: 1).tangent, [0, 1])
        var m = literal
        m[0] = Dual(9, tangent: 8)
        XCTAssertEqual(m.value, [9, 3])
        XCTAssertEqual(Array(literal.map(\.value)), [1, 3])
    }

    func testMatrixTimesDualVectorTransformsTheTangent() {
        let a = Matrix([[1.0, 2.0, 0.5], [-3.0, 4.0, 1.0]])
        let x = makeVector(3)
        let y = a * x
        XCTAssertEqual(y.value, a * x.value)
        XCTAssertEqual(y.tangent, a * x.tangent)
        let z = makeVector(2) * a
        XCTAssertEqual(z.count, 3)
    }

    /// The two-columns-per-step loop of `Matrix * DualVector` against the plain `[Double]`
    /// product, bit for bit, on every remainder (odd and even column counts, empty shapes).
    func testMatrixTimesDualVectorEqualsThePlainProductToTheBit() {
        var rng = SplitMix64(state: 16)
        for m in 0...4 {
            for n in 0...9 {
                let a = Matrix(rows: m, columns: n, storage: rng.vector(m * n, -3, 3))
                let x = DualVector(value: rng.vector(n, -2, 2), tangent: rng.vector(n, -2, 2))
                let y = a * x
                let (value, tangent) = (a * x.value, a * x.tangent)
                XCTAssertEqual(y.value.map(\.bitPattern), value.map(\.bitPattern), "\(m) × \(n)")
                XCTAssertEqual(y.tangent.map(\.bitPattern), tangent.map(\.bitPattern), "\(m) × \(n)")
            }
        }
    }

    /// In-place elementwise passes (`+ b`, `tanh`) reuse a temporary's storage but never a
    /// shared one: the operand a caller still holds is unchanged.
    func testInPlacePassesLeaveASharedOperandUnchanged() {
        let x = DualVector(value: [0.5, -1.0], tangent: [1.0, 2.0])
        let kept = x
        let y = tanh(x + [0.25, 0.25])
        XCTAssertEqual(kept.value, [0.5, -1.0])
        XCTAssertEqual(kept.tangent, [1.0, 2.0])
        XCTAssertEqual(x.value, [0.5, -1.0])
        XCTAssertEqual(y.value, [Foundation.tanh(0.75), Foundation.tanh(-0.75)])
        let t = Foundation.tanh(0.75)
        XCTAssertEqual(y.tangent[0], (1 - t * t) * 1.0, accuracy: 1e-15)
    }
}

