import XCTest
import DualAD

/// `checkRule` passes a right rule, fails a wrong one, and says where.
final class RuleCheckTests: XCTestCase {
    func testARightRulePasses() {
        let report = checkRule(LambertW(), at: [0.1, 1, 5, 40])
        XCTAssertTrue(report.passed, report.description)
        XCTAssertEqual(report.entries.count, 4)
        XCTAssertLessThan(report.entries.map(\.error).max()!, 1e-9)
        XCTAssertTrue(report.description.hasPrefix("checkRule(LambertW): the rule agrees at 4 of 4 comparisons"))
    }

    func testAWrongRuleFailsAndIsNamed() {
        let report = checkRule(WrongSine(), at: [0.5, Double.pi / 4, 2])
        XCTAssertFalse(report.passed)
        // sin′ = cos equals sin only at π/4.
        XCTAssertEqual(report.failures.map { $0.point[0] }, [0.5, 2])
        XCTAssertTrue(report.description.contains("the rule DISAGREES at 1 of 3 comparisons"), report.description)
        XCTAssertTrue(report.description.contains("FAIL x = 0.5"), report.description)
    }

    func testBinaryRuleChecksBothPartials() {
        let report = checkRule(LogAddExp(), at: [(0.4, -0.6), (3, 3)])
        XCTAssertTrue(report.passed, report.description)
        XCTAssertEqual(report.entries.map(\.argument), [0, 1, 0, 1])
        struct SwappedPartials: BinaryDifferentiableFunction {
            func value<T: BinaryFloatingPoint>(at x: T, _ y: T) -> T { x * y * y }
            func partials<S: ADScalar>(at x: S, _ y: S, value: S) -> (dx: S, dy: S) { (2 * x * y, y * y) }
        }
        let wrong = checkRule(SwappedPartials(), at: [(1, 3)])
        XCTAssertEqual(wrong.failures.count, 2, wrong.description)
    }
}
