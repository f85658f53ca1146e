import Foundation
import DualAD

// Seed 002: forward, backward and central differences of f(x) = sin(x)·eˣ at x = 1 for
// h = 10⁻¹ … 10⁻¹⁵, against the dual-number derivative: O(h) and O(h²) truncation, then the
// round-off floor, while the dual number is exact to an ulp at no cost in h.
func finiteDifferences(_ ctx: ExampleContext) {
    let x = 1.0
    func f(_ t: Double) -> Double { Foundation.sin(t) * Foundation.exp(t) }
    let exact = (Foundation.sin(x) + Foundation.cos(x)) * Foundation.exp(x)
    let dual = derivative(at: x) { sin($0) * exp($0) }
    ctx.check("dual derivative vs (sin + cos)·eˣ", dual, exact: exact, tolerance: 2.3e-16)
    var rows: [[String]] = []
    var forwardErrors: [(x: Double, y: Double)] = [], backwardErrors: [(x: Double, y: Double)] = []
    var centralErrors: [(x: Double, y: Double)] = [], dualErrors: [(x: Double, y: Double)] = []
    var errorsByExponent: [Int: (Double, Double)] = [:]
    for k in 1...15 {
        let h = Foundation.pow(10, -Double(k))
        let forward = (f(x + h) - f(x)) / h
        let backward = (f(x) - f(x - h)) / h
        let central = (f(x + h) - f(x - h)) / (2 * h)
        let errors = [forward, backward, central].map { Swift.abs($0 - exact) / exact }
        rows.append(["1e-\(k)", show(errors[0], digits: 2), show(errors[1], digits: 2), show(errors[2], digits: 2)])
        forwardErrors.append((h, errors[0]))
        backwardErrors.append((h, errors[1]))
        centralErrors.append((h, errors[2]))
        dualErrors.append((h, Swift.max(Swift.abs(dual - exact) / exact, 1e-17)))
        errorsByExponent[k] = (errors[0], errors[2])
    }
    ctx.table(["h", "forward error", "backward error", "central error"], rows)
    ctx.say("  dual number: relative error \(show(Swift.abs(dual - exact) / exact, digits: 2)) for every h (no step at all)")
    // Slopes from h = 1e-2 to 1e-3: one decade of h buys one decade (forward) or two (central).
    let forwardSlope = Foundation.log10(errorsByExponent[2]!.0 / errorsByExponent[3]!.0)
    let centralSlope = Foundation.log10(errorsByExponent[2]!.1 / errorsByExponent[3]!.1)
    ctx.check("forward-difference slope (O(h) → 1)", forwardSlope, exact: 1, tolerance: 0.05)
    ctx.check("central-difference slope (O(h²) → 2)", centralSlope, exact: 2, tolerance: 0.05)
    let best = centralErrors.min { $0.y < $1.y }!
    ctx.say("  central differences are best at h = \(show(best.x, digits: 1)) (error \(show(best.y, digits: 2))); below that, round-off (≈ ε/h) wins.")
    var plot = SVGPlot(title: "Finite differences of sin(x)·eˣ at x = 1: relative error", xLabel: "step h", yLabel: "relative error")
    plot.logX = true
    plot.logY = true
    plot.series = [Series(label: "forward O(h)", points: forwardErrors, color: SVGPlot.palette[0]),
                   Series(label: "backward O(h)", points: backwardErrors, color: SVGPlot.palette[2], dashed: true),
                   Series(label: "central O(h²)", points: centralErrors, color: SVGPlot.palette[1]),
                   Series(label: "dual (0, drawn at 1e-17)", points: dualErrors, color: SVGPlot.palette[4])]
    ctx.plot(plot, file: "finite-difference-error.svg")
}
