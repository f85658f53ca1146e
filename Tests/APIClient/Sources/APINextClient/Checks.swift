// Checks the numbers API-next.md section 1 states, against closed forms computed here in
// plain Double. Exits non-zero on any mismatch, naming the call.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DualAD
import ClientChecks

func runChecks() {
    let e = exp(1.0)
    checkMatrix("J", J, [[2, -3.4], [e, 1]])
    checkMatrix("J2", J2, [[2, 1, cos(0.5)], [e, -0.5, -2]])
    check("g[0]", g[0], -2.5); check("g[1]", g[1], 0); check("g[2]", g[2], 2.5)
    // ∂/∂a Σ (a e^{−bt} − y)² = Σ 2r e^{−bt};  ∂/∂b = Σ 2r (−a t e^{−bt}), at (a, b) = (2, 0.5).
    var ga = 0.0, gb = 0.0
    for i in 0..<ts.count {
        let decay = exp(-0.5 * ts[i]), r = 2 * decay - ys[i]
        ga += 2 * r * decay
        gb += 2 * r * (-2 * ts[i] * decay)
    }
    check("fit[0]", fit[0], ga); check("fit[1]", fit[1], gb)
    check("d", d, 12)
    check("dr", dr, Double.pi * 1.3 / sqrt(2.69))
    check("dp", dp, Double.pi * cos(Double.pi / 4))
    finishChecks("API-next.md section 1")
}
