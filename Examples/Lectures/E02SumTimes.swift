import DualAD

// Seeds 002 and 004: f(x, y, z) = (x + y)·z at (−2, 5, −4), with q = x + y, f = q·z.
func sumTimes(_ ctx: ExampleContext) {
    let point = [-2.0, 5.0, -4.0]
    ctx.say("  Forward mode: one sweep per input, seeding eᵢ:")
    let names = ["x", "y", "z"]
    var forward: [Double] = []
    for i in 0..<3 {
        let seeded = DualVector(point, seed: i)
        let f = (seeded[0] + seeded[1]) * seeded[2]
        ctx.say("    sweep \(i + 1), seed e\(i + 1): f = \(f.value), ∂f/∂\(names[i]) = \(f.tangent)")
        forward.append(f.tangent)
    }
    ctx.say("  Reverse mode: one recording, one backward sweep; the adjoints of every node:")
    let tape = Tape<Double>()
    let x = tape.variable(point[0]), y = tape.variable(point[1]), z = tape.variable(point[2])
    let q = x + y
    let f = q * z
    tape.finishRecording()
    var adjoint: [Double] = []
    tape.backward(from: f, into: &adjoint)
    let rows: [(String, Double, Double)] = [
        ("f", f.value, adjoint[f.tapeIndex!]), ("q = x + y", q.value, adjoint[q.tapeIndex!]),
        ("z", z.value, adjoint[z.tapeIndex!]), ("y", y.value, adjoint[y.tapeIndex!]), ("x", x.value, adjoint[x.tapeIndex!]),
    ]
    ctx.table(["node", "value", "∂f/∂node"], rows.map { [$0.0, show($0.1), show($0.2)] })
    ctx.say("  The notes' local derivatives: ∂f/∂q = z, ∂f/∂z = q, ∂q/∂x = ∂q/∂y = 1.")
    ctx.notes("∂f/∂q = z", printed: "-4", ours: adjoint[q.tapeIndex!])
    ctx.notes("∂f/∂z = q", printed: "3", ours: adjoint[z.tapeIndex!])
    ctx.notes("∂f/∂x", printed: "-4", ours: adjoint[x.tapeIndex!])
    ctx.notes("∂f/∂y", printed: "-4", ours: adjoint[y.tapeIndex!])
    let exact = [point[2], point[2], point[0] + point[1]]   // (z, z, x + y)
    ctx.check("forward gradient", forward, exact: exact, tolerance: 0)
    ctx.check("reverse gradient", [adjoint[0], adjoint[1], adjoint[2]], exact: exact, tolerance: 0)
}
