import Foundation
import DualAD

// Your own functions: a derivative rule written once (Lambert's W) and an implicit function
// (Kepler's equation), each used by forward, nested and reverse mode, and checked against
// values computed here without DualAD.

/// Lambert's W (principal branch): value by Halley's iteration, derivative W/(x(1 + W)).
struct ExampleLambertW: DifferentiableFunction {
    func value<T: BinaryFloatingPoint>(at x: T) -> T {
        var w = x < 1 ? x : T(Foundation.log(Double(x)))
        for _ in 0..<50 {
            let e = T(Foundation.exp(Double(w))), f = w * e - x
            w -= f / (e * (w + 1) - (w + 2) * f / (2 * w + 2))
        }
        return w
    }
    func derivative<S: ADScalar>(at x: S, value w: S) -> S { w / (x * (1 + w)) }
}

/// Kepler's equation E − e·sin E − M = 0, parameters (e, M).
struct KeplerEquation: ImplicitFunction {
    func callAsFunction<S: ADScalar>(_ E: S, parameters p: [S]) -> S { E - p[0] * sin(E) - p[1] }
}

/// The orbital radius r = a(1 − e·cos E(e, M)) of a body on an ellipse with semi-major axis
/// a = 1, as a function of (e, M): the model whose gradient the example checks.
struct OrbitalRadius: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        let E = solveRoot(of: KeplerEquation(), near: 1.0, parameters: p)
        return 1 - p[0] * cos(E)
    }
}

/// E(e, M) by a plain Newton loop (no DualAD), for the independent values.
func keplerByHand(e: Double, M: Double) -> Double {
    var E = M
    for _ in 0..<50 { E -= (E - e * Foundation.sin(E) - M) / (1 - e * Foundation.cos(E)) }
    return E
}

func yourOwnFunctions(_ ctx: ExampleContext) {
    let W = ExampleLambertW()
    ctx.say("  Lambert's W: the rule, checked against Richardson differences of its own value:")
    ctx.say(checkRule(W, at: [0.1, 1, 10]).description.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    // W(1) = Ω by a plain iteration; W′ = W/(x(1 + W)), W″ = −W²(W + 2)/(x²(1 + W)³).
    var omega = 0.5
    for _ in 0..<100 { omega = (1 + omega) / (1 + Foundation.exp(omega)) }
    ctx.check("W′(1) forward", derivative(at: 1.0) { x in W(x) }, exact: omega / (1 + omega), tolerance: 1e-15)
    ctx.check("W″(1) by nesting", derivative(at: 1.0) { x in derivative(at: x) { W($0) } },
              exact: -omega * omega * (omega + 2) / Foundation.pow(1 + omega, 3), tolerance: 1e-15)

    ctx.say("  Kepler's equation E − e·sin E = M, solved by Newton's method, differentiated by the")
    ctx.say("  implicit function theorem (∂E/∂e = sin E/(1 − e cos E), ∂E/∂M = 1/(1 − e cos E)):")
    let (e, M) = (0.3, 1.2)
    let E = keplerByHand(e: e, M: M), D = 1 - e * Foundation.cos(E)
    let dE = [Foundation.sin(E) / D, 1 / D]
    // r = 1 − e cos E: ∂r/∂e = −cos E + e sin E ∂E/∂e, ∂r/∂M = e sin E ∂E/∂M.
    let dr = [-Foundation.cos(E) + e * Foundation.sin(E) * dE[0], e * Foundation.sin(E) * dE[1]]
    let forward = gradient(at: [e, M]) { p in solveRoot(of: KeplerEquation(), near: 1.0, parameters: Array(p)) }
    ctx.check("∇E(0.3, 1.2) forward", forward, exact: dE, tolerance: 1e-15)
    ctx.check("∇r(0.3, 1.2) forward", gradient(of: OrbitalRadius(), at: [e, M], strategy: .forward), exact: dr, tolerance: 1e-15)
    ctx.check("∇r(0.3, 1.2) reverse", gradient(of: OrbitalRadius(), at: [e, M], strategy: .reverse), exact: dr, tolerance: 1e-15)
    ctx.check("∇r(0.3, 1.2) central difference", gradient(of: OrbitalRadius(), at: [e, M], strategy: .centralDifference),
              exact: dr, tolerance: 1e-9)

    // E and ∂E/∂M over one orbit, for e = 0.3 and e = 0.8.
    var series: [Series] = []
    for (index, eccentricity) in [0.3, 0.8].enumerated() {
        var values: [(x: Double, y: Double)] = [], slopes: [(x: Double, y: Double)] = []
        for k in 0...90 {
            let m = 2 * Double.pi * Double(k) / 90
            let r = valueWithDerivative(at: m) { mm in solveRoot(of: KeplerEquation(), near: 1.0, parameters: [Dual(eccentricity), mm]) }
            values.append((m, r.value))
            slopes.append((m, r.derivative))
        }
        series.append(Series(label: "E(M), e = \(eccentricity)", points: values, color: SVGPlot.palette[2 * index]))
        series.append(Series(label: "∂E/∂M, e = \(eccentricity)", points: slopes, color: SVGPlot.palette[2 * index + 1]))
    }
    var plot = SVGPlot(title: "Kepler's equation: E(M) and ∂E/∂M by the implicit function theorem", xLabel: "M", yLabel: "value")
    plot.series = series
    ctx.plot(plot, file: "kepler.svg")
}
