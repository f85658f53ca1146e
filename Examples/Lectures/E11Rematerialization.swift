import Foundation
import DualAD

// Seed 000, advanced: reverse mode stores every intermediate; with √L checkpoints only the
// heads of √L segments are kept and each segment is recomputed during the backward sweep.
// The chain is residual, xₖ₊₁ = xₖ + 0.1·tanh(Wₖxₖ + b), so gradients neither vanish nor
// explode over a thousand layers.
struct TanhLayers: LayerChain {
    let layerCount: Int
    let width = 4
    func weight(_ k: Int, _ i: Int, _ j: Int) -> Double {
        let code: Int = (31 * k + 7 * i + 13 * j) % 17
        return Double(code) / 17 - 0.5
    }
    func layer<S: ADScalar>(_ k: Int, _ state: [S]) -> [S] {
        (0..<width).map { i -> S in
            var z = S(0.05 * Double(i))
            for j in 0..<width { z += S(weight(k, i, j)) * state[j] }
            return state[i] + S(0.1) * tanh(z)
        }
    }
    func loss<S: ADScalar>(_ state: [S]) -> S {
        var s: S = 0
        for v in state { s += v * v }
        return s
    }
}

/// The chain as one write-once function, for the forward-mode check.
struct WholeChain: ScalarFunction {
    let chain: TanhLayers
    func callAsFunction<S: ADScalar>(_ x: [S]) -> S {
        var state = x
        for k in 0..<chain.layerCount { state = chain.layer(k, state) }
        return chain.loss(state)
    }
}

func rematerialization(_ ctx: ExampleContext) {
    let x = [0.3, -0.2, 0.5, 0.1]
    var rows: [[String]] = []
    var plain: [(x: Double, y: Double)] = [], checkpointed: [(x: Double, y: Double)] = []
    for layers in [16, 64, 256, 1024] {
        let chain = TanhLayers(layerCount: layers)
        let a = gradient(of: chain, at: x, checkpointing: .none)
        let b = gradient(of: chain, at: x, checkpointing: .squareRoot)
        rows.append(["\(layers)", "\(a.report.peakTapeBytes)", "\(b.report.peakTapeBytes)", "\(b.report.segments)",
                     show(Double(a.report.peakTapeBytes) / Double(b.report.peakTapeBytes), digits: 3),
                     "\(a.report.layerEvaluations)", "\(b.report.layerEvaluations)"])
        plain.append((Double(layers), Double(a.report.peakTapeBytes)))
        checkpointed.append((Double(layers), Double(b.report.peakTapeBytes)))
        ctx.check("L = \(layers): checkpointed gradient = plain", b.gradient, exact: a.gradient, tolerance: 1e-15)
        if layers <= 64 {
            // The other mode, as an independent truth: forward sweeps through the whole chain.
            let forward = gradient(of: WholeChain(chain: chain), at: x, strategy: .chunked(4))
            ctx.check("L = \(layers): reverse = forward mode", a.gradient, exact: forward, tolerance: 1e-13)
        }
    }
    ctx.table(["L", "peak tape (B)", "with √L (B)", "segments", "saving", "layer evals", "with √L"], rows)
    ctx.say("  Memory falls from O(L) to O(√L) for one extra forward pass (2L layer evaluations instead of L).")
    var plot = SVGPlot(title: "Rematerialization: peak tape memory of a tanh chain", xLabel: "layers L", yLabel: "peak tape (bytes)")
    plot.logX = true
    plot.logY = true
    plot.series = [Series(label: "one tape", points: plain, color: SVGPlot.palette[1]),
                   Series(label: "√L checkpoints", points: checkpointed, color: SVGPlot.palette[2])]
    ctx.plot(plot, file: "rematerialization-memory.svg")
}
