import Foundation
import DualAD

// Seed 002: the sigmoid neuron f(w, x) = 1 / (1 + e^{−(w₀x₀ + w₁x₁ + w₂)}), differentiated
// stage by stage with the notes' local derivatives (1/x → −1/x², c + x → 1, eˣ → eˣ,
// ax → a), beside the closed form σ(1 − σ)·(x₀, x₁, 1).
func sigmoidNeuron(_ ctx: ExampleContext) {
    let w = [2.0, -3.0, -3.0], x = [-1.0, -2.0]
    let tape = Tape<Double>()
    let w0 = tape.variable(w[0]), w1 = tape.variable(w[1]), w2 = tape.variable(w[2])
    // One-operand operations share their operand's entry; `node` gives each stage an entry of
    // its own so that its adjoint can be read.
    let s = tape.node(w0 * Tracked(x[0]) + w1 * Tracked(x[1]) + w2)
    let n = tape.node(-s)
    let e = tape.node(exp(n))
    let d = tape.node(1 + e)
    let f = tape.node(1 / d)
    tape.finishRecording()
    var adjoint: [Double] = []
    tape.backward(from: f, into: &adjoint)
    let stages: [(String, String, Tracked<Double>)] = [
        ("f = 1/d", "−1/d² (d/dd)", f), ("d = 1 + e", "1", d), ("e = exp(n)", "eⁿ", e),
        ("n = −s", "−1", n), ("s = w·x + w₂", "x₀, x₁, 1", s),
    ]
    ctx.say("  Stages from the output back, each with its adjoint ∂f/∂stage from the backward sweep:")
    ctx.table(["stage", "local derivative", "value", "∂f/∂stage"],
              stages.map { [$0.0, $0.1, show($0.2.value), show(adjoint[$0.2.tapeIndex!])] })
    let sigma = 1 / (1 + Foundation.exp(-(w[0] * x[0] + w[1] * x[1] + w[2])))
    let closedForm = [x[0], x[1], 1].map { sigma * (1 - sigma) * $0 }
    ctx.say("  σ = \(show(sigma)); σ(1 − σ) = \(show(sigma * (1 - sigma)))")
    ctx.check("∂f/∂w by stages (reverse)", [adjoint[0], adjoint[1], adjoint[2]], exact: closedForm, tolerance: 1e-15)
    let forward = gradient(at: w) { v in 1 / (1 + exp(-(v[0] * Dual(x[0]) + v[1] * Dual(x[1]) + v[2]))) }
    ctx.check("∂f/∂w by forward sweeps", forward, exact: closedForm, tolerance: 1e-15)
}
