// Checks the numbers API.md states, against closed forms computed here in plain Double.
// Exits non-zero on any mismatch, naming the call.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DualAD
import ClientChecks

func runChecks() {
    check("y.value", y.value, 9 + sin(3.0))
    check("y.tangent", y.tangent, 6 + cos(3.0))
    check("d", d, 4 + cos(2.0))
    check("vd.value", vd.value, exp(2.0) / 2)
    check("vd.derivative", vd.derivative, exp(2.0) / 4)
    check("d2", d2, 12)
    let e1 = exp(1.0)
    check("g[0]", g[0], 2 + e1); check("g[1]", g[1], 1)
    checkMatrix("J", J, [[2, 1], [cos(1.0), 0]])
    check("t.value[0]", t.value[0], 2); check("t.value[1]", t.value[1], sin(1.0))
    check("t.tangent[0]", t.tangent[0], 2); check("t.tangent[1]", t.tangent[1], cos(1.0))
    checkMatrix("H", H, [[4, 2], [2, 0]])
    // Plain loops: nested `map` closures over Doubles with literals are slow to type-check
    // in any Swift code (this line took 228 ms as one expression).
    let z = [-0.4, -0.3, -0.2]
    var layer = [[Double]](repeating: [0, 0], count: 3)
    for i in 0..<3 {
        let slope = 1 - tanh(z[i]) * tanh(z[i])
        for j in 0..<2 { layer[i][j] = slope * W[i, j] }
    }
    checkMatrix("Jl", Jl, layer)
    let rosenbrockGradient = (0..<p.count).map { i -> Double in
        var gi = 0.0
        if i + 1 < p.count { gi += -400 * p[i] * (p[i + 1] - p[i] * p[i]) - 2 * (1 - p[i]) }
        if i > 0 { gi += 200 * (p[i] - p[i - 1] * p[i - 1]) }
        return gi
    }
    for i in 0..<p.count {
        check("g1[\(i)]", g1[i], rosenbrockGradient[i], tolerance: 1e-13)
        check("g2[\(i)]", g2[i], rosenbrockGradient[i], tolerance: 1e-13)
        check("g3[\(i)]", g3[i], rosenbrockGradient[i], tolerance: 1e-13)
    }
    let (x0, x1) = (0.3, 0.7)
    let th = tanh(x0 * x1), f1 = exp(x0) / (1 + x1 * x1), f2 = sqrt(1 + x0 * x0)
    let layerJacobian = [[x1 * (1 - th * th), x0 * (1 - th * th)],
                         [f1, -2 * x1 * exp(x0) / ((1 + x1 * x1) * (1 + x1 * x1))],
                         [x0 / f2, 0]]
    checkMatrix("J1 (reverse)", J1, layerJacobian, tolerance: 1e-15)
    checkMatrix("J2 (automatic)", J2, layerJacobian, tolerance: 1e-15)
    checkMatrix("J3 (central difference)", J3, layerJacobian, tolerance: 1e-8)
    check("gw[0]", gw[0], -21)
    check("gw[1]", gw[1], -28)
    finishChecks("API.md")
}
