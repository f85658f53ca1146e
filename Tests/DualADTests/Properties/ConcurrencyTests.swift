import XCTest
import Foundation
import DualAD

/// Differentiation from many tasks at once: every result right, and — in CI's ThreadSanitizer
/// run (`swift test --sanitize=thread --filter "ConcurrencyTests|MisuseTests"`) — no data race,
/// including on the pool of tape headers that finished recordings return and new ones reuse.
final class ConcurrencyTests: XCTestCase {
    func testConcurrentGradientsInEveryModeAreAllCorrect() async {
        let strategies: [Strategy] = [.reverse, .forward, .chunked(4), .automatic]
        let results = await withTaskGroup(of: (Int, [Double]).self) { group in
            for k in 0..<400 {
                group.addTask {
                    let p = [1.2 + 0.001 * Double(k), 0.8, -0.3, 2.0]
                    return (k, gradient(of: ExtendedRosenbrock(), at: p, strategy: strategies[k % 4]))
                }
            }
            var all = [[Double]](repeating: [], count: 400)
            for await (k, g) in group { all[k] = g }
            return all
        }
        for k in 0..<400 {
            let p = [1.2 + 0.001 * Double(k), 0.8, -0.3, 2.0]
            assertClose(results[k], ExtendedRosenbrock().gradient(at: p), tolerance: 1e-13, "task \(k)")
        }
    }

    func testOnePullbackCalledFromManyTasksWhileOtherTapesComeAndGo() async {
        let x = [0.5, -1.2, 2.0, 0.3]
        let (_, pullback) = vjp(of: ExtendedRosenbrock(), at: x)
        let expected = ExtendedRosenbrock().gradient(at: x)
        let results = await withTaskGroup(of: (Int, [Double]).self) { group in
            for k in 0..<200 {
                group.addTask {
                    // Half the tasks make and drop tapes (recycling headers), half call the pullback.
                    if k % 2 == 0 { _ = gradient(of: ExtendedRosenbrock(), at: x, strategy: .reverse) }
                    return (k, pullback([Double(k % 5)]))
                }
            }
            var all: [(Int, [Double])] = []
            for await result in group { all.append(result) }
            return all
        }
        XCTAssertEqual(results.count, 200)
        for (k, g) in results { assertClose(g, expected.map { $0 * Double(k % 5) }, tolerance: 1e-13, "task \(k)") }
    }

    func testAPullbackKeptLongAfterItsCallStillAnswers() {
        let x = [0.5, -1.2, 2.0]
        let (_, pullback) = vjp(of: SumTimes(), at: x)
        // Thousands of recordings later, the pullback's own tape is intact.
        for k in 0..<5000 { _ = gradient(of: SumTimes(), at: [Double(k), 1, 2], strategy: .reverse) }
        assertClose(pullback([2]), [2 * x[2], 2 * x[2], 2 * (x[0] + x[1])], tolerance: 0)
    }

    func testConcurrentSparsityRunsEachSeeTheirOwnPattern() async {
        // Each sparsity call has its own run (thread-local): 200 tasks tracing functions of
        // different sizes at once, each pattern exact, and one dense Hessian to check values.
        let results = await withTaskGroup(of: (Int, Int, Int).self) { group in
            for k in 0..<200 {
                group.addTask {
                    let n = 5 + k % 7
                    let x = (0..<n).map { i -> Double in 0.5 + 0.01 * Double(i + k) }
                    let jacobian = jacobianSparsity(of: SparseJacobianTests.Heat1D(), at: x).nonzeroCount
                    let hessian = sparseHessian(of: ExtendedRosenbrock(), at: x).nonzeroCount
                    return (k, jacobian, hessian)
                }
            }
            var all = [(Int, Int)](repeating: (0, 0), count: 200)
            for await (k, j, h) in group { all[k] = (j, h) }
            return all
        }
        for k in 0..<200 {
            let n = 5 + k % 7
            XCTAssertEqual(results[k].0, 3 * n - 2, "task \(k): tridiagonal Jacobian")
            XCTAssertEqual(results[k].1, 3 * n - 2, "task \(k): tridiagonal Hessian")
        }
    }
}
