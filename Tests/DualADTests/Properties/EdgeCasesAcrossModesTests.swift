import XCTest
import DualAD

/// Kinks and non-finite inputs behave the same in every mode: forward (`Dual`), chunked,
/// reverse (`Tracked`) and vector-level code, for `Double` and `Float`.
final class EdgeCasesAcrossModesTests: XCTestCase {
    struct Kinks: VectorFunction {
        func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
            [abs(x[0]), relu(x[1]), max(x[0], x[1]), min(x[0], x[1]), max(x[2], x[2]), abs(x[2] - x[2])]
        }
    }

    let strategies: [Strategy] = [.forward, .chunked(2), .chunked(3), .reverse]

    func checkKinkConventions<T: ADScalar & BinaryFloatingPoint>(_: T.Type) {
        // At x = (0, 0, 1): abs′(0) = 1, relu′(0) = 0, max/min at a tie split ½/½,
        // max(x, x)′ = 1, and |x − x| has derivative +1 − 1 = 0.
        let expected: [[T]] = [[1, 0, 0], [0, 0, 0], [0.5, 0.5, 0], [0.5, 0.5, 0], [0, 0, 1], [0, 0, 0]]
        for strategy in strategies {
            let J = jacobian(of: Kinks(), at: [T(0), T(0), T(1)], strategy: strategy)
            XCTAssertEqual([[T]](J), expected, "\(T.self) \(strategy)")
        }
    }

    func testKinkConventionsAreIdenticalInEveryMode() {
        checkKinkConventions(Double.self)
        checkKinkConventions(Float.self)
        // Vector-level code follows the same rules.
        let v = DualVector(value: [0.0, -1.0, 2.0], tangent: [1, 1, 1])
        XCTAssertEqual(abs(v).tangent, [1, -1, 1])
        XCTAssertEqual(relu(v).tangent, [0, 0, 1])
        XCTAssertEqual(v.maximum(with: DualVector([0.0, 0.0, 0.0])).tangent, [0.5, 0, 1])
    }

    struct Smooth: ScalarFunction {
        func callAsFunction<S: ADScalar>(_ x: [S]) -> S { exp(x[0]) * x[1] + sin(x[0] * x[1]) }
    }

    func testNaNAndInfinityPropagateWithoutTrappingInEveryMode() {
        for bad in [Double.nan, .infinity, -.infinity] {
            for strategy in strategies + [.centralDifference, .automatic] {
                let (value, g) = valueWithGradient(of: Smooth(), at: [bad, 1.0], strategy: strategy)
                XCTAssertFalse(value.isFinite, "\(bad) \(strategy) value")
                XCTAssertTrue(g.contains { !$0.isFinite }, "\(bad) \(strategy): a non-finite input gives a non-finite partial")
            }
            let forward = jacobian(of: Kinks(), at: [bad, 0, 0], strategy: .forward)
            let reverse = jacobian(of: Kinks(), at: [bad, 0, 0], strategy: .reverse)
            XCTAssertEqual(forward.rows, reverse.rows)
        }
    }

    func testFloatAgreesWithDoubleInEveryMode() {
        let p: [Float] = [1.2, 0.8, -0.3, 2.0, 0.5]
        let reference = ExtendedRosenbrock().gradient(at: p.map(Double.init))
        for strategy in strategies + [.automatic] {
            let g = gradient(of: ExtendedRosenbrock(), at: p, strategy: strategy)
            assertClose(g.map(Double.init), reference, tolerance: 2e-5, "Float \(strategy)")
        }
    }
}
