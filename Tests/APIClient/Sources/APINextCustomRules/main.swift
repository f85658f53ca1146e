import DualAD

/// Lambert's W (principal branch): its value by iteration on plain floats, its derivative
/// written once, generically — every mode and every nesting level uses the rule, never the
/// iteration.
struct LambertW: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T {
        var w = x < 1 ? x : T(Foundation.log(Double(x)))    // any start; Halley's iteration
        for _ in 0..<50 {
            let e = T(Foundation.exp(Double(w))), f = w * e - x
            w -= f / (e * (w + 1) - (w + 2) * f / (2 * w + 2))
        }
        return w
    }
    func derivative<S: ADScalar>(at x: S, value w: S) -> S { w / (x * (1 + w)) }
}
let W = LambertW()
let w1 = derivative(at: 1.0) { x in W(x) }                                  // 0.36189…
let w2 = derivative(at: 1.0) { x in derivative(at: x) { W($0) } }           // −0.21454…

/// Kepler's equation E − e·sin E − M = 0, solved for E; its derivatives in (e, M) come from
/// the implicit function theorem, not from the solver's iterations.
struct Kepler: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
}
func eccentricAnomaly<S: ADScalar>(_ p: [S]) -> S { solveRoot(of: Kepler(), near: 1.0, parameters: p) }
let gE = gradient(at: [0.3, 1.2]) { eccentricAnomaly(Array($0)) }           // [1.01930…, 1.02192…]

// Not part of API-next.md: the note under section 2's block says to import Foundation for
// `Foundation.log`/`Foundation.exp`; the checks follow.
import Foundation

runChecks()
