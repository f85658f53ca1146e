// With the package trait `Numerics`: code generic over swift-numerics' `Real`, and
// `Complex<Dual<Double>>`, differentiate unchanged. Run with `swift test --traits Numerics`.

#if Numerics
import XCTest
import Foundation
import DualAD
import RealModule
import ComplexModule

func logistic<T: Real>(_ x: T) -> T { 1 / (1 + T.exp(-x)) }

final class RealAndComplexTests: XCTestCase {
    func testRealGenericCodeDifferentiates() {
        let s = 1 / (1 + Foundation.exp(-0.3))
        XCTAssertEqual(derivative(at: 0.3) { logistic($0) }, s * (1 - s), accuracy: 1e-16)
        let second = derivative(at: 0.3) { x in derivative(at: x) { logistic($0) } }
        XCTAssertEqual(second, s * (1 - s) * (1 - 2 * s), accuracy: 1e-16)
    }

    func testGammaThroughReal() {
        // Γ′(2.5) = Γ(2.5)·ψ(2.5) = 0.93473…
        let dg = derivative(at: 2.5) { Dual<Double>.gamma($0) }
        XCTAssertEqual(dg, Foundation.tgamma(2.5) * polygammaReference[2.5]!.0, accuracy: 1e-15)
        XCTAssertEqual(derivative(at: 2.5) { Dual<Double>.logGamma($0) }, polygammaReference[2.5]!.0, accuracy: 1e-15)
        XCTAssertEqual(Dual<Double>.signGamma(Dual(-0.5)), .minus)
    }

    func testComplexOfDualsDifferentiates() {
        let dz = derivative(at: 0.8) { x in Complex.exp(Complex(x, Dual(0.5))).real }
        XCTAssertEqual(dz, Foundation.exp(0.8) * Foundation.cos(0.5), accuracy: 1e-15)
        // |z|² of z = x + 2ix: d/dx 5x² = 10x.
        let dm = derivative(at: 1.5) { x in Complex(x, 2 * x).lengthSquared }
        XCTAssertEqual(dm, 15, accuracy: 1e-14)
    }

    func testEveryRealFunctionsRequirementReadsItsRule() {
        typealias D = Dual<Double>
        let x = 0.4
        XCTAssertEqual(derivative(at: x) { D.expMinusOne($0) }, Foundation.exp(x), accuracy: 1e-15)
        XCTAssertEqual(derivative(at: x) { D.log(onePlus: $0) }, 1 / 1.4, accuracy: 1e-15)
        XCTAssertEqual(derivative(at: x) { D.atan2(y: $0, x: D(2)) }, 2 / (4 + x * x), accuracy: 1e-15)
        XCTAssertEqual(derivative(at: x) { D.hypot($0, D(3)) }, x / (9 + x * x).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(derivative(at: x) { D.pow($0, 3) }, 3 * x * x, accuracy: 1e-15)
        XCTAssertEqual(derivative(at: x) { D.exp10($0) }, Foundation.pow(10, x) * Foundation.log(10.0), accuracy: 1e-13)
        XCTAssertEqual(derivative(at: x) { D.erf($0) }, 2 / Double.pi.squareRoot() * Foundation.exp(-x * x), accuracy: 1e-15)
        XCTAssertEqual(derivative(at: x) { D.sqrt($0) }, 0.5 / x.squareRoot(), accuracy: 1e-15)
        // root(x, n): the real n-th root, derivative ⁿ√x/(n·x), also at negative x for odd n.
        XCTAssertEqual(derivative(at: 8.0) { D.root($0, 3) }, 1.0 / 12, accuracy: 1e-16)
        XCTAssertEqual(D.root(D(-8.0), 3).value, -2, accuracy: 1e-15)
        XCTAssertEqual(derivative(at: -8.0) { D.root($0, 3) }, 1.0 / 12, accuracy: 1e-16)
        XCTAssertTrue(D.root(D(-8.0), 2).value.isNaN)
    }

    func testRealCodeOnChunkedAndTrackedValues() {
        let c = logistic(ChunkedDual<2, Double>(0.3, seed: 1))
        let s = 1 / (1 + Foundation.exp(-0.3))
        XCTAssertEqual(c.tangentArray[1], s * (1 - s), accuracy: 1e-16)
        let tape = Tape<Double>()
        let x = tape.variable(0.3)
        let y = tape.node(logistic(x))
        var adjoints: [Double] = []
        tape.backward(from: y, into: &adjoints)
        XCTAssertEqual(adjoints[x.tapeIndex!], s * (1 - s), accuracy: 1e-16)
    }
}
#endif
