// Checks the numbers API-next.md section 2 states, against values computed here
// independently of DualAD: Lambert's W(1) = Ω and Kepler's E by plain Float80 Newton
// iterations, then the closed forms W′ = W/(x(1 + W)), W″ = −W²(W + 2)/(x²(1 + W)³),
// ∂E/∂e = sin E/(1 − e cos E), ∂E/∂M = 1/(1 − e cos E). (mpmath at 30 digits agrees:
// W′(1) = 0.361896256634889221…, W″(1) = −0.214540646282143705…, ∂E/∂e = 1.019305437608954835…,
// ∂E/∂M = 1.021921173313409509….) Reverse mode is checked on the same function.
// Exits non-zero on any mismatch, naming the call.

import DualAD
import ClientChecks
import Foundation

/// The same model as `eccentricAnomaly`, as a `ScalarFunction` for the strategy drivers.
struct EccentricAnomaly: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ p: [S]) -> S { eccentricAnomaly(p) }
}

func runChecks() {
    var omega: Float80 = 0.5
    for _ in 0..<60 { omega -= (omega * Foundation.exp(omega) - 1) / (Foundation.exp(omega) * (omega + 1)) }
    let w1Expected = omega / (1 + omega)
    let w2Expected = -omega * omega * (omega + 2) / ((1 + omega) * (1 + omega) * (1 + omega))
    check("w1 = W′(1)", w1, Double(w1Expected))
    check("w2 = W″(1)", w2, Double(w2Expected), tolerance: 2e-15)

    let e: Float80 = 0.3, M: Float80 = 1.2
    var E: Float80 = 1
    for _ in 0..<60 { E -= (E - e * Foundation.sin(E) - M) / (1 - e * Foundation.cos(E)) }
    let dEde = Foundation.sin(E) / (1 - e * Foundation.cos(E)), dEdM = 1 / (1 - e * Foundation.cos(E))
    check("gE[0] = ∂E/∂e (forward)", gE[0], Double(dEde))
    check("gE[1] = ∂E/∂M (forward)", gE[1], Double(dEdM))
    let reverse = gradient(of: EccentricAnomaly(), at: [0.3, 1.2], strategy: .reverse)
    check("∂E/∂e (reverse)", reverse[0], Double(dEde))
    check("∂E/∂M (reverse)", reverse[1], Double(dEdM))
    check("E (value)", eccentricAnomaly([0.3, 1.2]), Double(E))
    finishChecks("API-next.md section 2")
}
