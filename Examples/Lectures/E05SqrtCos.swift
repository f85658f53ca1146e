import Foundation
import DualAD

// Seed 003: f(x) = √(x² + e^{x²}) + cos(x² + e^{x²}), as a computational graph of
// intermediates, differentiated by forward mode, reverse mode and central differences.
struct SqrtCosFunction: ScalarFunction {
    func callAsFunction<S: ADScalar>(_ v: [S]) -> S {
        let a = v[0] * v[0]
        let c = a + exp(a)
        return sqrt(c) + cos(c)
    }
}

/// f′ by hand: with u = x² + e^{x²}, u′ = 2x(1 + e^{x²}), f′ = u′(1/(2√u) − sin u).
func sqrtCosDerivative(_ x: Double) -> Double {
    let u = x * x + Foundation.exp(x * x)
    return 2 * x * (1 + Foundation.exp(x * x)) * (0.5 / u.squareRoot() - Foundation.sin(u))
}

func sqrtCos(_ ctx: ExampleContext) {
    let x = 0.5
    let v = Dual(x, tangent: 1)
    let a = v * v, b = exp(a), c = a + b, d = sqrt(c), e = cos(c), f = d + e
    ctx.say("  The graph at x = 0.5, each node's value and tangent (one forward sweep):")
    let nodes: [(String, Dual<Double>)] = [("x", v), ("a = x²", a), ("b = eᵃ", b), ("c = a + b", c),
                                           ("d = √c", d), ("e = cos c", e), ("f = d + e", f)]
    ctx.table(["node", "value", "tangent"], nodes.map { [$0.0, show($0.1.value), show($0.1.tangent)] })
    let exact = sqrtCosDerivative(x)
    ctx.check("f′(0.5) forward", f.tangent, exact: exact, tolerance: 1e-15)
    ctx.check("f′(0.5) reverse", gradient(of: SqrtCosFunction(), at: [x], strategy: .reverse)[0], exact: exact, tolerance: 1e-15)
    ctx.check("f′(0.5) central difference", gradient(of: SqrtCosFunction(), at: [x], strategy: .centralDifference)[0],
              exact: exact, tolerance: 1e-9)
    // f and f′ over [−1.5, 1.5].
    let grid: [Double] = (0...120).map { (k: Int) -> Double in
        let fraction = Double(k) / 120
        return 3 * fraction - 1.5
    }
    var values: [(x: Double, y: Double)] = [], slopes: [(x: Double, y: Double)] = []
    var worst = 0.0
    for t in grid {
        let r = valueWithDerivative(at: t) { u in
            let s = u * u + exp(u * u)
            return sqrt(s) + cos(s)
        }
        values.append((t, r.value))
        slopes.append((t, r.derivative))
        worst = Swift.max(worst, Swift.abs(r.derivative - sqrtCosDerivative(t)) / Swift.max(1, Swift.abs(sqrtCosDerivative(t))))
    }
    ctx.check("max |f′ − formula| over 121 points", worst, exact: 0, tolerance: 1e-14)
    var plot = SVGPlot(title: "f(x) = √(x² + e^{x²}) + cos(x² + e^{x²}) and f′ by DualAD", xLabel: "x", yLabel: "value")
    plot.series = [Series(label: "f(x)", points: values, color: SVGPlot.palette[0]),
                   Series(label: "f′(x) (dual)", points: slopes, color: SVGPlot.palette[1])]
    ctx.plot(plot, file: "f-and-derivative.svg")
}
