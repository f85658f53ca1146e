import XCTest
import DualAD

final class StrategyComparisonTests: XCTestCase {
    func testComparisonReportsEveryStrategyAndTheirAgreement() {
        var rng = SplitMix64(state: 61)
        let net = TwoLayerTanh(w1: rng.matrix(5, 12), b1: rng.vector(5), w2: rng.matrix(3, 5), b2: rng.vector(3))
        let x = rng.vector(12)
        let report = compareStrategies(of: net, at: x, repetitions: 1)
        XCTAssertEqual(report.inputs, 12)
        XCTAssertEqual(report.outputs, 3)
        XCTAssertEqual(report.measurements.map(\.strategy), [.forward, .chunked(6), .reverse, .centralDifference])
        let bySweeps = Dictionary(uniqueKeysWithValues: report.measurements.map { ($0.strategy, $0.sweeps) })
        XCTAssertEqual(bySweeps[.forward], 12)
        XCTAssertEqual(bySweeps[.chunked(6)], 2)
        XCTAssertEqual(bySweeps[.reverse], 1 + 3)
        XCTAssertEqual(bySweeps[.centralDifference], 25)
        for m in report.measurements {
            XCTAssertLessThan(m.maxDifference, m.strategy == .centralDifference ? 1e-7 : 1e-14, "\(m.strategy)")
            XCTAssertGreaterThan(m.peakMemoryBytes, 0)
            XCTAssertGreaterThan(m.seconds, 0)
        }
        let reverse = report.measurements.first { $0.strategy == .reverse }!
        let forward = report.measurements.first { $0.strategy == .forward }!
        XCTAssertEqual(forward.operations, 12 * report.operationsPerEvaluation)
        XCTAssertEqual(reverse.operations, report.operationsPerEvaluation)
        XCTAssertGreaterThan(reverse.peakMemoryBytes, forward.peakMemoryBytes, "the tape costs memory")
        let text = report.description
        XCTAssertTrue(text.contains("R^12 → R^3"))
        XCTAssertTrue(text.contains("reverse"))
        XCTAssertTrue(text.contains(".automatic picks"))
        assertClose(reverse.jacobian, net.jacobian(at: x), tolerance: 1e-14)
    }
}
