import Foundation
import DualAD

// Seed 000, "Review Scalar Derivative": each rule of the table, as a derivative at x = 2
// computed by one dual number, beside the rule's formula evaluated by hand.
func rulesTable(_ ctx: ExampleContext) {
    let x = 2.0
    ctx.say("  Each rule's derivative at x = 2, by one forward sweep with Dual(2, tangent: 1):")
    let rows: [(String, String, Double, Double)] = [
        ("constant a = 3", "0", derivative(at: x) { _ in 3 }, 0),
        ("xⁿ, n = 3", "n·xⁿ⁻¹ = 12", derivative(at: x) { pow($0, 3) }, 3 * x * x),
        ("exp(x)", "exp(x)", derivative(at: x) { exp($0) }, Foundation.exp(x)),
        ("log(x)", "1/x", derivative(at: x) { log($0) }, 1 / x),
        ("sin(x)", "cos(x)", derivative(at: x) { sin($0) }, Foundation.cos(x)),
        ("u + v, u = x², v = sin x", "u′ + v′", derivative(at: x) { $0 * $0 + sin($0) }, 2 * x + Foundation.cos(x)),
        ("u·v", "u′v + uv′", derivative(at: x) { $0 * $0 * sin($0) }, 2 * x * Foundation.sin(x) + x * x * Foundation.cos(x)),
        ("u/v", "(u′v − uv′)/v²", derivative(at: x) { $0 * $0 / sin($0) },
         (2 * x * Foundation.sin(x) - x * x * Foundation.cos(x)) / (Foundation.sin(x) * Foundation.sin(x))),
        ("y = f(u), u = g(x): sin(x²)", "f′(u)·g′(x)", derivative(at: x) { sin($0 * $0) }, Foundation.cos(x * x) * 2 * x),
    ]
    ctx.table(["rule", "formula", "DualAD", "by hand"], rows.map { [$0.0, $0.1, show($0.2), show($0.3)] })
    for row in rows { ctx.check(row.0, row.2, exact: row.3, tolerance: 2e-16, quiet: true) }
    ctx.say("  all \(rows.count) rules agree with their formulas to the last bit (checked).")
    ctx.say("  Subderivatives (the notes allow any a ∈ [−1, 1] at the kink); DualAD's conventions:")
    ctx.check("d|x|/dx at 0 (convention +1)", derivative(at: 0.0) { abs($0) }, exact: 1)
    ctx.check("d max(x, 0)/dx at 0 (relu, 0)", derivative(at: 0.0) { relu($0) }, exact: 0)
}
