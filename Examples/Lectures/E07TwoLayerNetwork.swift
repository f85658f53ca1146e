import Foundation
import DualAD

// Seed 004: a two-layer network in row-vector convention,
//   H₁ = XW₁ + b₁,  Z₁ = σ(H₁),  Z₂ = Z₁W₂ + b₂,  J = (1/N)‖Z₂ − Y‖²_F,
// with the weight and bias gradients by DualAD beside the hand-derived backprop formulas
// (dimension balancing): Λ = (2/N)(Z₂ − Y), ∂J/∂W₂ = Z₁ᵀΛ, ∂J/∂b₂ = 1ᵀΛ,
// ∂J/∂H₁ = (ΛW₂ᵀ) ⊙ Z₁ ⊙ (1 − Z₁), ∂J/∂W₁ = Xᵀ ∂J/∂H₁, ∂J/∂b₁ = 1ᵀ ∂J/∂H₁.
struct TwoLayer: ScalarFunction {
    let X: [[Double]], Y: [[Double]]
    let d: Int, h: Int, o: Int
    var count: Int { d * h + h + h * o + o }
    // Parameter layout: W₁ (d×h, row-major), b₁ (h), W₂ (h×o), b₂ (o).
    var w1: Int { 0 }
    var b1: Int { d * h }
    var w2: Int { d * h + h }
    var b2: Int { d * h + h + h * o }

    func callAsFunction<S: ADScalar>(_ p: [S]) -> S {
        var total: S = 0
        for r in 0..<X.count {
            var z1 = [S](repeating: 0, count: h)
            for k in 0..<h {
                var s = p[b1 + k]
                for i in 0..<d { s += S(X[r][i]) * p[w1 + i * h + k] }
                z1[k] = 1 / (1 + exp(-s))
            }
            for j in 0..<o {
                var s = p[b2 + j]
                for k in 0..<h { s += z1[k] * p[w2 + k * o + j] }
                let e = s - S(Y[r][j])
                total += e * e
            }
        }
        return total / S(Double(X.count))
    }

    /// The backprop formulas of the notes, in plain Double matrices.
    func backprop(_ p: [Double]) -> [Double] {
        let n = X.count
        var g = [Double](repeating: 0, count: count)
        for r in 0..<n {
            var z1 = [Double](repeating: 0, count: h)
            for k in 0..<h {
                var s = p[b1 + k]
                for i in 0..<d { s += X[r][i] * p[w1 + i * h + k] }
                z1[k] = 1 / (1 + Foundation.exp(-s))
            }
            var lambda = [Double](repeating: 0, count: o)
            for j in 0..<o {
                var s = p[b2 + j]
                for k in 0..<h { s += z1[k] * p[w2 + k * o + j] }
                lambda[j] = 2 / Double(n) * (s - Y[r][j])
            }
            for j in 0..<o {
                g[b2 + j] += lambda[j]
                for k in 0..<h { g[w2 + k * o + j] += z1[k] * lambda[j] }
            }
            for k in 0..<h {
                var back = 0.0
                for j in 0..<o { back += lambda[j] * p[w2 + k * o + j] }
                let dh = back * z1[k] * (1 - z1[k])
                g[b1 + k] += dh
                for i in 0..<d { g[w1 + i * h + k] += X[r][i] * dh }
            }
        }
        return g
    }
}

func twoLayerNetwork(_ ctx: ExampleContext) {
    var state: UInt64 = 7
    func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53) * 2 - 1
    }
    let (n, d, h, o) = (8, 3, 5, 2)
    let X = (0..<n).map { _ in (0..<d).map { _ in next() } }
    let Y = X.map { row in [Foundation.sin(row[0] + row[1]), row[2] * row[0]] }
    let net = TwoLayer(X: X, Y: Y, d: d, h: h, o: o)
    var p = (0..<net.count).map { _ in 0.5 * next() }
    let reverse = gradient(of: net, at: p, strategy: .reverse)
    let formulas = net.backprop(p)
    ctx.say("  \(net.count) parameters: W₁ \(d)×\(h), b₁ \(h), W₂ \(h)×\(o), b₂ \(o); batch N = \(n)")
    ctx.check("∂J/∂W₁ (reverse vs backprop)", Array(reverse[net.w1..<net.b1]), exact: Array(formulas[net.w1..<net.b1]), tolerance: 1e-15)
    ctx.check("∂J/∂b₁", Array(reverse[net.b1..<net.w2]), exact: Array(formulas[net.b1..<net.w2]), tolerance: 1e-15)
    ctx.check("∂J/∂W₂", Array(reverse[net.w2..<net.b2]), exact: Array(formulas[net.w2..<net.b2]), tolerance: 1e-15)
    ctx.check("∂J/∂b₂", Array(reverse[net.b2...]), exact: Array(formulas[net.b2...]), tolerance: 1e-15)
    let forward = gradient(of: net, at: p, strategy: .chunked(8))
    ctx.check("forward (chunked) = reverse", forward, exact: reverse, tolerance: 1e-14)

    // A few steps of gradient descent: the loss goes down.
    var losses: [(x: Double, y: Double)] = []
    for step in 0...60 {
        let (value, g) = valueWithGradient(of: net, at: p, strategy: .reverse)
        losses.append((Double(step), value))
        p = zip(p, g).map { $0 - 0.2 * $1 }
    }
    let first = losses.first!.y, last = losses.last!.y
    ctx.table(["step", "loss"], [0, 10, 20, 40, 60].map { ["\($0)", show(losses[$0].y)] })
    let decreasing = zip(losses, losses.dropFirst()).allSatisfy { $1.y <= $0.y }
    ctx.check("loss decreases at every step (1 = yes)", decreasing ? 1 : 0, exact: 1)
    ctx.say("  loss \(show(first)) → \(show(last)) in 60 steps")
    var plot = SVGPlot(title: "Two-layer network: training loss (gradient descent, DualAD gradients)",
                       xLabel: "step", yLabel: "loss J")
    plot.series = [Series(label: "loss", points: losses, color: SVGPlot.palette[0])]
    ctx.plot(plot, file: "training-loss.svg")
}
