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

    /// Rosenbrock's terms as a vector function: 8 operations per term; 3 tape entries per term
    /// (x[i+1] − x[i]², the sum of the two squares, the running total), less one for the
    /// first total (0 + term is a constant plus a recorded value).
    struct RosenbrockSum: VectorFunction {
        func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
            var s: S = 0
            for i in 0..<(x.count - 1) { s += 100 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1 - x[i], 2) }
            return [s]
        }
    }

    func testOperationsAndTapeEntriesAreCountedExactly() {
        let report = compareStrategies(of: RosenbrockSum(), at: [0.5, 1.5, -0.5, 2], repetitions: 1)
        XCTAssertEqual(report.operationsPerEvaluation, 3 * 8)
        XCTAssertEqual(report.tapeEntries, 3 * 3 - 1)
        XCTAssertTrue(report.description.contains("24 operations per evaluation (8 tape entries)"), report.description)
    }
}
