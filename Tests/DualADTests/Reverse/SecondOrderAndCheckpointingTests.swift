import XCTest
import DualAD

final class SecondOrderAndCheckpointingTests: XCTestCase {
    func testForwardOverReverseHessianEqualsForwardOverForward() {
        var rng = SplitMix64(state: 51)
        let net = TwoLayerLoss(d: 2, h: 3, o: 2, inputs: rng.matrix(3, 2), targets: rng.matrix(3, 2))
        let functions: [(String, any ScalarFunction, Int)] = [
            ("cubic", Cubic(), 3), ("Rosenbrock", ExtendedRosenbrock(), 5), ("2-layer loss", net, net.parameterCount),
        ]
        for (name, f, n) in functions {
            let x = rng.vector(n)
            let forward = hessian(of: f, at: x, strategy: .forward)
            let reverse = hessian(of: f, at: x, strategy: .reverse)
            let scale = forward.storage.map(Swift.abs).max() ?? 1
            assertClose(reverse, forward, tolerance: 1e-13 * Swift.max(1, scale), name)
            XCTAssertEqual(reverse, reverse.transposed(), "\(name) symmetric")
            assertClose(hessian(of: f, at: x, strategy: .centralDifference), forward, tolerance: 1e-6 * Swift.max(1, scale), "\(name) FD")
            let v = rng.vector(n)
            assertClose(hessianVectorProduct(of: f, at: x, along: v), forward * v, tolerance: 1e-13 * Swift.max(1, scale), "\(name) HVP")
        }
    }

    func testCheckpointedGradientEqualsThePlainOneWithLessTape() {
        for layers in [1, 7, 16, 30] {
            let chain = TanhChain(layers: layers, width: 4)
            let x = [0.3, -0.2, 0.5, 0.1]
            let plain = gradient(of: chain, at: x, checkpointing: .none)
            let reference = gradient(of: ChainAsFunction(chain: chain), at: x, strategy: .forward)
            assertClose(plain.gradient, reference, tolerance: 1e-14, "L = \(layers) none vs forward")
            for mode: Checkpointing in [.squareRoot, .segments(3), .segments(layers)] {
                let checkpointed = gradient(of: chain, at: x, checkpointing: mode)
                XCTAssertEqual(checkpointed.value, plain.value, "L = \(layers) \(mode) value")
                assertClose(checkpointed.gradient, plain.gradient, tolerance: 1e-15, "L = \(layers) \(mode)")
                if layers >= 16 {
                    XCTAssertLessThan(checkpointed.report.peakTapeEntries, plain.report.peakTapeEntries / 2, "L = \(layers) \(mode)")
                    XCTAssertEqual(checkpointed.report.layerEvaluations, 2 * layers)
                }
            }
            XCTAssertEqual(plain.report.layerEvaluations, layers)
        }
        let report = gradient(of: TanhChain(layers: 64, width: 4), at: [0.3, -0.2, 0.5, 0.1], checkpointing: .squareRoot).report
        XCTAssertEqual(report.segments, 8)
    }
}
