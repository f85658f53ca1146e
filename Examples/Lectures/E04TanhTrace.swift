import Foundation
import DualAD

// Seed 003: the network z⁽²⁾ = W⁽¹⁾ tanh(W⁽⁰⁾ x), loss (x₃ − y)², with x = 1, W⁽⁰⁾ = 2,
// W⁽¹⁾ = 1.2, y = 2, differentiated with respect to x. The notes define the evaluation trace
//   x₀ = x, x₁ = W⁽⁰⁾x₀, x₂ = tanh x₁, x₃ = W⁽¹⁾x₂, x₄ = x₃ − y, x₅ = x₄²
// and the tangent trace d₀ = 1, d₁ = W⁽⁰⁾d₀, d₂ = (1 − tanh² x₁)d₁, d₃ = W⁽¹⁾d₂, d₄ = d₃,
// d₅ = 2x₄d₄. One forward sweep on Dual computes both traces at once.
func tanhTrace(_ ctx: ExampleContext) {
    let (input, w0, w1, y) = (1.0, 2.0, 1.2, 2.0)
    let x0 = Dual(input, tangent: 1)
    let x1 = Dual(w0) * x0
    let x2 = tanh(x1)
    let x3 = Dual(w1) * x2
    let x4 = x3 - Dual(y)
    let x5 = x4 * x4
    let trace = [x0, x1, x2, x3, x4, x5]
    ctx.table(["i", "xᵢ (value)", "dᵢ (tangent)"], trace.indices.map { ["\($0)", show(trace[$0].value), show(trace[$0].tangent)] })

    ctx.say("  Beside the notes (which round each intermediate before using it):")
    ctx.notes("x₁ = W⁽⁰⁾x₀", printed: "2", ours: x1.value)
    ctx.notes("x₂ = tanh x₁", printed: "0.964", ours: x2.value)
    ctx.notes("x₃ = W⁽¹⁾x₂", printed: "1.15", ours: x3.value,
              reason: "rounded intermediate: 1.2 × 0.964 = 1.1568, which the notes cut to 1.15")
    ctx.notes("x₄ = x₃ − y", printed: "-0.85", ours: x4.value,
              reason: "rounded intermediate: 1.15 − 2 from the cut x₃ (y − x₃ = 0.85 in the notes' other sign convention)")
    ctx.notes("x₅ = x₄²", printed: "0.722", ours: x5.value,
              reason: "rounded intermediate: (−0.85)² = 0.7225; unrounded x₄² = 0.7109")
    ctx.notes("d₁ = W⁽⁰⁾d₀", printed: "2", ours: x1.tangent)
    ctx.notes("d₂ = (1 − tanh²x₁)d₁", printed: "0.14", ours: x2.tangent)
    ctx.notes("d₃ = W⁽¹⁾d₂", printed: "0.169", ours: x3.tangent,
              reason: "rounded intermediate: 1.2 × 0.141 = 0.1692; unrounded 1.2 × 0.14130 = 0.16956")
    ctx.notes("d₄ = d₃", printed: "0.169", ours: x4.tangent,
              reason: "same rounded d₃ (in the notes' y − x₃ convention d₄ = −d₃ and x₄ = +0.85: same d₅)")
    ctx.notes("d₅ = 2x₄d₄", printed: "-0.283", ours: x5.tangent,
              reason: "arithmetic slip: 2·(−0.85)·0.169 = −0.2873, not −0.283; unrounded d₅ = −0.2859")

    // Independent truth: the chain rule written out by hand.
    let t = Foundation.tanh(w0 * input)
    let exact = 2 * (w1 * t - y) * w1 * (1 - t * t) * w0
    ctx.check("dL/dx forward (d₅)", x5.tangent, exact: exact, tolerance: 2e-16)
    struct Loss: ScalarFunction {
        func callAsFunction<S: ADScalar>(_ v: [S]) -> S {
            let r = S(1.2) * tanh(S(2) * v[0]) - S(2)
            return r * r
        }
    }
    let reverse = gradient(of: Loss(), at: [input], strategy: .reverse)[0]
    ctx.check("dL/dx reverse sweep", reverse, exact: exact, tolerance: 2e-16)
    ctx.check("dL/dx central difference", gradient(of: Loss(), at: [input], strategy: .centralDifference)[0],
              exact: exact, tolerance: 1e-9)
}
