import XCTest
import Foundation
import DualAD

final class GradientTests: XCTestCase {
    let exact: [Strategy] = [.forward] + (1...8).map { Strategy.chunked($0) } + [.chunked(50)]

    func testAPIGradientExample() {
        let g = gradient(at: [1.0, 2.0]) { x in x[0] * x[1] + exp(x[0]) }
        XCTAssertEqual(g, [2 + Foundation.exp(1.0), 1])
        let vg = valueWithGradient(at: [1.0, 2.0]) { x in x[0] * x[1] + exp(x[0]) }
        XCTAssertEqual(vg.value, 2 + Foundation.exp(1.0))
    }

    func testSeedFunctionsMatchHandDerivedGradientsWithEveryStrategy() {
        var rng = SplitMix64(state: 11)
        let cases: [(String, any ScalarFunction, (([Double]) -> [Double]), Int)] = {
            let inner = InnerProductLoss(x: rng.vector(5), y: 0.3)
            let residual = ResidualNorm(X: rng.matrix(7, 3), y: rng.vector(7))
            let neuron = SigmoidNeuron(x: [0.5, -1.5])
            let rosenbrock = ExtendedRosenbrock()
            return [("⟨x,w⟩ − y)²", inner, inner.gradient, 5), ("‖Xw − y‖²", residual, residual.gradient, 3),
                    ("sigmoid neuron", neuron, neuron.gradient, 3), ("Rosenbrock", rosenbrock, rosenbrock.gradient, 11)]
        }()
        for (name, f, analytic, n) in cases {
            let w = rng.vector(n)
            for strategy in exact {
                assertClose(gradient(of: f, at: w, strategy: strategy), analytic(w), tolerance: 1e-13, "\(name) \(strategy)")
            }
            assertClose(gradient(of: f, at: w, strategy: .centralDifference), analytic(w), tolerance: 1e-7, "\(name) FD")
        }
    }

    func testChunkedGradientsAreIdenticalToOneDirectionSweeps() {
        var rng = SplitMix64(state: 3)
        for n in [1, 2, 3, 5, 7, 9, 13, 17] {
            let p = rng.vector(n, -1.5, 1.5)
            let forward = gradient(of: ExtendedRosenbrock(), at: p, strategy: .forward)
            for chunk in 1...9 {
                XCTAssertEqual(gradient(of: ExtendedRosenbrock(), at: p, strategy: .chunked(chunk)), forward,
                               "n = \(n), chunk \(chunk)")
            }
        }
    }

    func testValueWithGradientReturnsThePrimal() {
        let p = [1.2, 0.8, -0.3, 2.0]
        for strategy in exact + [.centralDifference] {
            XCTAssertEqual(valueWithGradient(of: ExtendedRosenbrock(), at: p, strategy: strategy).value,
                           ExtendedRosenbrock()(p), "\(strategy)")
        }
    }

    func testDefaultChunkSizeFollowsForwardDiffRule() {
        XCTAssertEqual(Strategy.defaultChunkSize(forInputCount: 1), 1)
        XCTAssertEqual(Strategy.defaultChunkSize(forInputCount: 8), 8)
        XCTAssertEqual(Strategy.defaultChunkSize(forInputCount: 10), 5)
        XCTAssertEqual(Strategy.defaultChunkSize(forInputCount: 17), 6)
        XCTAssertEqual(Strategy.defaultChunkSize(forInputCount: 100), 8)
        XCTAssertEqual(Strategy.defaultChunkSize(forInputCount: 0), 1)
    }

    func testFloatGradientsWork() {
        let g = gradient(of: ExtendedRosenbrock(), at: [Float(1.2), 0.8, -0.3], strategy: .chunked(2))
        let expected = ExtendedRosenbrock().gradient(at: [Double(Float(1.2)), Double(Float(0.8)), Double(Float(-0.3))])
        assertClose(g.map(Double.init), expected, tolerance: 1e-5)
    }
}
