import XCTest
import DualAD

/// `longUserFunction` (in `LongUserFunction.swift`) must compile quickly (checked by the
/// build in `.ci/run`) and differentiate correctly (checked here).
final class TypeCheckTimeTests: XCTestCase {
    func testLongGenericFunctionCompilesAndDifferentiates() {
        let p = [0.3, -0.6, 0.9]
        XCTAssertTrue(longUserFunction(p).isFinite)
        for k in 0..<3 {
            let seeded = (0..<3).map { Dual(p[$0], tangent: $0 == k ? 1 : 0) }
            let d = longUserFunction(seeded).tangent
            let reference = richardsonDerivative(at: Wide(p[k])) { t in
                longUserFunction((0..<3).map { $0 == k ? t : Wide(p[$0]) })
            }
            XCTAssertEqual(d, Double(reference), accuracy: 1e-9 * Swift.max(1, Swift.abs(d)), "∂/∂x\(k)")
        }
    }
}
