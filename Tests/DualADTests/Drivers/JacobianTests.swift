import XCTest
import Foundation
import DualAD

struct LinearMap: VectorFunction {
    let a: [[Double]]
    func callAsFunction<S: ADScalar>(_ x: [S]) -> [S] {
        a.map { row in zip(row, x).reduce(S(0)) { $0 + S($1.0) * $1.1 } }
    }
}

final class JacobianTests: XCTestCase {
    let strategies: [Strategy] = [.forward, .chunked(1), .chunked(2), .chunked(3), .chunked(4), .chunked(8)]

    func testAPIJacobianExamples() {
        let J = jacobian(at: [1.0, 2.0]) { x in [x[0] * x[1], sin(x[0])] }
        XCTAssertEqual(J, Matrix([[2.0, 1.0], [Foundation.cos(1.0), 0.0]]))
        let W = Matrix([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
        let b = [0.1, 0.2, 0.3]
        let Jl = jacobian(at: [0.5, -0.5]) { x in tanh(W * x + b) }
        let z = W * [0.5, -0.5]
        var expected = Matrix(rows: 3, columns: 2, repeating: 0.0)
        for i in 0..<3 {
            let t = Foundation.tanh(z[i] + b[i])
            for j in 0..<2 { expected[i, j] = (1 - t * t) * W[i, j] }
        }
        assertClose(Jl, expected, tolerance: 1e-15)
        let arrayForm = jacobian(at: [1.0, 2.0]) { x -> [Dual<Double>] in [x[0] * x[1], sin(x[0])] }
        XCTAssertEqual(arrayForm, J)
    }

    func testJacobianOfLinearMapIsTheMatrixExactly() {
        var rng = SplitMix64(state: 5)
        let a = Matrix(rng.matrix(4, 3))
        let x = rng.vector(3)
        XCTAssertEqual(jacobian(at: x) { v in a * v }, a, "Ax → A")
        let b = Matrix(rng.matrix(3, 5))
        XCTAssertEqual(jacobian(at: x) { v in v * b }, b.transposed(), "xᵀB → Bᵀ")
        for strategy in strategies {
            XCTAssertEqual(jacobian(of: LinearMap(a: [[Double]](a)), at: x, strategy: strategy), a, "\(strategy)")
        }
    }

    func testTwoLayerTanhNetworkMatchesAnalyticJacobian() {
        var rng = SplitMix64(state: 9)
        let net = TwoLayerTanh(w1: rng.matrix(6, 5), b1: rng.vector(6), w2: rng.matrix(3, 6), b2: rng.vector(3))
        let x = rng.vector(5)
        let expected = net.jacobian(at: x)
        for strategy in strategies {
            assertClose(jacobian(of: net, at: x, strategy: strategy), expected, tolerance: 1e-14, "\(strategy)")
        }
        assertClose(jacobian(of: net, at: x, strategy: .centralDifference), expected, tolerance: 1e-8)
        let forward = jacobian(of: net, at: x, strategy: .forward)
        for n in 1...8 {
            XCTAssertEqual(jacobian(of: net, at: x, strategy: .chunked(n)), forward, "chunked(\(n)) identical")
        }
    }

    func testValueWithJacobianAndJVPAgree() {
        var rng = SplitMix64(state: 12)
        let net = TwoLayerTanh(w1: rng.matrix(4, 3), b1: rng.vector(4), w2: rng.matrix(2, 4), b2: rng.vector(2))
        let x = rng.vector(3), v = rng.vector(3)
        let (value, J) = valueWithJacobian(of: net, at: x, strategy: .forward)
        XCTAssertEqual(value, net(x))
        let t = jvp(of: net, at: x, along: v)
        XCTAssertEqual(t.value, value)
        assertClose(t.tangent, J * v, tolerance: 1e-14)
    }
}
