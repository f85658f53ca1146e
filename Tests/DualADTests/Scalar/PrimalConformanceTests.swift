import XCTest
import Foundation
import DualAD

/// The primal conformances call the C math library: each function agrees with Foundation's
/// to the bit (this would also catch a conformance that recursed into DualAD's generic free
/// functions instead of the C library).
final class PrimalConformanceTests: XCTestCase {
    let foundation: [UnaryFunction: (Double) -> Double] = [
        .negate: { -$0 }, .exp: Foundation.exp, .exp2: Foundation.exp2, .log: Foundation.log, .log2: Foundation.log2,
        .log10: Foundation.log10, .log1p: Foundation.log1p, .expm1: Foundation.expm1,
        .sqrt: Foundation.sqrt, .cbrt: Foundation.cbrt, .sin: Foundation.sin, .cos: Foundation.cos,
        .tan: Foundation.tan, .asin: Foundation.asin, .acos: Foundation.acos, .atan: Foundation.atan,
        .sinh: Foundation.sinh, .cosh: Foundation.cosh, .tanh: Foundation.tanh,
        .asinh: Foundation.asinh, .acosh: Foundation.acosh, .atanh: Foundation.atanh,
        .erf: Foundation.erf, .erfc: Foundation.erfc, .abs: Swift.abs, .relu: { Swift.max($0, 0) },
        .gamma: Foundation.tgamma, .logGamma: Foundation.lgamma, .exp10: { Foundation.pow(10, $0) },
        // .digamma has no C-library counterpart: SpecialFunctionTests checks it against mpmath.
    ]

    func testDoubleUnaryFunctionsAreTheCLibrarys() {
        for f in UnaryFunction.allCases where f != .digamma {
            for x in samplePoints(f) {
                XCTAssertEqual(Double.evaluate(f, x), foundation[f]!(x), "\(f)(\(x))")
                XCTAssertEqual(Double(Float.evaluate(f, Float(x))), Double(Float(foundation[f]!(Double(Float(x))))),
                               accuracy: 4e-7 * Swift.max(1, Swift.abs(foundation[f]!(x))), "Float \(f)(\(x))")
                XCTAssertEqual(Double(Wide.evaluate(f, Wide(x))), foundation[f]!(x),
                               accuracy: 4e-16 * Swift.max(1, Swift.abs(foundation[f]!(x))), "Float80 \(f)(\(x))")
            }
        }
    }

    func testDoubleBinaryFunctionsAreTheCLibrarys() {
        for (x, y) in [(1.5, 2.25), (-3.0, 2.0), (0.0, 0.0), (4.0, -0.5)] {
            XCTAssertEqual(Double.evaluate(.pow, x, y), Foundation.pow(x, y))
            XCTAssertEqual(Double.evaluate(.atan2, x, y), Foundation.atan2(x, y))
            XCTAssertEqual(Double.evaluate(.hypot, x, y), Foundation.hypot(x, y))
            XCTAssertEqual(Double.evaluate(.max, x, y), Swift.max(x, y))
            XCTAssertEqual(Double.evaluate(.min, x, y), Swift.min(x, y))
            XCTAssertEqual(Double.evaluate(.multiply, x, y), x * y)
        }
    }

    func testIntegerPowerIsExactAtNegativeBases() {
        XCTAssertEqual(Double.power(-1.2, 2), 1.44, accuracy: 0)
        XCTAssertEqual(Double.power(-1.2, 2), -1.2 * -1.2)
        XCTAssertEqual(Double.power(-2, 3), -8)
        XCTAssertEqual(Double.power(-2, -3), -0.125)
        XCTAssertEqual(Double.power(.nan, 0), 1)
        XCTAssertEqual(pow(-0.5, 7), Foundation.pow(-0.5, 7.0))
    }

    func testConstantsLiftFromDouble() {
        XCTAssertEqual(Double(constant: 0.1), 0.1)
        XCTAssertEqual(Float(constant: 0.1), Float(0.1))
        func lift<S: ADScalar>(_ c: Double, as: S.Type) -> S { S(c) }
        XCTAssertEqual(lift(-2.5, as: Dual<Double>.self).value, -2.5)
        XCTAssertEqual(lift(-2.5, as: Dual<Double>.self).tangent, 0)
    }
}
